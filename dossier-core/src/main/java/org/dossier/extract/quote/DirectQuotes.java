package org.dossier.extract.quote;

import java.util.List;

/** Finds the cue that attributes a direct quote: just after it, or before it in the same sentence. */
final class DirectQuotes {
    private static final int REACH = 12;

    private DirectQuotes() {
    }

    static Attribution attributionFor(DocTokens d, int q, List<Attribution> attributions) {
        Quoted quoted = d.quotes.get(q);
        int end = quoted.outer().end();
        // after: "…,” Costa wrote." / "…,” said Mr. Ushakov." — within a few tokens, before the next quote
        Attribution best = null;
        int lastSentence = sentenceOfQuoteStart(d, Math.max(quoted.outer().start(), end - 1));
        for (Attribution a : attributions) {
            int gap = a.cue().start() - end;
            boolean near = a.sentence() == lastSentence
                    || tokensBetween(d, end, a.cue().start()) <= REACH && !sentenceEndBetween(d, end, a.speaker().span().start(), a.cue().start());
            if (gap >= 0 && !d.breakBetween(end, a.cue().start()) && near && noQuoteBetween(d, end, a.cue().start())) {
                best = a;
                break;
            }
        }
        if (best != null)
            return best;
        // before, in the same sentence: "Costa said the meeting aimed to reach “first decisions”", "“A,” she said, “B.”"
        int start = quoted.outer().start();
        for (Attribution a : attributions)
            if (a.cue().end() <= start && !d.breakBetween(a.cue().end(), start) && sameSentence(d, a, start))
                best = a;
        return best;
    }

    private static boolean sameSentence(DocTokens d, Attribution a, int offset) {
        int t = d.tokenAt(offset);
        return t < d.size() && d.sentenceOf[t] == a.sentence() || sentenceOfQuoteStart(d, offset) == a.sentence();
    }

    private static int sentenceOfQuoteStart(DocTokens d, int offset) {
        int t = d.tokenAt(offset);
        return t < d.size() ? d.sentenceOf[t] : -1;
    }

    private static int tokensBetween(DocTokens d, int from, int to) {
        return d.tokenAt(to) - d.tokenAt(from);
    }

    private static boolean noQuoteBetween(DocTokens d, int from, int to) {
        for (Quoted q : d.quotes)
            if (q.outer().start() >= from && q.outer().start() < to)
                return false;
        return true;
    }

    /** A full stop between the quote and its would-be cue means the cue belongs to the next sentence. */
    private static boolean sentenceEndBetween(DocTokens d, int from, int speakerStart, int cue) {
        int to = Math.min(speakerStart, cue);
        String between = d.text.substring(from, Math.max(from, to));
        return between.matches("(?s).*[.!?]\\s.*");
    }
}

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
            if (gap >= 0 && !d.breakBetween(end, a.cue().start()) && near && noQuoteBetween(d, end, a.cue().start())
                    && !(endsSentence(d, quoted) && a.sentence() != lastSentence && introducesNext(d, a))) {
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

    /**
     * Whether the quote's own words end with a full stop, question or exclamation mark: then a cue in the next
     * sentence that introduces a quote ("… all yours.'' He added: ''…'') opens a new statement, not this one's.
     */
    private static boolean endsSentence(DocTokens d, Quoted q) {
        String inner = q.inner().of(d.text).strip();
        return !inner.isEmpty() && ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    }

    /** Whether the cue is followed by a colon or an opening quotation mark: "He added: ''…''", "she said, “…”". */
    private static boolean introducesNext(DocTokens d, Attribution a) {
        int i = a.cue().end();
        while (i < d.text.length() && (d.text.charAt(i) == ' ' || d.text.charAt(i) == ','))
            i++;
        return i < d.text.length() && (":“\"".indexOf(d.text.charAt(i)) >= 0 || d.text.startsWith("''", i) || d.text.startsWith("``", i));
    }

    /** A full stop between the quote and its would-be cue means the cue belongs to the next sentence. */
    private static boolean sentenceEndBetween(DocTokens d, int from, int speakerStart, int cue) {
        int to = Math.min(speakerStart, cue);
        String between = d.text.substring(from, Math.max(from, to));
        return between.matches("(?s).*[.!?]\\s.*");
    }
}

package org.dossier.extract.quote;

import org.dossier.model.Span;

/**
 * The character spans of what a cue reports: a run of tokens trimmed of the punctuation around it, the clause from a
 * cue to the end of its sentence, the comma that ends a clause before its speaker. Shared by the readers of cues, so
 * that each cuts a reported clause the same way. Stateless.
 */
final class Clauses {
    private Clauses() {
    }

    /** The character span of tokens {@code [from, to)} without quotation marks and final punctuation around it. */
    static Span of(DocTokens d, int from, int to) {
        if (from >= to)
            return null;
        return trim(d.text, d.span(from).start(), d.span(to - 1).end());
    }

    /**
     * The span of {@code text} in {@code [s, e)} without white space, commas, colons and semicolons at its ends and
     * periods at its end; null when nothing is left.
     */
    static Span trim(String text, int s, int e) {
        while (s < e && (Character.isWhitespace(text.charAt(s)) || ",;:".indexOf(text.charAt(s)) >= 0))
            s++;
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;:.".indexOf(text.charAt(e - 1)) >= 0))
            e--;
        return e > s ? new Span(s, e) : null;
    }

    /** The number of words, parted by white space, in {@code text} within {@code [s, e)}; 0 when the range is empty. */
    static int words(String text, int s, int e) {
        return e <= s ? 0 : text.substring(s, e).trim().split("\\s+").length;
    }

    /** The text of tokens {@code [from, to)}, empty when there are none. */
    static String text(DocTokens d, int from, int to) {
        return from >= to ? "" : d.text.substring(d.span(from).start(), d.span(to - 1).end());
    }

    /** Where the content of a sentence ends: before its final punctuation. */
    static int contentEnd(DocTokens d, int sStart, int sEnd) {
        int e = sEnd;
        while (e > sStart && d.word(e - 1).matches("[.!?;:*•]"))
            e--;
        return d.span(Math.max(sStart, e - 1)).end();
    }

    /**
     * The reported clause after a cue ending at token {@code from}: past "that" and adjuncts, to the sentence's end
     * or the narrator's apposition before it ({@link ClauseEnds#finalApposition}: "…, saying the pier would close, a
     * blow to the fishermen").
     */
    static Span forward(DocTokens d, int from, int sStart, int sEnd, String[] medium) {
        int sentenceEndChar = contentEnd(d, sStart, sEnd);
        int startChar = from < sEnd ? d.span(from).start() : sentenceEndChar;
        int contentStart = Adjuncts.skip(d.text, startChar, Math.max(startChar, sentenceEndChar), medium);
        if (contentStart >= sentenceEndChar)
            return null;
        Span clause = Complements.of(d.text, startChar, trim(d.text, contentStart, sentenceEndChar));
        return clause == null ? null : trim(d.text, clause.start(), ClauseEnds.finalApposition(d.text, clause.start(), clause.end()));
    }

    /**
     * The character offset of a comma that ends the clause before the speaker phrase starting at token
     * {@code npStart} ("…, Zelensky said", "…,” Zelensky said"), or -1.
     */
    static int commaBefore(DocTokens d, int npStart, int sStart) {
        if (npStart <= sStart)
            return -1;
        int i = d.span(npStart).start() - 1;
        while (i >= 0 && (Character.isWhitespace(d.text.charAt(i)) || "\"”’".indexOf(d.text.charAt(i)) >= 0))
            i--;
        return i >= 0 && d.text.charAt(i) == ',' ? i + (d.text.charAt(i + 1) == '"' || d.text.charAt(i + 1) == '”' ? 2 : 0) : -1;
    }

    /** Whether tokens {@code [from, to)} lie inside quotation marks, all but a few: a direct quote, not a report. */
    static boolean mostlyInQuote(DocTokens d, int from, int to) {
        int outside = 0;
        for (int k = from; k < to; k++)
            if (!d.inQuote(k) && Character.isLetterOrDigit(d.word(k).charAt(0)))
                outside++;
        return outside < 3;
    }
}

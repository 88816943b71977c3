package org.dossier.extract.quote;

/**
 * Whether a quote is a whole sentence of its own: nothing of the narrator's stands beside it in its sentence. Read
 * from the characters around the marks, as the sentence splitter may part or join sentences at quotation marks.
 * Stateless.
 */
final class Sentences {
    private static final String SENTENCE_ENDS = ".!?";

    private Sentences() {
    }

    /**
     * Whether {@code q} opens where a sentence or paragraph starts and its words end with a sentence's final
     * punctuation inside the closing mark ("He left. “We will be back.”"), not after a cue ("said: “…”") or before
     * one ("“…,” she said").
     */
    static boolean standsAlone(String text, Quoted q) {
        if (!q.closed())
            return false;
        int b = q.outer().start() - 1;
        while (b >= 0 && text.charAt(b) == ' ')
            b--;
        boolean opens = b < 0 || text.charAt(b) == '\n' || SENTENCE_ENDS.indexOf(text.charAt(b)) >= 0
                || b > 0 && "”\"’'".indexOf(text.charAt(b)) >= 0 && SENTENCE_ENDS.indexOf(text.charAt(b - 1)) >= 0;
        int e = q.inner().end() - 1;
        while (e > q.inner().start() && "”\"’'".indexOf(text.charAt(e)) >= 0)
            e--;
        return opens && SENTENCE_ENDS.indexOf(text.charAt(e)) >= 0;
    }
}

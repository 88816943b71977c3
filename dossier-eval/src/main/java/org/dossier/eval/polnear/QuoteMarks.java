package org.dossier.eval.polnear;

import java.util.BitSet;
import java.util.List;
import org.dossier.model.Span;

/**
 * Which characters of a text lie inside quotation marks, and so whether an attribution is direct.
 * <p>
 * The text is scanned one line at a time, since a line is a paragraph and a quote running over several paragraphs
 * opens each of them again. Double marks: curly {@code “ ”}, guillemets {@code « »} and {@code „}, which nest,
 * the straight {@code "} and the doubled {@code ''} of some wire copy, which toggle; each kind keeps its own state,
 * so a curly quote nested in a straight one does not end it. Single marks {@code ‘ ’ '} open only
 * after a space, a bracket or another mark, and close only an open single quote and only before a non-letter, so
 * that apostrophes ({@code It’s}, {@code voters’}) are not taken for quotation marks.
 * <p>
 * An attribution is {@code direct} when every letter and digit of its content is inside marks: "that she
 * would “keep the details under wraps”" is indirect, a content split around its cue into two quoted pieces is
 * direct.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /** {@code direct} or {@code indirect} for the content {@code pieces} of {@code text}. */
    static String kind(String text, List<Span> pieces) {
        return kind(inside(text), text, pieces);
    }

    /** As {@link #kind(String, List)} with the {@link #inside} mask of the text computed once. */
    static String kind(BitSet inside, String text, List<Span> pieces) {
        boolean any = false;
        for (Span s : pieces)
            for (int i = s.start(); i < s.end(); i++) {
                if (!Character.isLetterOrDigit(text.charAt(i)))
                    continue;
                any = true;
                if (!inside.get(i))
                    return SystemQuote.INDIRECT;
            }
        return any ? SystemQuote.DIRECT : SystemQuote.INDIRECT;
    }

    /** The characters of {@code text} inside quotation marks; the marks themselves are not set. */
    static BitSet inside(String text) {
        BitSet inside = new BitSet(text.length());
        int curly = 0;
        boolean straight = false, doubled = false, single = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char prev = i > 0 ? text.charAt(i - 1) : '\n';
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
            if (c == '\n') {
                curly = 0;
                straight = doubled = single = false;
            } else if (c == '“' || c == '«' || c == '„') {
                curly++;
            } else if (c == '”' || c == '»') {
                curly = Math.max(0, curly - 1);
                single = false;
            } else if (c == '"') {
                straight = !straight;
                single = false;
            } else if (c == '\'' && next == '\'') {
                doubled = !doubled;
                single = false;
                i++;
            } else if ((c == '‘' || c == '\'') && !single && opensAfter(prev) && !Character.isWhitespace(next)) {
                single = true;
            } else if ((c == '’' || c == '\'') && single && !Character.isLetterOrDigit(next)) {
                single = false;
            } else if (curly > 0 || straight || doubled || single) {
                inside.set(i);
            }
        }
        return inside;
    }

    private static boolean opensAfter(char prev) {
        return Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '“' || prev == '"';
    }
}

package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Span;

/**
 * Finds text in double quotation marks of every common style: “curly”, "straight", „low-high“, «guillemets».
 * A straight mark opens where it follows a space, a bracket or a dash, and closes elsewhere. A quote still open at
 * the end of its paragraph runs to the paragraph's end: that is how a quote continued in the next paragraph (which
 * opens with a new mark) and a quote cut off by the page both look. Single quotes are left alone: in English
 * they are apostrophes far more often than quotation marks.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    static List<Quoted> find(String text) {
        List<Quoted> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // typewriter marks of old wire copy: ``open'' and ''both''
            if (c == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`' && open < 0) {
                open = i;
                closer = '\'';
                i++;
                continue;
            }
            if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                if (open < 0 && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-:".indexOf(text.charAt(i - 1)) >= 0)) {
                    open = i;
                    closer = '\'';
                } else if (open >= 0 && closer == '\'') {
                    add(out, text, open, i + 2, true);
                    open = -1;
                }
                i++;
                continue;
            }
            if (c == '\n') {
                if (open >= 0)
                    add(out, text, open, i, false);
                open = -1;
                continue;
            }
            if (open < 0) {
                char expected = closerOf(c, text, i);
                if (expected != 0) {
                    open = i;
                    closer = expected;
                } else if (closesUnopened(c, text, i)) {
                    // the page lost the opening mark: the quote runs from the paragraph's start
                    int start = text.lastIndexOf('\n', i) + 1;
                    if (!text.substring(start, i).contains("\"") && text.substring(start, i).indexOf('”') < 0)
                        addUnopened(out, text, start, i + 1);
                }
            } else if (closer != '\'' && c == closer || c == '”' && closer == '“' || c == '"' && closer == '”'
                    || c == '”' && closer == '"' && !curlyOpenedSince(text, open, i) || misusedCloser(c, closer, text, i)) {
                // a quote opened by '' or `` closes only with '' (above): a single ' inside it is an apostrophe (don't)
                add(out, text, open, i + 1, true);
                open = -1;
            }
        }
        if (open >= 0)
            add(out, text, open, text.length(), false);
        return out;
    }

    /** The mark that closes a quote opened by {@code c} at {@code i}, or 0 if {@code c} opens none here. */
    private static char closerOf(char c, String text, int i) {
        switch (c) {
            case '“':
                return '”';
            case '„':
                return '“';
            case '«':
                return '»';
            case '"':
                char before = i == 0 ? ' ' : text.charAt(i - 1);
                return Character.isWhitespace(before) || "([{—–-:".indexOf(before) >= 0 ? '"' : 0;
            default:
                return 0;
        }
    }

    /**
     * Whether a curly quote opened between {@code open} and {@code i}: a straight mark may close with a curly one
     * ("…too far,” she said), but not where that closes a curly quote nested in it ("… an episode of “Shark Tank.” But").
     */
    private static boolean curlyOpenedSince(String text, int open, int i) {
        int k = text.indexOf('“', open);
        return k >= 0 && k < i;
    }

    /**
     * An opening curly mark where the closing one belongs, inside an open quote: after the quote's last comma or full
     * stop and before a space ("…for her here,“ said Ann Roe"). A mark that opens is followed by a word.
     */
    private static boolean misusedCloser(char c, char closer, String text, int i) {
        return c == '“' && (closer == '”' || closer == '"') && i > 0 && ",.?!".indexOf(text.charAt(i - 1)) >= 0
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    /** A closing mark after a comma or a full stop, with no quote open: "…prove it," Zelensky wrote. */
    private static boolean closesUnopened(char c, String text, int i) {
        return (c == '"' || c == '”') && i > 0 && ",.?!".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** A quote from {@code start}, where the opening mark is missing, to its closing mark just before {@code end}. */
    private static void addUnopened(List<Quoted> out, String text, int start, int end) {
        addTrimmed(out, text, new Span(start, end), start, end - 1, true);
    }

    private static void add(List<Quoted> out, String text, int start, int end, boolean closed) {
        int s = start + 1, e = closed ? end - 1 : end;
        if (start + 1 < text.length() && (text.startsWith("``", start) || text.startsWith("''", start)))
            s++;
        if (closed && end >= 2 && text.startsWith("''", end - 2))
            e--;
        addTrimmed(out, text, new Span(start, end), s, e, closed);
    }

    /** Adds the quote {@code outer} whose words lie in {@code [s, e)}, without the white space around them. */
    private static void addTrimmed(List<Quoted> out, String text, Span outer, int s, int e, boolean closed) {
        while (s < e && Character.isWhitespace(text.charAt(s)))
            s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1)))
            e--;
        if (e > s)
            out.add(new Quoted(outer, new Span(s, e), closed));
    }
}

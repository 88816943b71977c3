package org.dossier.clean;

import java.util.regex.Pattern;

/** What a block of text looks like: a headline, a finished sentence, how many words. Used by several rules. */
final class Shapes {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    /** Words that stay lower case in title-cased headlines. */
    private static final java.util.Set<String> MINOR = java.util.Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from",
            "as", "vs", "via", "into", "over", "after", "amid");

    private Shapes() {
    }

    static int words(String text) {
        int n = 0;
        var m = WORD.matcher(text);
        while (m.find())
            n++;
        return n;
    }

    /**
     * Whether {@code text} ends where a sentence may end: terminal punctuation, a closing quote or bracket. An
     * opening quote at the end ({@code noted“}) is the mark of a cut.
     */
    static boolean endsFinished(String text) {
        String s = strip(text);
        if (s.isEmpty())
            return true;
        char c = s.charAt(s.length() - 1);
        if (".!?…:;)]»”’。！？」』）".indexOf(c) >= 0)
            return true;
        if (c == '"' || c == '\'')
            return count(s, c) % 2 == 0;
        return false;
    }

    /** Title-cased or short, unpunctuated: a headline, a section heading, a link title. */
    static boolean isHeadline(String text) {
        String s = strip(text);
        if (s.isEmpty() || endsFinished(s) && !s.endsWith(":") && !s.endsWith("?") && !s.endsWith("!"))
            return false;
        int words = 0, capitalized = 0;
        var m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group();
            words++;
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) || MINOR.contains(w.toLowerCase()))
                capitalized++;
        }
        if (words == 0 || words > 20)
            return false;
        return words <= 6 || capitalized >= 0.8 * words;
    }

    /** A first line that is a title: one unfinished sentence no longer than a headline runs. */
    static boolean isHeadlineOrTitle(String text) {
        return isHeadline(text) || !endsFinished(text) && words(text) <= 25 && lastSentenceStart(text) == 0;
    }

    /** Where a sentence or a bullet of a run-in list may start: after terminal punctuation, or at a bullet. */
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?…][\"”’']?)\\s+(?=[\"“‘'(\\[]?\\p{Lu})|\\s+[*•·]\\s+");

    /** The offset where the last sentence (or bullet) of {@code text} starts. */
    static int lastSentenceStart(String text) {
        var m = BOUNDARY.matcher(text);
        int start = 0;
        while (m.find())
            if (!endsWithAbbreviation(text, m.start()))
                start = m.end();
        return start;
    }

    /** Titles and other abbreviations after which a period does not end a sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
            "sen", "rep", "gov", "pres", "rev", "hon", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept", "univ");

    /**
     * Whether the text before {@code end} (just after a period) is an abbreviation rather than a sentence end:
     * a title ("Mr."), an initial ("Vladimir V."), or a dotted acronym ("U.S.").
     */
    static boolean endsWithAbbreviation(String text, int end) {
        int dot = end - 1;
        while (dot >= 0 && text.charAt(dot) != '.') {
            if (!"\"”’'".contains(String.valueOf(text.charAt(dot))))
                return false;
            dot--;
        }
        if (dot < 0)
            return false;
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.'))
            s--;
        String word = text.substring(s, dot);
        if (word.isEmpty())
            return false;
        return word.length() == 1 || word.contains(".") || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whitespace including the no-break and other Unicode spaces that {@link String#strip()} keeps. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static String strip(String text) {
        int s = 0, e = text.length();
        while (s < e && isSpace(text.charAt(s)))
            s++;
        while (e > s && isSpace(text.charAt(e - 1)))
            e--;
        return text.substring(s, e);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) == c)
                n++;
        return n;
    }
}

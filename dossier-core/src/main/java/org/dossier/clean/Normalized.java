package org.dossier.clean;

/**
 * A text with each run of whitespace replaced by one space, and the way back to the original offsets. It lets
 * text found by another renderer (Readability's paragraphs) be located in ours although line breaks differ.
 */
final class Normalized {
    final String text;
    /** For each character of {@link #text}, its offset in the original. */
    private final int[] origin;

    private Normalized(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    static Normalized of(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] origin = new int[original.length()];
        boolean space = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (VisibleText.isSpace(c)) {
                if (space)
                    continue;
                space = true;
                c = ' ';
            } else {
                space = false;
            }
            origin[sb.length()] = i;
            sb.append(c);
        }
        return new Normalized(sb.toString(), origin);
    }

    /** {@code s} with whitespace runs made single spaces and the ends stripped. */
    static String collapse(String s) {
        return of(s).text.strip();
    }

    /** The original offset of normalized offset {@code i}. */
    int start(int i) {
        return origin[i];
    }

    /** The original exclusive end of a normalized range ending (exclusive) at {@code end > 0}. */
    int end(int end) {
        return origin[end - 1] + 1;
    }

    /**
     * Where {@code needle} (already collapsed) occurs in the text at or after {@code from} without cutting a word
     * at either end, or -1.
     */
    int find(String needle, int from) {
        for (int at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            boolean startOk = at == 0 || !joins(text.charAt(at - 1), needle.charAt(0));
            boolean endOk = end == text.length() || !joins(needle.charAt(needle.length() - 1), text.charAt(end));
            if (startOk && endOk)
                return at;
        }
        return -1;
    }

    /** Whether two adjacent characters belong to one word. */
    private static boolean joins(char a, char b) {
        return Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b);
    }
}

package org.dossier.extract.quote;

import java.util.Locale;
import org.dossier.extract.WordList;

/**
 * Tells the title of a work set in quotation marks ("“Perfect Enough: A Life in Business”", "“The Nightly Show with
 * Larry Wilmore”") from a quotation: every word of a title opens with a capital but the short words that titles keep
 * in lower case ({@code title-small-words.txt}). Stateless.
 */
final class QuotedTitles {
    private static final WordList SMALL = WordList.load("title-small-words.txt");
    /** The fewest capitalized words that make a title; fewer are a name or a term, left to the short-quote rules. */
    private static final int MIN_CAPITALIZED = 3;

    /** Marks of speech rather than of a title: "!" or "?" anywhere, a period inside. */
    private static final java.util.regex.Pattern SAID = java.util.regex.Pattern.compile("[!?]|\\.\\s+\\S");

    private QuotedTitles() {
    }

    /** Whether {@code inner}, the words between quotation marks, is written as a title. */
    static boolean isTitle(String inner) {
        // an exclamation, a question or two sentences is something said: "What a Super Tuesday!", "Like Leeds. Or York."
        if (SAID.matcher(inner.strip()).find())
            return false;
        int capitalized = 0;
        for (String raw : inner.strip().split("\\s+")) {
            String w = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (w.isEmpty() || Character.isDigit(w.charAt(0)))
                continue;
            if (Character.isUpperCase(w.charAt(0)))
                capitalized++;
            else if (!SMALL.contains(w.toLowerCase(Locale.ROOT)))
                return false;
        }
        return capitalized >= MIN_CAPITALIZED;
    }
}

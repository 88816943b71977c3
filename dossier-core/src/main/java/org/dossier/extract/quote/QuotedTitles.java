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

    /** Words before a quoted name that make it the name of a show, a book or a paper: "on", "in", "of", a possessive. */
    private static final java.util.regex.Pattern NAME_BEFORE = java.util.regex.Pattern.compile(
            "(?i)(?:\\b(?:on|in|of|at|to|from|with|for)|['’]s?)\\s*$");
    /** The most words of a quoted name that a preposition or possessive introduces: "“Fox News Sunday”". */
    private static final int MAX_NAME_WORDS = 6;

    /**
     * Whether quote {@code q} names a show, book or paper after a preposition or a possessive ("on Fox News Channel’s
     * “Hannity,” …", "in “Going Viral,” …"): every word capitalized but title-case small words, no sentence marks. Such
     * a quote is no one's words, so a speaker after it does not attribute it.
     */
    static boolean isNamed(String text, Quoted q) {
        String inner = q.inner().of(text).replaceAll("[,.]$", "");
        if (inner.isBlank() || inner.strip().split("\\s+").length > MAX_NAME_WORDS || SAID.matcher(inner.strip()).find())
            return false;
        for (String raw : inner.strip().split("\\s+")) {
            String w = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))
                    && !SMALL.contains(w.toLowerCase(Locale.ROOT)))
                return false;
        }
        return NAME_BEFORE.matcher(text.substring(Math.max(0, q.outer().start() - 30), q.outer().start())).find();
    }

    /** A preposition right before an opening mark: the quote is its object, part of the narrator's sentence. */
    private static final java.util.regex.Pattern PREPOSITION_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:on|in|of|at|to|from|with|for|about|by)\\s*$");

    /** Whether quote {@code q} is the object of a preposition: "to chants of “Marco! Marco!,” …". */
    static boolean afterPreposition(String text, Quoted q) {
        return PREPOSITION_BEFORE.matcher(text.substring(Math.max(0, q.outer().start() - 12), q.outer().start())).find();
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

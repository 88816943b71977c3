package org.dossier.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name into the key that actor resolution compares: {@code "  Zelenskýy "} and {@code "zelenskyy"} have one
 * key. Computed in Java and stored beside the name, because accent folding in SQL differs between engines.
 */
final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private NameKey() {
    }

    /**
     * The name without accents, in lower case, with each run of white space (no-break spaces too) as one space and
     * none at the ends.
     */
    static String of(String name) {
        String stripped = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return SPACE.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * The last word of a key of several words, or null for a key of one word (or null): what a surname-only
     * mention is compared with. {@code "volodymyr zelensky"} gives {@code "zelensky"}.
     */
    static String surname(String key) {
        if (key == null)
            return null;
        int space = key.lastIndexOf(' ');
        return space < 0 ? null : key.substring(space + 1);
    }
}

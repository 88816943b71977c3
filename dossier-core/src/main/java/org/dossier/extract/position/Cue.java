package org.dossier.extract.position;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the cue notation of the profile and stance files into a pattern: a phrase matches whole words whatever the
 * case, a word ending in {@code *} matches any ending, and an entry starting with {@code re:} is a regular expression.
 */
final class Cue {
    private Cue() {
    }

    /**
     * The pattern of {@code entry}.
     *
     * @throws IllegalArgumentException naming {@code where} when a regular expression does not compile
     */
    static Pattern compile(String entry, String where) {
        String regex;
        if (entry.startsWith("re:")) {
            regex = entry.substring(3);
        } else {
            StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{N}])");
            String[] words = entry.strip().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                if (i > 0)
                    b.append("\\s+");
                String w = words[i];
                boolean open = w.endsWith("*");
                if (open)
                    w = w.substring(0, w.length() - 1);
                // straight and curly apostrophes are the same to a reader
                String[] parts = w.split("['’]", -1);
                for (int j = 0; j < parts.length; j++) {
                    if (j > 0)
                        b.append("['’]");
                    if (!parts[j].isEmpty())
                        b.append(Pattern.quote(parts[j]));
                }
                if (open)
                    b.append("[\\p{L}\\p{N}-]*");
            }
            b.append("(?![\\p{L}\\p{N}])");
            regex = b.toString();
        }
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + ": bad pattern '" + entry + "': " + e.getDescription(), e);
        }
    }
}

package org.dossier.eval.polnear;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a gold source is a name, which name, and whether a predicted speaker names it.
 * <p>
 * The source is cut at commas, semicolons, dashes and brackets, which set off appositions and relative clauses;
 * the first piece holding a run of capitalized words, none of them in {@code not-names.txt} (pronouns,
 * determiners, titles, plural role nouns such as Officials), gives the name: its last run, a possessive run
 * ("Clinton’s campaign") only when there is no other. So "Clinton campaign spokesman Brian Fallon" is named
 * Brian Fallon, "The state’s campaign chairman, Phil Lovas," Phil Lovas, "Don Fowler, who helmed the DNC" Don
 * Fowler; "He", "the campaign", "Officials" and "Republicans" name no one. A predicted speaker is right when,
 * compared without case, accents and punctuation, it equals the name or ends with the same word (the surname:
 * "Trump" for "Donald Trump", "Mr. Trump" for "Trump").
 */
final class SpeakerNames {
    private static final Set<String> NOT_NAMES = load("not-names.txt");

    private SpeakerNames() {
    }

    /** Whether {@code source} names someone; false for null. */
    static boolean isName(String source) {
        return name(source) != null;
    }

    /** The name in {@code source}, its words joined by single spaces, or null when it names no one (or is null). */
    static String name(String source) {
        if (source == null)
            return null;
        for (String piece : source.split("[,;()\\[\\]—–]|--")) {
            String run = lastRun(piece);
            if (run != null)
                return run;
        }
        return null;
    }

    /** Whether {@code predicted} names the same speaker as the gold {@code source}; false when either names none. */
    static boolean same(String predicted, String source) {
        String name = name(source);
        if (predicted == null || name == null)
            return false;
        String p = normalize(predicted), n = normalize(name);
        return !p.isEmpty() && (p.equals(n) || last(p).equals(last(n)));
    }

    /** The last run of capitalized non-stopwords in {@code piece}; a possessive one only when no other. */
    private static String lastRun(String piece) {
        String plain = null, possessive = null;
        List<String> run = new ArrayList<>();
        for (String raw : (piece.strip() + " .").split("\\s+")) {
            String word = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            boolean owner = raw.matches(".*\\p{L}['’][sS]?[^\\p{L}\\p{N}]*");
            word = word.replaceAll("['’][sS]?$", "");
            boolean capital = !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
            if (capital)
                run.add(word);
            if ((!capital || owner) && !run.isEmpty()) {
                if (owner && capital)
                    possessive = String.join(" ", run);
                else
                    plain = String.join(" ", run);
                run.clear();
            }
        }
        return plain != null ? plain : possessive;
    }

    /** Lowercase, accents and punctuation removed, spaces collapsed. */
    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT).replaceAll("['’][s]\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return n.strip();
    }

    private static String last(String normalized) {
        return normalized.substring(normalized.lastIndexOf(' ') + 1);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = SpeakerNames.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("missing resource " + resource + " beside " + SpeakerNames.class.getName());
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.replaceFirst("#.*", "").strip();
                if (!w.isEmpty())
                    words.add(w.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return Set.copyOf(words);
    }
}

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
 * Decides whether a gold source is a name, and whether a predicted speaker names it.
 * <p>
 * A source is a name when it holds a run of capitalized words none of which is in {@code not-names.txt}
 * (pronouns, determiners, titles, plural role nouns such as Officials): "Sen. Tim Kaine" and "The New York Post"
 * are names, "He", "the campaign", "Officials" and "Republicans" are not. A possessive run ("Clinton’s campaign
 * manager Robby Mook") counts only when the source has no other run. A predicted speaker is right when, compared
 * without case, accents and punctuation, it equals the whole source or one of its runs, or ends with the same word
 * as one of them (the surname: "Trump" for "Donald Trump").
 */
final class SpeakerNames {
    private static final Set<String> NOT_NAMES = load("not-names.txt");

    private SpeakerNames() {
    }

    /** Whether {@code source} names someone; false for null. */
    static boolean isName(String source) {
        return source != null && !runs(source).isEmpty();
    }

    /** Whether {@code predicted} names the same speaker as the gold {@code source}; false when either is null. */
    static boolean same(String predicted, String source) {
        if (predicted == null || source == null)
            return false;
        String p = normalize(predicted);
        if (p.isEmpty())
            return false;
        if (p.equals(normalize(source)))
            return true;
        String pLast = last(p);
        for (String run : runs(source)) {
            String r = normalize(run);
            if (p.equals(r) || pLast.equals(last(r)))
                return true;
        }
        return false;
    }

    /** The name runs of {@code source}, each as its words joined by spaces; possessive runs only if alone. */
    static List<String> runs(String source) {
        List<String> plain = new ArrayList<>(), possessive = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String raw : source.strip().split("\\s+")) {
            String word = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            boolean owner = word.matches(".*['’][sS]?") || raw.matches(".*['’][sS]?[^\\p{L}]*");
            word = word.replaceAll("['’][sS]?$", "");
            boolean capital = !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
            if (capital)
                run.add(word);
            if ((!capital || owner) && !run.isEmpty()) {
                (owner && capital ? possessive : plain).add(String.join(" ", run));
                run.clear();
            }
        }
        if (!run.isEmpty())
            plain.add(String.join(" ", run));
        return plain.isEmpty() ? possessive : plain;
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

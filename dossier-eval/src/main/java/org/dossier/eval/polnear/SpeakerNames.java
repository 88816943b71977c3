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
 * determiners, titles, plural role nouns such as Officials), that heads its phrase gives the name: the last such
 * run before any "of", "from", "who" …. A run that modifies a lower-case noun or a title does not head the phrase:
 * "the Florida senator", "Democratic strategists", "one Clinton aide", "Clinton’s spokesman" and "The Trump
 * campaign" are descriptions, which only coreference ties to a name, and are not judged. So "Clinton campaign
 * spokesman Brian Fallon" is named Brian Fallon, "The state’s campaign chairman, Phil Lovas," Phil Lovas, "Don
 * Fowler, who helmed the DNC" Don Fowler, "Sen. Jeff Sessions of Alabama" Jeff Sessions; "He", "the campaign",
 * "Officials" and "Republicans" name no one. A word that opens a source of several
 * words is capitalized by its place in the sentence, not as a name, when the article also writes it in lower case:
 * "Multiple outlets", "Presidential candidate Marco Rubio’s campaign" and "Twenty-four percent" name no "Multiple",
 * "Presidential" or "Twenty-four" (the scorer passes the article's text; without it the test is skipped). A
 * predicted speaker is right when,
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

    /** Whether {@code source}, a span of {@code text} (null when unknown), names someone; false for a null source. */
    static boolean isName(String source, String text) {
        return name(source, text) != null;
    }

    /** The name in {@code source}, its words joined by single spaces, or null when it names no one (or is null). */
    static String name(String source) {
        return name(source, null);
    }

    /**
     * The name in {@code source}, a span of the article {@code text}; as {@link #name(String)}, and a capitalized
     * first word of several that {@code text} also writes in lower case is no name word. {@code text} may be null.
     */
    static String name(String source, String text) {
        if (source == null)
            return null;
        String opener = commonOpener(source.strip(), text);
        for (String piece : source.split("[,;()\\[\\]—–]|--")) {
            String run = headRun(opener != null && piece.strip().startsWith(opener) ? piece.strip().substring(opener.length()) : piece);
            if (run != null)
                return run;
            opener = null;
        }
        return null;
    }

    /** The first word of a source of several words when {@code text} writes it in lower case elsewhere, else null. */
    private static String commonOpener(String source, String text) {
        String[] w = source.split("\\s+", 2);
        if (text == null || w.length < 2 || w[0].isEmpty() || !Character.isUpperCase(w[0].charAt(0)))
            return null;
        String lower = w[0].toLowerCase(Locale.ROOT);
        if (!lower.matches("[\\p{L}-]+"))
            return null;
        return java.util.regex.Pattern.compile("(?<![\\p{L}-])" + java.util.regex.Pattern.quote(lower) + "(?![\\p{L}-])")
                .matcher(text).find() ? w[0] : null;
    }

    /** Whether {@code predicted} names the same speaker as the gold {@code source}; false when either names none. */
    static boolean same(String predicted, String source) {
        return same(predicted, source, null);
    }

    /** As {@link #same(String, String)}, reading the source's name with the article {@code text} (may be null). */
    static boolean same(String predicted, String source, String text) {
        String name = name(source, text);
        if (predicted == null || name == null)
            return false;
        String p = normalize(predicted), n = normalize(name);
        return !p.isEmpty() && (p.equals(n) || last(p).equals(last(n)));
    }

    /** Lower-case words that open a phrase after the head: the name is found, what follows only describes. */
    private static final Set<String> POST_MODIFIER = Set.of("of", "from", "at", "with", "in", "for", "on", "among", "by",
            "to", "about", "under", "after", "before", "during", "who", "whose", "which", "that");
    /**
     * Lower-case words after a run that leave it the head of its phrase: a phrase that follows it ("Jeff Sessions of
     * Alabama"), a coordination ("Trump and his lawyers"), a reflexive ("Cruz himself"), name particles ("Bill de
     * Blasio"). Any other lower-case word after a run makes the run a modifier: "the Florida senator".
     */
    private static final Set<String> AFTER_HEAD = union(POST_MODIFIER, Set.of("and", "or", "&", "himself", "herself",
            "themselves", "itself", "de", "van", "von", "bin", "al", "da", "du", "le", "la"));

    /**
     * The last run of capitalized non-stopwords in {@code piece} that heads its phrase, or null: a run followed by a
     * lower-case noun ("the Florida senator", "Democratic strategists", "one Clinton aide") or by a title ("Vermont
     * Sen. …") modifies what follows, and a possessive ("Clinton’s spokesman") names the owner, not the source, unless
     * it ends the piece ("Bolton’s" view). A run followed by "of", "from", "who" … ends the search, and so does such a
 * word after a common noun ("a longtime adviser to Trump" is an adviser).
     */
    private static String headRun(String piece) {
        String head = null;
        List<String> run = new ArrayList<>();
        boolean ownerRun = false, noun = false;
        String[] raws = piece.strip().split("\\s+");
        for (int i = 0; i <= raws.length; i++) {
            boolean end = i == raws.length;
            String raw = end ? "" : raws[i];
            String word = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").replaceAll("['’][sS]?$", "");
            boolean owner = raw.matches(".*\\p{L}['’][sS]?[^\\p{L}\\p{N}]*");
            boolean upper = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
            boolean capital = upper && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
            if (capital && !ownerRun) {
                run.add(word);
                ownerRun = owner;
                continue;
            }
            if (!run.isEmpty()) {
                String next = end ? "" : (word.isEmpty() ? raw : word).toLowerCase(Locale.ROOT);
                boolean heads = ownerRun ? end : end || !upper && AFTER_HEAD.contains(next);
                if (heads)
                    head = String.join(" ", run);
                run.clear();
                ownerRun = false;
                if (heads && POST_MODIFIER.contains(next))
                    return head;
            }
            // "a longtime adviser to Trump", "a new article in Politico": a common noun heads the phrase, and the
            // names after its preposition only describe it
            if (!end && head == null && noun && POST_MODIFIER.contains(word.toLowerCase(Locale.ROOT)))
                return null;
            noun |= !upper && !word.isEmpty() && Character.isLetter(word.charAt(0)) && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
            if (capital) {
                // a capital after a possessive run starts a run of its own: "Trump’s Chief Strategist Steve Bannon"
                run.add(word);
                ownerRun = owner;
            }
        }
        return head;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
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

package org.dossier.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.ActorKind;

/**
 * Countries and organizations by every name the news gives them: {@code UK}, {@code Britain} and
 * {@code Downing Street} all lead to the United Kingdom; {@code Italian} to Italy; {@code EU} to the European Union.
 * Loaded once from {@code countries.tsv}, {@code countries-world.tsv} and {@code organizations.tsv}; immutable and shared.
 */
public final class Gazetteer {
    /** What a name refers to, and how: as a name, an adjective ("Italian") or a seat of government ("Moscow"). */
    public record Entry(String name, ActorKind kind, String country, How how) {
    }

    public enum How { NAME, DEMONYM, METONYM }

    private final Map<String, Entry> byKey = new HashMap<>();
    private final Map<String, String> demonyms = new java.util.LinkedHashMap<>();
    private final int longest;

    private Gazetteer() {
        int max = 1;
        // the hand-kept countries of the profile first, then the rest of the world's (generated, see its header)
        List<String[]> countries = new ArrayList<>(Resources.rows("countries.tsv", 2));
        countries.addAll(Resources.rows("countries-world.tsv", 2));
        for (String[] row : countries) {
            String code = row[0], name = row[1];
            max = Math.max(max, add(name, new Entry(name, ActorKind.COUNTRY, code, How.NAME)));
            for (int col = 2; col < row.length; col++)
                for (String alias : row[col].split(";"))
                    if (!alias.isBlank()) {
                        max = Math.max(max, add(alias, new Entry(name, ActorKind.COUNTRY, code, col == 3 ? How.DEMONYM : col == 4 ? How.METONYM : How.NAME)));
                        if (col == 3)
                            demonyms.putIfAbsent(alias, name);
                    }
        }
        // every other country by its English name, so that the engine stays topic-neutral beyond the profile's list
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!name.isBlank() && !byKey.containsKey(key(name)) && byKey.values().stream().noneMatch(e -> code.equals(e.country())))
                max = Math.max(max, add(name, new Entry(name, ActorKind.COUNTRY, code, How.NAME)));
        }
        // a country's government acts for it: "the United States government", "the Japanese government"
        for (var e : new ArrayList<>(byKey.entrySet()))
            if (e.getValue().kind() == ActorKind.COUNTRY && e.getValue().how() != How.METONYM && !e.getKey().startsWith("the "))
                max = Math.max(max, add(e.getKey() + " government",
                        new Entry(e.getValue().name(), ActorKind.COUNTRY, e.getValue().country(), How.NAME)));
        for (String[] row : Resources.rows("organizations.tsv", 1)) {
            String name = row[0];
            max = Math.max(max, add(name, new Entry(name, ActorKind.ORGANIZATION, null, How.NAME)));
            for (int col = 1; col < row.length; col++)
                for (String alias : row[col].split(";"))
                    if (!alias.isBlank())
                        max = Math.max(max, add(alias, new Entry(name, ActorKind.ORGANIZATION, null, col == 2 ? How.DEMONYM : How.NAME)));
        }
        // bodies of the known-actors list (and of a user's file): "the Pentagon", "Coalition of the Willing"
        for (KnownActors.Known k : KnownActors.standard().all()) {
            if (k.kind() == ActorKind.PERSON)
                continue;
            max = Math.max(max, add(k.name(), new Entry(k.name(), k.kind(), k.country(), How.NAME)));
            for (String alias : k.aliases())
                max = Math.max(max, add(alias, new Entry(k.name(), k.kind(), k.country(), How.NAME)));
        }
        this.longest = max;
    }

    private static final Gazetteer STANDARD = new Gazetteer();

    /** The bundled gazetteer. */
    public static Gazetteer standard() {
        return STANDARD;
    }

    private int add(String name, Entry entry) {
        byKey.putIfAbsent(key(name), entry);
        return name.split(" ").length;
    }

    /** The entry {@code name} refers to, ignoring case, accents and a leading "the". */
    public Optional<Entry> find(String name) {
        Entry e = byKey.get(key(name));
        if (e == null && name.toLowerCase(Locale.ROOT).startsWith("the "))
            e = byKey.get(key(name.substring(4)));
        if (e == null)
            e = byKey.get(key("the " + name));
        return Optional.ofNullable(e);
    }

    /** The most words a name has. */
    public int longest() {
        return longest;
    }

    /**
     * Folds case, accents and spacing. Called for every candidate name of every document, so the common case, a
     * name in plain ASCII, is folded in one pass without Unicode normalization or regular expressions (measured by
     * {@code GazetteerBenchmark}); the result is the same either way.
     */
    public static String key(String s) {
        return isPlain(s) ? foldPlain(s) : foldUnicode(s);
    }

    static String foldUnicode(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Printable ASCII, spaces, tabs and line breaks: characters that normalization leaves as they are. */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < ' ' || c > '~') && c != '\t' && c != '\n' && c != '\r')
                return false;
        }
        return true;
    }

    private static String foldPlain(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                space = b.length() > 0;
                continue;
            }
            if (space)
                b.append(' ');
            space = false;
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return b.toString();
    }

    /** Every demonym with the canonical name of its country: "Italian" → "Italy". */
    public Map<String, String> demonyms() {
        return demonyms;
    }

    /** All canonical names, for tests and listings. */
    List<String> names() {
        List<String> out = new ArrayList<>();
        byKey.values().forEach(e -> out.add(e.name()));
        return out;
    }
}

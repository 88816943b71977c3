package org.dossier.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The persons a document names, in text order, so that "Zelensky" after "Volodymyr Zelensky" is the same person,
 * "he" is the person last named, and "the Ukrainian president" is the person whose role says so. One instance per
 * document.
 */
public final class Persons {
    /** A person named at {@code offset}, under the canonical name of the document. */
    public record Mention(int offset, int end, String name, String role, String country) {
    }

    /**
     * A role written after the person's name between commas: "…, the chief executive of GM,". The role runs over
     * {@code [start, end)}; its head, "the chief executive", over {@code [start, headEnd)}.
     */
    public record Apposition(String name, int start, int headEnd, int end) {
    }

    private final List<Apposition> appositions = new ArrayList<>();
    private static final org.dossier.extract.KnownActors KNOWN = org.dossier.extract.KnownActors.standard();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<String> canonical = new ArrayList<>();
    /** Every way the document writes each person's name, by canonical name: "Zelensky", "Volodymyr Zelensky". */
    private final java.util.Map<String, java.util.Set<String>> surfaces = new java.util.HashMap<>();

    /** Records a mention and returns the person's canonical name in this document. */
    public String add(int offset, int end, String name, String role, String country) {
        String canon = canonical(name);
        surfaces.computeIfAbsent(canon, k -> new java.util.LinkedHashSet<>()).add(name);
        mentions.add(new Mention(offset, end, canon, role, country));
        mentions.sort(java.util.Comparator.comparingInt(Mention::offset));
        return canon;
    }

    /**
     * The fullest name this document gives the person called {@code name}: a surname leads to the full name. A name
     * or alias of the known-actors list ("Zelenskiy", "Lavrov") leads to the list's canonical name.
     */
    public String canonical(String name) {
        name = KNOWN.person(name).map(org.dossier.extract.KnownActors.Known::name).orElse(name);
        String last = lastWord(name);
        for (String c : canonical)
            if (c.equalsIgnoreCase(name) || lastWord(c).equals(last) && (c.contains(" ") || !name.contains(" ")))
                return c.contains(" ") || !name.contains(" ") ? c : upgrade(c, name);
        String opened = openedBy(name);
        if (opened != null)
            return opened;
        canonical.add(name);
        return name;
    }

    /**
     * The one person of the document whose full name {@code name}, a given name written alone, opens: "Steve" after
     * "Steve Jobs". Null where the word is no given name, or opens the names of none or of several.
     */
    private String openedBy(String name) {
        if (name.contains(" ") || !GIVEN_NAMES.contains(name))
            return null;
        String found = null;
        for (String c : canonical)
            if (c.startsWith(name + " ")) {
                if (found != null)
                    return null;
                found = c;
            }
        return found;
    }

    private static final org.dossier.extract.WordList GIVEN_NAMES = Names.standard().givenNames;

    /**
     * Records the person named at {@code [offset, end)} whose role the text gives after the name, at
     * {@code [roleStart, roleEnd)}, its head ending at {@code headEnd}.
     */
    void addApposition(int offset, int end, String name, int roleStart, int headEnd, int roleEnd) {
        String canon = add(offset, end, name, null, null);
        appositions.add(new Apposition(canon, roleStart, headEnd, roleEnd));
    }

    /** The roles written after names, under the canonical names the document ends with. */
    public List<Apposition> appositions() {
        List<Apposition> out = new ArrayList<>();
        for (Apposition a : appositions)
            out.add(new Apposition(canonical(a.name()), a.start(), a.headEnd(), a.end()));
        return out;
    }

    /** Every mention, in text order. */
    public List<Mention> mentions() {
        return java.util.Collections.unmodifiableList(mentions);
    }

    /** The canonical names of all persons, in the order first named. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (Mention m : mentions)
            if (!out.contains(m.name()))
                out.add(m.name());
        return out;
    }

    /** The names other than {@code canonical} that the document gives the person. */
    public List<String> aliases(String canonical) {
        List<String> out = new ArrayList<>();
        for (String s : surfaces.getOrDefault(canonical, java.util.Set.of()))
            if (!s.equals(canonical))
                out.add(s);
        return out;
    }

    private String upgrade(String shortName, String fullName) {
        canonical.set(canonical.indexOf(shortName), fullName);
        java.util.Set<String> moved = surfaces.remove(shortName);
        if (moved != null)
            surfaces.computeIfAbsent(fullName, k -> new java.util.LinkedHashSet<>()).addAll(moved);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.name().equals(shortName))
                mentions.set(i, new Mention(m.offset(), m.end(), fullName, m.role(), m.country()));
        }
        return fullName;
    }

    /** Whether a one-word name is the surname of someone this document names in full. */
    public boolean isKnownSurname(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String c : canonical)
            if (c.contains(" ") && lastWord(c).equals(w))
                return true;
        return false;
    }

    /** The person last named before {@code offset}, or null. */
    public Mention before(int offset) {
        Mention found = null;
        for (Mention m : mentions)
            if (m.offset() < offset)
                found = m;
        return found;
    }

    /**
     * The person a description such as "the Ukrainian president" stands for: of the persons whose roles (in any
     * mention) have the description's title and whose country fits, the one named last before {@code offset}, else
     * the first named after it; failing that, the person of that country named last.
     */
    public Mention described(String description, String country, int offset) {
        String title = lastWord(description);
        java.util.Map<String, String> countryOf = new java.util.HashMap<>();
        java.util.Map<String, String> roles = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (m.country() != null)
                countryOf.putIfAbsent(m.name(), m.country());
            if (m.role() != null)
                roles.merge(m.name(), m.role().toLowerCase(Locale.ROOT), (a, b) -> a + " " + b);
        }
        Mention best = pick(offset, m -> roles.getOrDefault(m.name(), "").contains(title)
                && (country == null || country.equals(countryOf.get(m.name()))));
        if (best == null && country != null)
            best = pick(offset, m -> country.equals(countryOf.get(m.name())));
        return best;
    }

    private Mention pick(int offset, java.util.function.Predicate<Mention> fits) {
        Mention before = null, after = null;
        for (Mention m : mentions) {
            if (!fits.test(m))
                continue;
            if (m.offset() < offset)
                before = m;
            else if (after == null)
                after = m;
        }
        return before != null ? before : after;
    }

    private static String lastWord(String name) {
        String[] w = name.toLowerCase(Locale.ROOT).split(" ");
        return w[w.length - 1];
    }
}

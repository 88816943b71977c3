package org.dossier.extract.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.extract.Extractor;
import org.dossier.extract.Gazetteer;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Role;
import org.dossier.model.Span;

/**
 * Adds the actors a document names: each person once under the fullest name the document gives ("Volodymyr
 * Zelensky" for "Zelensky" and "Mr. Zelensky"), with the names as written and the roles the text gives; each country
 * and body the gazetteer knows, under its canonical name ("United Kingdom" for "Britain"). A capital or seat of
 * government counts as its country unless a preposition of place makes it a place ("talks in Brussels").
 * Keys are {@code KIND:folded name}, so later stages that name the same actor enrich the same record.
 */
public final class ActorExtractor implements Extractor {
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "from", "near", "into", "outside",
            "across", "around", "via", "through", "toward", "towards", "inside");
    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "sir", "dame");

    private final Names names = Names.standard();
    private final NamePhraseParser parser = new NamePhraseParser(names);

    /** The key under which every stage files an actor. */
    public static String key(ActorKind kind, String name) {
        return kind + ":" + Gazetteer.key(name);
    }

    @Override
    public void extract(AnnotatedDocument doc, DocumentFacts facts) {
        Persons persons = new MentionScanner(names, parser).scan(doc);
        Map<String, List<Role>> roles = new LinkedHashMap<>();
        Map<String, String> countries = new LinkedHashMap<>();
        for (Persons.Mention m : persons.mentions()) {
            if (m.role() != null && !HONORIFICS.contains(m.role().toLowerCase(Locale.ROOT)))
                roles.computeIfAbsent(m.name(), k -> new ArrayList<>())
                        .add(new Role(m.role(), m.country(), new Span(m.offset(), m.offset() + m.role().length())));
            if (m.country() != null)
                countries.putIfAbsent(m.name(), m.country());
        }
        for (Persons.Apposition a : persons.appositions())
            roles.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(RoleReferences.role(doc.text(), a));
        Set<String> bodies = new java.util.HashSet<>();
        for (String name : persons.names()) {
            // a name the article also writes by its initials ("Vestland Power Grid", "VPG") or with a company's
            // ending ("Nordvik Shipping Ltd.") is a body's
            if (!roles.containsKey(name) && (writesAcronym(doc.text(), name) || writesCorporate(doc.text(), name))) {
                bodies.add(name);
                continue;
            }
            String country = countries.containsKey(name) ? countries.get(name)
                    : names.known.person(name).map(org.dossier.extract.KnownActors.Known::country).orElse(null);
            facts.put(new Actor(key(ActorKind.PERSON, name), ActorKind.PERSON, name, persons.aliases(name),
                    country, distinct(roles.getOrDefault(name, List.of()))));
        }
        RoleReferences.resolve(doc.text(), persons, names, HONORIFICS, facts);
        new KnownEntities(names).add(doc, facts, persons);
        unknownBodies(doc, facts, persons, bodies);
        Groups.extract(doc, facts);
        BodyDescriptors.resolve(doc.text(), facts);
        Anaphora.resolve(doc, facts);
        new GivenNames(names).resolve(doc, facts, persons);
        DemonymReferences.resolve(doc, facts, names.gazetteer);
    }

    /** "a stake in Chrysler": after these, "in" opens a body's name, not a place's. */
    private static final org.dossier.extract.WordList HOLDINGS = org.dossier.extract.WordList.load("holding-nouns.txt");
    /** A word of letters and digits: a model's code ("A320", "X5", "KC-45"). */
    private static final java.util.regex.Pattern MODEL = java.util.regex.Pattern.compile("(?=\\S*\\p{L})(?=\\S*\\d)\\S+");

    /** The index of the first model's code among the tokens {@code [i, j)}, or -1. */
    private static int modelCode(List<Token> t, int i, int j) {
        for (int k = i; k < j; k++)
            if (MODEL.matcher(t.get(k).word()).matches())
                return k;
        return -1;
    }
    static final org.dossier.extract.WordList REGIONS = org.dossier.extract.WordList.load("regions.txt");
    /** A single capitalized adjective of origin: "European", "Western", "Nordic". */
    private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(?:an|ian|ean|ese|ish|ic|ern)");

    /** An adjective of origin of a region: "European", "Asian", "Scandinavian". */
    private static final java.util.regex.Pattern REGIONAL = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(?:ean|ian|ese|ish)");

    /** Whether {@code word} is an adjective of origin: a country's demonym ("Italian") or a region's ("European"). */
    private boolean origin(String word) {
        return REGIONAL.matcher(word).matches() || names.gazetteer.find(word).filter(e -> e.how() == Gazetteer.How.DEMONYM).isPresent();
    }

    /** Endings that make a capitalized name a company's. */
    static final Set<String> CORPORATE = Set.of("inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "llc",
            "plc", "co.", "company", "group", "airlines", "motors", "bank", "holdings", "ag", "sa", "gmbh");

    /**
     * Names the gazetteer does not know and that are no persons still become actors: a capitalized name the text
     * writes at least twice, or once with a company's ending ("Boeing", "Northrop Grumman Corp.") or in a list beside
     * a body ("Chrysler, Ford and General Motors"), is a body.
     * "Apple Inc." and "Apple" are one, under the fuller name.
     */
    private void unknownBodies(AnnotatedDocument doc, DocumentFacts facts, Persons persons, Set<String> bodies) {
        Map<String, List<String>> forms = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<Span>> where = new java.util.HashMap<>();
        Set<String> taken = new java.util.HashSet<>(), countries = new java.util.HashSet<>();
        for (Actor a : facts.actors()) {
            Set<String> into = a.kind() == ActorKind.COUNTRY ? countries : taken;
            into.add(Gazetteer.key(a.name()));
            a.aliases().forEach(x -> into.add(Gazetteer.key(x)));
        }
        Set<String> proper = properWords(doc);
        Map<String, String> introduced = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            if (MentionScanner.isHeadline(t))
                continue;
            for (int i = 0; i < t.size(); i++) {
                // a capitalized title opens a body's name when a name follows and no person is meant: "General Motors"
                boolean titled = names.titles.contains(t.get(i).word()) && Character.isUpperCase(t.get(i).word().charAt(0))
                        && i + 1 < t.size() && names.isNameWord(t.get(i + 1).word()) && !inMention(persons, t.get(i).span());
                // "The company" is no name; a body in a person's role ("KX spokesman Tom Reed") is named
                if (!names.isNameWord(t.get(i).word()) && !titled || names.isDeterminer(t.get(i).word())
                        || insideName(persons, t.get(i).span(), bodies))
                    continue;
                int j = titled ? i + 1 : i;
                while (j < t.size() && (names.isNameWord(t.get(j).word()) || CORPORATE.contains(t.get(j).word().toLowerCase(Locale.ROOT))
                        || t.get(j).word().equals("&") && j + 1 < t.size() && names.isNameWord(t.get(j + 1).word())
                        // "Bank of America", "Department of Labor": a body's noun takes its "of"
                        || t.get(j).word().equals("of") && j > i && j + 1 < t.size() && names.isNameWord(t.get(j + 1).word())
                        && Character.isUpperCase(t.get(j - 1).word().charAt(0)) && names.orgNouns.contains(t.get(j - 1).word())))
                    j++;
                // a model's code ends its maker's name: "Airbus" of "Airbus A320" is the maker, "A320" no body
                int code = modelCode(t, i, j);
                if (code > i)
                    j = code;
                String text = NamePhraseParser.text(t, i, j);
                boolean sentenceStart = i == 0 || !Character.isLetterOrDigit(t.get(i - 1).word().charAt(0)) && i == 1;
                String base = stripCorporate(text);
                // places ("in Brussels", "Europe"), adjectives ("European leaders", "the Italian company") and initials
                // ("X.") are no bodies
                String acronym = IntroducedAcronyms.after(t, i, j);
                boolean place = acronym == null && i > 0 && PLACE_PREPOSITIONS.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))
                        && !(i > 1 && HOLDINGS.contains(t.get(i - 2).word()))
                        || REGIONS.contains(text) || ADJECTIVE.matcher(text).matches() || !base.equals(text) && origin(base) || base.replaceAll("[^\\p{L}]", "").length() < 2
                        || base.length() == 2 && !base.chars().allMatch(Character::isUpperCase)
                        || code == i;
                if (!place && !(sentenceStart && j == i + 1 && !proper.contains(text) && !ThingPronouns.follow(doc.text(), t.get(j - 1).span().end())) && !taken.contains(Gazetteer.key(text)) && !countries.contains(Gazetteer.key(text)) && !taken.contains(Gazetteer.key(base))
                        && !(countries.contains(Gazetteer.key(base)) && !BodyEvidence.countryNamedBody(t, i, j))
                        && names.gazetteer.find(text).isEmpty() && !persons.isKnownSurname(base) && !names.givenNames.contains(text)) {
                    forms.computeIfAbsent(Gazetteer.key(base), k -> new ArrayList<>()).add(text);
                    where.computeIfAbsent(Gazetteer.key(base), k -> new ArrayList<>())
                            .add(new Span(t.get(i).span().start(), t.get(j - 1).span().end()));
                    counts.merge(Gazetteer.key(base), 1, Integer::sum);
                    if (acronym != null)
                        introduced.putIfAbsent(acronym, Gazetteer.key(base));
                }
                i = j - 1;
            }
        }
        IntroducedAcronyms.merge(introduced, forms, counts, where);
        // "GM" is the acronym of "General Motors" written in the same article
        for (var acronym : new ArrayList<>(forms.keySet())) {
            if (forms.get(acronym).isEmpty())
                continue;
            String a = forms.get(acronym).get(0);
            if (a.length() < 2 || !a.chars().allMatch(Character::isUpperCase))
                continue;
            for (var full : forms.entrySet())
                if (!full.getKey().equals(acronym) && !full.getValue().isEmpty() && (initials(full.getValue().get(0)).equals(a) || initials(stripCorporate(full.getValue().get(0))).equals(a))) {
                    full.getValue().addAll(forms.get(acronym));
                    counts.merge(full.getKey(), counts.get(acronym), Integer::sum);
                    forms.get(acronym).clear();
                    break;
                }
        }
        Set<String> kept = new BodyEvidence(names).bodies(doc.text(), facts, forms, counts, where);
        ShortNames shortNames = new ShortNames(names);
        Map<String, List<String>> longer = shortNames.lengthened(forms, kept);
        List<Actor> found = new ArrayList<>();
        for (var e : forms.entrySet()) {
            List<String> written = e.getValue();
            if (written.isEmpty() || !kept.contains(e.getKey()))
                continue;
            String name = written.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
            List<String> aliases = java.util.stream.Stream.concat(written.stream(), longer.getOrDefault(e.getKey(), List.of()).stream())
                    .distinct().filter(w -> !w.equals(name)).toList();
            found.add(new Actor(key(ActorKind.ORGANIZATION, name), ActorKind.ORGANIZATION, name, aliases, null, List.of()));
        }
        taken.addAll(countries);
        shortNames.add(doc.text(), found, taken).forEach(facts::put);
    }

    /**
     * Words that are names wherever they stand, so that one opening a sentence ("Airbus unveiled ...") counts: those
     * the document also capitalizes inside a sentence, and those it capitalizes three times and never writes in lower
     * case.
     */
    private Set<String> properWords(AnnotatedDocument doc) {
        Map<String, Integer> capitalized = new java.util.HashMap<>();
        Set<String> inside = new java.util.HashSet<>(), lower = new java.util.HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                String w = t.get(i).word();
                if (!Character.isLetter(w.charAt(0)))
                    continue;
                if (Character.isLowerCase(w.charAt(0))) {
                    lower.add(w);
                    continue;
                }
                capitalized.merge(w, 1, Integer::sum);
                if (i > 1 || i == 1 && Character.isLetterOrDigit(t.get(0).word().charAt(0)))
                    inside.add(w);
            }
        }
        Set<String> out = new java.util.HashSet<>(inside);
        capitalized.forEach((w, n) -> {
            if (n >= 3 && !lower.contains(w.toLowerCase(Locale.ROOT)))
                out.add(w);
        });
        return out;
    }

    private static boolean writesCorporate(String text, String name) {
        var m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(name) + "\\s+(\\S+)").matcher(text);
        while (m.find())
            if (CORPORATE.contains(m.group(1).toLowerCase(Locale.ROOT).replaceAll("[,;]$", "")))
                return true;
        return false;
    }

    private static boolean writesAcronym(String text, String name) {
        String a = initials(name);
        return a.length() >= 2 && java.util.regex.Pattern.compile("\\b" + a + "\\b").matcher(text).find();
    }

    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split(" "))
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                b.append(w.charAt(0));
        return name.contains(" ") ? b.toString() : "";
    }

    static String stripCorporate(String name) {
        String[] w = name.split(" ");
        int n = w.length;
        while (n > 1 && CORPORATE.contains(w[n - 1].toLowerCase(Locale.ROOT)))
            n--;
        return String.join(" ", java.util.Arrays.copyOf(w, n));
    }

    /**
     * Whether the token lies in the name part of a person's mention: a body in the role before the name ("European
     * Council President Antonio Costa", "NATO chief Mark Rutte") is named, and an actor; a country in the name ("Luis
     * Montenegro") is not.
     */
    static boolean insideName(Persons persons, Span token) {
        return insideName(persons, token, Set.of());
    }

    /** Whether the token lies anywhere in a person's mention, role or name. */
    private static boolean inMention(Persons persons, Span token) {
        for (Persons.Mention m : persons.mentions())
            if (m.offset() <= token.start() && token.end() <= m.end())
                return true;
        return false;
    }

    /** As {@link #insideName(Persons, Span)}, leaving out the persons found to be bodies. */
    private static boolean insideName(Persons persons, Span token, Set<String> bodies) {
        for (Persons.Mention m : persons.mentions()) {
            if (bodies.contains(m.name()))
                continue;
            int nameStart = m.role() == null ? m.offset() : m.offset() + m.role().length();
            if (nameStart <= token.start() && token.end() <= m.end())
                return true;
        }
        return false;
    }

    private static List<Role> distinct(List<Role> roles) {
        List<Role> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Role r : roles)
            if (seen.add(r.title()))
                out.add(r);
        return out;
    }
}

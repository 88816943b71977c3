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
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "from", "near", "into", "outside",
            "across", "around", "via", "through", "toward", "towards", "inside");
    /** Nouns that a capital modifies as a place: "the Paris summit", "the Brussels talks". */
    private static final Set<String> EVENT_NOUNS = Set.of("summit", "talks", "meeting", "conference", "process",
            "format", "agreement", "accord", "accords", "protocol", "declaration", "office", "bureau", "correspondent");
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
        for (String name : persons.names())
            facts.put(new Actor(key(ActorKind.PERSON, name), ActorKind.PERSON, name, persons.aliases(name),
                    countries.get(name), distinct(roles.getOrDefault(name, List.of()))));
        entities(doc, facts, persons);
    }

    /** Countries and bodies named in the text, by the gazetteer's longest match. */
    private void entities(AnnotatedDocument doc, DocumentFacts facts, Persons persons) {
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        Map<String, Gazetteer.Entry> entries = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                // "Montenegro" in "Luís Montenegro" is a person's name, "The" no part of "the EU"
                if (!Character.isUpperCase(t.get(i).word().charAt(0)) || names.isDeterminer(t.get(i).word())
                        || insidePerson(persons, t.get(i).span()))
                    continue;
                for (int len = Math.min(names.gazetteer.longest(), t.size() - i); len >= 1; len--) {
                    String text = NamePhraseParser.text(t, i, i + len);
                    var found = names.gazetteer.find(text);
                    if (found.isEmpty())
                        continue;
                    Gazetteer.Entry e = found.get();
                    boolean place = e.how() == Gazetteer.How.METONYM && (i > 0
                            && PLACE_PREPOSITIONS.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))
                            || i + len < t.size() && EVENT_NOUNS.contains(t.get(i + len).word().toLowerCase(Locale.ROOT)));
                    if (e.how() != Gazetteer.How.DEMONYM && !place) {
                        String k = key(e.kind(), e.name());
                        entries.putIfAbsent(k, e);
                        aliases.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(text);
                    }
                    i += len - 1;
                    break;
                }
            }
        }
        for (var entry : entries.entrySet()) {
            Gazetteer.Entry e = entry.getValue();
            List<String> written = new ArrayList<>(aliases.get(entry.getKey()));
            written.remove(e.name());
            Actor known = facts.actor(entry.getKey());
            if (known == null)
                facts.put(new Actor(entry.getKey(), e.kind(), e.name(), written, e.country(), List.of()));
        }
    }

    private static boolean insidePerson(Persons persons, Span token) {
        for (Persons.Mention m : persons.mentions())
            if (m.offset() <= token.start() && token.end() <= m.end())
                return true;
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

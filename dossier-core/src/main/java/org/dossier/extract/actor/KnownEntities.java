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
import org.dossier.extract.Gazetteer;
import org.dossier.extract.WordList;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;

/**
 * The countries and bodies the gazetteer knows, as a text names them: each under its canonical name ("United Kingdom"
 * for "Britain"), with the names as written. A capital or seat of government counts as its country unless a
 * preposition of place or an event's noun makes it a place ("talks in Brussels", "the Paris summit"); a region's name
 * makes no country ("North America"). A country's adjective makes no actor ("French wine"), except before a noun of
 * the state's bodies or agents ("Sudanese troops", "the Thai government"): there the country acts.
 */
final class KnownEntities {
    /** Nouns that a capital modifies as a place: "the Paris summit", "the Brussels talks". */
    private static final Set<String> EVENT_NOUNS = Set.of("summit", "talks", "meeting", "conference", "process",
            "format", "agreement", "accord", "accords", "protocol", "declaration", "office", "bureau", "correspondent");

    /** Nouns that make a country's adjective before them the country acting ({@code state-nouns.txt}). */
    private static final WordList STATE_NOUNS = WordList.load("state-nouns.txt");

    private final Names names;

    KnownEntities(Names names) {
        this.names = names;
    }

    /** Countries and bodies named in the text, by the gazetteer's longest match. */
    void add(AnnotatedDocument doc, DocumentFacts facts, Persons persons) {
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        Map<String, Gazetteer.Entry> entries = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                // "Montenegro" in "Luís Montenegro" is a person's name, "The" no part of "the EU"
                if (!Character.isUpperCase(t.get(i).word().charAt(0)) || names.isDeterminer(t.get(i).word())
                        || ActorExtractor.insideName(persons, t.get(i).span()))
                    continue;
                // a region's name is no country's: "America" of "North America"
                int region = regionAt(t, i);
                if (region > 0) {
                    i += region - 1;
                    continue;
                }
                for (int len = Math.min(names.gazetteer.longest(), t.size() - i); len >= 1; len--) {
                    String text = NamePhraseParser.text(t, i, i + len);
                    var found = names.gazetteer.find(text);
                    if (found.isEmpty())
                        continue;
                    // "Jordan said" after "Jim Jordan": a surname of someone the text names in full is that person
                    if (len == 1 && persons.isKnownSurname(text))
                        break;
                    Gazetteer.Entry e = found.get();
                    boolean place = e.how() == Gazetteer.How.METONYM && (i > 0
                            && ActorExtractor.PLACE_PREPOSITIONS.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))
                            || i + len < t.size() && EVENT_NOUNS.contains(t.get(i + len).word().toLowerCase(Locale.ROOT)));
                    if (e.how() != Gazetteer.How.DEMONYM && !place) {
                        String k = ActorExtractor.key(e.kind(), e.name());
                        entries.putIfAbsent(k, e);
                        aliases.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(text);
                    } else if (e.how() == Gazetteer.How.DEMONYM && e.kind() == ActorKind.COUNTRY && actsForState(t, i + len)) {
                        // "Sudanese troops": the country acts, written or not; the adjective is no name of it
                        String k = ActorExtractor.key(e.kind(), e.name());
                        entries.putIfAbsent(k, e);
                        aliases.computeIfAbsent(k, x -> new LinkedHashSet<>());
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

    /**
     * Whether the words from {@code i} are a noun of a state's bodies or agents ("troops", "prime minister") that is
     * no title before a name ("Chilean President Elena Rojas" is a person with her role).
     */
    private static boolean actsForState(List<Token> t, int i) {
        int len = NamePhraseParser.longestAt(STATE_NOUNS, t, i);
        return len > 0 && (i + len == t.size() || !Character.isUpperCase(t.get(i + len).word().charAt(0)));
    }

    /** The number of tokens of a region's name of several words opening at {@code i} ("North America"), or 0. */
    private static int regionAt(List<Token> t, int i) {
        int len = NamePhraseParser.longestAt(ActorExtractor.REGIONS, t, i);
        return len >= 2 ? len : 0;
    }
}

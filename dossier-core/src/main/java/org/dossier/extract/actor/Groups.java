package org.dossier.extract.actor;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.extract.WordList;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;

/**
 * Groups of countries or their leaders that act and speak together without a name of their own: an adjective of a
 * region or bloc before a plural noun of a group ("European leaders", "Western allies", "Baltic governments"). Each
 * becomes a {@link ActorKind#GROUP} actor named by the adjective, capitalized, and the noun in lower case, so that
 * "European Leaders" in a headline and "European leaders" in the text are one.
 */
final class Groups {
    private static final WordList ADJECTIVES = WordList.load("group-adjectives.txt");
    private static final WordList NOUNS = WordList.load("group-nouns.txt");

    private Groups() {
    }

    /** Adds the groups {@code doc} names to {@code facts}. */
    static void extract(AnnotatedDocument doc, DocumentFacts facts) {
        Map<String, Set<String>> written = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (!Character.isUpperCase(t.get(i).word().charAt(0)))
                    continue;
                for (int a = Math.min(ADJECTIVES.longest(), t.size() - i - 1); a >= 1; a--) {
                    String adjective = NamePhraseParser.text(t, i, i + a);
                    if (!ADJECTIVES.contains(adjective))
                        continue;
                    int n = nounLength(t, i + a);
                    if (n > 0) {
                        String noun = NamePhraseParser.text(t, i + a, i + a + n);
                        written.computeIfAbsent(name(adjective, noun), k -> new LinkedHashSet<>()).add(adjective + " " + noun);
                        i += a + n - 1;
                    }
                    break;
                }
            }
        }
        for (var e : written.entrySet()) {
            String key = ActorExtractor.key(ActorKind.GROUP, e.getKey());
            if (facts.actor(key) == null)
                facts.put(new Actor(key, ActorKind.GROUP, e.getKey(), e.getValue().stream().filter(w -> !w.equals(e.getKey())).toList(),
                        null, List.of()));
        }
    }

    /** The length in tokens of the group noun at {@code at}, or 0. */
    private static int nounLength(List<Token> t, int at) {
        return NamePhraseParser.longestAt(NOUNS, t, at);
    }

    /** "European leaders" for "EUROPEAN LEADERS", "european Leaders": the adjective capitalized, the noun in lower case. */
    private static String name(String adjective, String noun) {
        StringBuilder b = new StringBuilder();
        for (String w : adjective.toLowerCase(Locale.ROOT).split(" "))
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ');
        return b.append(noun.toLowerCase(Locale.ROOT)).toString();
    }
}

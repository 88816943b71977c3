package org.dossier.extract.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.model.ActorKind;

/**
 * Persons introduced by a role written after their name between commas: "Fritz Henderson, the chief executive of
 * GM, said", "Scott Carson, president and CEO of Boeing Commercial Airplanes, said". The role makes a name of two or
 * three capitalized words a person's even where no given-names list knows the first; the role's head (its last word
 * before "of", "at" or "for") must be a title or a noun of persons, not merely its modifier ("the new plant").
 */
final class Appositions {
    /** The most words an apposition may have: longer clauses between commas are no roles. */
    private static final int LONGEST = 12;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her");
    private static final Set<String> COMPLEMENTS = Set.of("of", "at", "for", "with");

    private Appositions() {
    }

    /** Adds each person so introduced to {@code persons}, the apposition as a role after the name. */
    static void scan(AnnotatedDocument doc, Names lex, NamePhraseParser parser, Persons persons) {
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (!lex.isNameWord(t.get(i).word()) || i > 0 && Character.isUpperCase(t.get(i - 1).word().charAt(0)))
                    continue;
                int j = i;
                while (j < t.size() && lex.isNameWord(t.get(j).word()))
                    j++;
                int words = j - i;
                if (words < 2 || words > 3 || j >= t.size() || !t.get(j).word().equals(",")) {
                    i = Math.max(i, j - 1);
                    continue;
                }
                int[] role = role(t, j + 1, lex);
                NamePhrase p = parser.parse(t.subList(i, j));
                if (role != null && p != null && p.form() == NamePhrase.Form.NAME && p.kind() == ActorKind.PERSON
                        && p.role() == null && !lex.nonPersonHeads.contains(lastWord(p.name())))
                    persons.addApposition(t.get(i).span().start(), t.get(j - 1).span().end(), p.name(),
                            t.get(j + 1).span().start(), t.get(role[0] - 1).span().end(), t.get(role[1] - 1).span().end());
                i = j - 1;
            }
        }
    }

    /**
     * The ends (exclusive token indexes) of the head and of the whole of a role starting at {@code from} and closed by
     * a comma or the sentence's end, or null where the words there are no role.
     */
    private static int[] role(List<Token> t, int from, Names lex) {
        int k = from;
        while (k < t.size() && DETERMINERS.contains(t.get(k).word().toLowerCase(Locale.ROOT)))
            k++;
        int headEnd = -1;
        int end = k;
        while (end < t.size() && end - from < LONGEST && !t.get(end).word().matches("[,.;:!?]|``|''|\"|“|”")) {
            String w = t.get(end).word().toLowerCase(Locale.ROOT);
            if (COMPLEMENTS.contains(w) && headEnd < 0 && end > k)
                headEnd = end;
            end++;
        }
        if (end >= t.size() || end - from >= LONGEST || end == k || !t.get(end).word().matches("[,.]"))
            return null;
        if (headEnd < 0)
            headEnd = end;
        String head = t.get(headEnd - 1).word();
        boolean role = (lex.titles.contains(head) || lex.personNouns.contains(head)) && !lex.titleModifiers.contains(head);
        return role ? new int[]{headEnd, end} : null;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}

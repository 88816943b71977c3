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
 * GM, said", "Scott Carson, president and CEO of Boeing Commercial Airplanes, said"; or before it, the role opened
 * by a determiner or a possessive: "the defense minister, Karl Brandt, said", "Germany's defense minister, Karl Brandt". The role makes a name of two or
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
                // "Germany's defense minister, Karl Brandt, said": the role before the name
                if (words >= 2 && i >= 2 && t.get(i - 1).word().equals(",")) {
                    int start = roleBefore(t, i - 1, lex);
                    NamePhrase named = start >= 0 ? parser.parse(t.subList(i, j)) : null;
                    if (named != null && named.form() == NamePhrase.Form.NAME && named.kind() == ActorKind.PERSON
                            && named.role() == null && !lex.nonPersonHeads.contains(lastWord(named.name()))) {
                        int roleEnd = t.get(i - 2).span().end();
                        persons.addApposition(t.get(i).span().start(), t.get(j - 1).span().end(), named.name(),
                                t.get(start).span().start(), roleEnd, roleEnd);
                        i = j - 1;
                        continue;
                    }
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
        return isRoleHead(t.get(headEnd - 1).word(), lex) ? new int[]{headEnd, end} : null;
    }

    /**
     * The first token of a role that ends at the comma at token {@code comma} and names whom the name after the comma
     * holds it: opened by a determiner or a possessive ("the defense minister", "NATO's secretary general", "its
     * chief executive") at the sentence's start, after a comma or after a quote, headed by a title or a noun of persons;
     * -1 otherwise.
     */
    private static int roleBefore(List<Token> t, int comma, Names lex) {
        if (!isRoleHead(t.get(comma - 1).word(), lex))
            return -1;
        int k = comma - 1;
        while (k > 0 && comma - k < LONGEST && !t.get(k - 1).word().matches("[,.;:!?()]|``|''|\"|“|”"))
            k--;
        // the role opens the sentence or a clause: after a comma, or after the closing mark of a quote before it
        if (k > 0 && !t.get(k - 1).word().matches(",|''|\"|”"))
            return -1;
        String first = t.get(k).word().toLowerCase(Locale.ROOT);
        if (DETERMINERS.contains(first))
            return k;
        // "Germany's defense minister", "NATO's secretary general": a possessor then the role
        for (int m = k + 1; m < comma - 1; m++)
            if (t.get(m).word().matches("'s|’s"))
                return m == k + 1 || m == k + 2 ? k : -1;
        return -1;
    }

    /** Whether {@code head} heads a role: a title or a noun of persons, not merely a title's modifier ("the new plant"). */
    private static boolean isRoleHead(String head, Names lex) {
        return (lex.titles.contains(head) || lex.personNouns.contains(head)) && !lex.titleModifiers.contains(head);
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}

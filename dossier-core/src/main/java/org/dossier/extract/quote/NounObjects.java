package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.WordList;

/**
 * The object of a verb of speech that names the saying and carries its clause: "repeated his demand that wages rise",
 * "renewed her warning that …" ({@code cue-object-nouns.txt}). The clause after the noun's "that" is what the cue
 * reports. Only after a possessive, which makes the saying the speaker's own: "rejected the claim that …" denies
 * someone else's words and is left as it is.
 */
final class NounObjects {
    private static final WordList NOUNS = WordList.load("cue-object-nouns.txt");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my");
    /** The most modifiers between the possessive and the noun: "his earlier public call". */
    private static final int MAX_MODIFIERS = 2;

    private NounObjects() {
    }

    /**
     * The token of the "that" that opens the clause of a noun object starting at token {@code from}, or
     * {@code from} when none starts there.
     */
    static int clauseStart(DocTokens d, int from, int sEnd) {
        if (from >= sEnd || d.inQuote(from) || !POSSESSIVES.contains(d.word(from).toLowerCase(Locale.ROOT)))
            return from;
        for (int k = from + 1; k <= from + 1 + MAX_MODIFIERS && k + 2 < sEnd; k++) {
            String w = d.word(k);
            if (!Character.isLowerCase(w.charAt(0)) || d.inQuote(k))
                return from;
            if (NOUNS.contains(w) && d.word(k + 1).equals("that") && !d.inQuote(k + 1) && ThatCues.opensClause(d.word(k + 2)))
                return k + 1;
        }
        return from;
    }
}

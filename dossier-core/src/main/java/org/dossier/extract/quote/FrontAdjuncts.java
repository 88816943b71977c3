package org.dossier.extract.quote;

import java.util.Locale;
import java.util.regex.Pattern;
import org.dossier.extract.WordList;

/**
 * Tells an adjunct set in front of a speaker ("In a statement Thursday, Ortiz said: “…”", "Speaking at the pier, she
 * said …") from a clause the speaker reported ("The pier will close, Ortiz said"): the adjunct opens with a word of
 * {@code front-adjuncts.txt}, perhaps after a conjunction, and a prepositional one holds no comma and no auxiliary
 * verb, which a clause would ("In May the pier will close, she said"). Stateless.
 */
final class FrontAdjuncts {
    private static final WordList OPENERS = WordList.load("front-adjuncts.txt");
    /** Conjunctions that may stand before the adjunct: "But in a call with reporters, he said …". */
    private static final Pattern CONJUNCTION = Pattern.compile("^(?:but|and|yet|so|still)\\s+", Pattern.CASE_INSENSITIVE);
    /** Finite auxiliaries and copulas, and a negation: marks of a clause. */
    private static final Pattern AUXILIARY = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|am|will|would|has|have|had|can|could|should|may|might|must|does|did|do|shall)\\b|n't\\b|’t\\b");
    /** The most words of an adjunct; a longer run goes on into a clause of its own. */
    private static final int MAX_WORDS = 14;
    /** Participles among the openers: their clause may hold a verb of its own ("Speaking at a rally he had called, …"). */
    private static final java.util.Set<String> PARTICIPLES = java.util.Set.of("speaking", "writing", "responding", "reacting", "referring", "addressing", "appearing", "interviewed");

    private FrontAdjuncts() {
    }

    /** Whether {@code phrase}, the words before a speaker and its comma, is an adjunct of the saying. */
    static boolean is(String phrase) {
        String p = CONJUNCTION.matcher(phrase.strip()).replaceFirst("");
        if (p.isEmpty() || Clauses.words(p, 0, p.length()) > MAX_WORDS)
            return false;
        String first = p.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (!OPENERS.contains(first))
            return false;
        if (PARTICIPLES.contains(first))
            return true;
        return p.indexOf(',') < 0 && !AUXILIARY.matcher(p).find();
    }
}

package org.dossier.extract.quote;

import java.util.Set;
import org.dossier.extract.actor.Names;

/**
 * A state or country set off by commas after a town that a preposition introduces ("a nurse from Ava, Mo., said",
 * "Stacy Moon of Dayton, Ohio says"). Its commas look like those of an aside and its name like a speaker's, so the
 * readers of speaker phrases ask here whether the words before a cue are only such a state, and where the person
 * before the town's preposition opens.
 */
final class Towns {
    /** Prepositions that introduce a town in an aside: "a nurse from Ava, Mo.". */
    private static final Set<String> TOWN_PREPOSITIONS = Set.of("from", "in", "of", "near");
    private final Names lex;
    private final NounPhrases phrases;

    Towns(Names lex, NounPhrases phrases) {
        this.lex = lex;
        this.phrases = phrases;
    }

    /**
     * Whether tokens between commas {@code k} and {@code comma} are a state or country after a town that a
     * preposition introduces: "from Ava, Mo.,", "in Worcester, Massachusetts,".
     */
    static boolean stateAfterTown(DocTokens d, int k, int comma) {
        if (!d.word(k).equals(",") || comma - k < 2 || comma - k > 4 || k < 2)
            return false;
        for (int i = k + 1; i < comma; i++)
            if (!Character.isUpperCase(d.word(i).charAt(0)))
                return false;
        if (!Character.isUpperCase(d.word(k - 1).charAt(0)))
            return false;
        for (int i = k - 2; i >= Math.max(0, k - 4); i--) {
            String w = d.word(i);
            if (TOWN_PREPOSITIONS.contains(w))
                return true;
            if (!Character.isUpperCase(w.charAt(0)))
                return false;
        }
        return false;
    }

    /**
     * Where the subject opens when the phrase {@code [npStart, end)} before the cue is only the state after a town:
     * "Stacy Moon of Dayton, Ohio says" is Stacy Moon's, not Ohio's, so the subject is read from before the town's
     * preposition ({@link SpeakerPhrases} then keeps the person before "of"). -1 where it is no such state.
     */
    int subjectStart(DocTokens d, int npStart, int end, int sStart) {
        int comma = npStart - 1;
        if (comma <= sStart || !stateAfterTown(d, comma, end) || !isPlace(d, npStart, end))
            return -1;
        int p = preposition(d, comma, sStart);
        if (p <= sStart)
            return -1;
        int start = phrases.npLeft(d, p - 1, sStart);
        return start <= p - 1 ? start : -1;
    }

    /** The preposition before the town that ends before {@code comma} ("from Ava,"), or -1. */
    static int preposition(DocTokens d, int comma, int sStart) {
        int p = comma - 1;
        while (p > sStart && !TOWN_PREPOSITIONS.contains(d.word(p)))
            p--;
        return p > sStart ? p : -1;
    }

    /**
     * Whether tokens {@code [from, to)} can be a state after a town rather than a person set off by commas: no title
     * ("in Nevada, Senator Harry Reid, the minority leader, said") and no given name opening several words.
     */
    boolean isPlace(DocTokens d, int from, int to) {
        for (int i = from; i < to; i++)
            if (lex.titles.contains(d.word(i).replaceAll("\\.$", "")))
                return false;
        return to - from < 2 || !lex.givenNames.contains(d.word(from));
    }
}

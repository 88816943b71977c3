package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.WordList;

/**
 * The "that" of a reported clause that follows its cue past an adjunct of the saying: "said earlier on Friday during
 * a news conference that …", "declared on national television that …", "said — on Twitter, as it happens — that …".
 * Without it the adjunct reads as the start of what was said, or the cue as one that closes the sentence. Stateless.
 */
final class AdjunctThat {
    /** Words that open such an adjunct, from {@code cue-adjunct-openers.txt}. */
    private static final WordList OPENERS = WordList.load("cue-adjunct-openers.txt");
    /** Openers that set the adjunct off as an aside, inside which commas may stand: "—", ",". */
    private static final Set<String> ASIDE_OPENERS = Set.of(",", "—", "–", "--");
    /** The most tokens of an adjunct between a cue and its "that". */
    static final int MAX_TOKENS = 12;

    private AdjunctThat() {
    }

    /**
     * The token of the "that" which opens the clause after an adjunct starting at token {@code from}, or -1 when
     * {@code from} opens no adjunct or no clause's "that" follows it within {@value #MAX_TOKENS} tokens of the sentence
     * ending before {@code sEnd}, before another cue, a semicolon or colon, or (outside an aside) a comma.
     */
    static int find(DocTokens d, int from, int sEnd) {
        if (from >= sEnd || d.inQuote(from) || !OPENERS.contains(d.word(from).toLowerCase(Locale.ROOT)))
            return -1;
        boolean aside = ASIDE_OPENERS.contains(d.word(from));
        for (int k = from + 1; k + 1 < sEnd && k - from <= MAX_TOKENS; k++) {
            String w = d.word(k);
            // a quoted title may stand in it ("stating on NBC's “Meet the Press” that"), but not a quoted "that"
            if (CueReader.CUES.contains(w) || w.equals(";") || w.equals(":") || w.equals(",") && !aside)
                return -1;
            if (w.equals("that") && !d.inQuote(k))
                return ThatCues.opensClause(d.word(k + 1)) ? k : -1;
        }
        return -1;
    }

    /**
     * The token where the reported clause opens after a cue ending before {@code from}: the "that" past an adjunct of
     * the saying, or {@code from} where none stands there. The adjunct's medium ("on national television") is written
     * to {@code medium[0]} where none is known yet.
     */
    static int past(DocTokens d, int from, int sEnd, String[] medium) {
        int that = find(d, from, sEnd);
        if (that <= from)
            return from;
        if (medium[0] == null)
            medium[0] = Adjuncts.mediumIn(Clauses.text(d, from, that));
        return that;
    }
}

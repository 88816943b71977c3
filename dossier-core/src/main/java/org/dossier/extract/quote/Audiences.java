package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;

/**
 * The audience after a cue whose object is the one told, not part of what was said: "told Reuters", "told leaders
 * that …", "told the Harbor Herald of Leeds on Saturday that …". Without it the audience would open the reported
 * clause; a named audience is kept as the medium of the saying.
 */
final class Audiences {
    /** Cues whose object is the audience, not part of what was said: "told Reuters", "told leaders". */
    private static final Set<String> OBJECT_CUES = Set.of("told", "tells", "tell", "telling");
    /** The most tokens of an audience, with its place and time, between "told" and "that". */
    private static final int MAX_AUDIENCE_TOKENS = 12;
    private final NounPhrases phrases;

    Audiences(NounPhrases phrases) {
        this.phrases = phrases;
    }

    /**
     * The token past the audience of the cue {@code cueText} that ends before token {@code from}: where the clause's
     * "that" or what was said opens; {@code from} for a cue with no audience. A named audience ("told Reuters") is
     * written to {@code medium[0]}.
     */
    int past(DocTokens d, int from, String cueText, int sEnd, String[] medium) {
        if (!OBJECT_CUES.contains(cueText.toLowerCase(Locale.ROOT)) || from >= sEnd || d.inQuote(from))
            return from;
        int objEnd = phrases.npRight(d, from, sEnd);
        while (objEnd > from && objEnd < sEnd && d.word(objEnd).matches("\\d+"))
            objEnd++;
        if (objEnd == from && !NounPhrases.FUNCTION.contains(d.word(from).toLowerCase(Locale.ROOT)) && Character.isLowerCase(d.word(from).charAt(0)))
            objEnd = from + 1;
        if (objEnd > from && Character.isUpperCase(d.word(from).charAt(0)) && cueText.startsWith("t"))
            medium[0] = Clauses.text(d, from, objEnd);
        return Math.max(objEnd, thatAfterObject(d, from, sEnd));
    }

    /**
     * Whether a clause's "that" follows the audience of the cue ending before token {@code from}: "is telling voters
     * that …"; false for a cue with no audience.
     */
    boolean thatFollows(DocTokens d, int from, int sEnd) {
        if (!OBJECT_CUES.contains(d.word(from - 1).toLowerCase(Locale.ROOT)))
            return false;
        int objEnd = phrases.npRight(d, from, sEnd);
        return thatAfterObject(d, from, sEnd) > from || objEnd < sEnd && d.word(objEnd).equals("that") && objEnd + 1 < sEnd && ThatCues.opensClause(d.word(objEnd + 1));
    }

    /**
     * The "that" which opens the clause after a long audience ("told the Harbor Herald of Leeds on Saturday that …"),
     * or {@code from} when none follows within {@value #MAX_AUDIENCE_TOKENS} tokens before a comma, a quote or another
     * cue.
     */
    private static int thatAfterObject(DocTokens d, int from, int sEnd) {
        for (int k = from; k + 1 < sEnd && k - from < MAX_AUDIENCE_TOKENS; k++) {
            String w = d.word(k);
            if (d.inQuote(k) || w.equals(",") || CueReader.CUES.contains(w))
                return from;
            if (w.equals("that") && ThatCues.opensClause(d.word(k + 1)))
                return k;
        }
        return from;
    }
}

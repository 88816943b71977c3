package org.dossier.extract.quote;

import org.dossier.extract.WordList;

/**
 * Lead-ins that make one cue with the verb of speech after them ({@code cue-lead-ins.txt}): "went on to say that …",
 * "was quick to point out that …", "was quoted as saying …", "is reported to have said …". Read whole, the verb keeps
 * its clause and the subject before the lead-in speaks; read alone, "went on" would report "to say that …" and the
 * passive "was quoted" would have no speaker.
 */
final class LeadIns {
    private static final WordList LEAD_INS = WordList.load("cue-lead-ins.txt");

    private LeadIns() {
    }

    /**
     * The number of tokens of the lead-in at token {@code i}, or 0; a lead-in is followed by a token of its own
     * sentence, where the caller looks for the verb of speech.
     */
    static int length(DocTokens d, int i) {
        if (!Character.isLowerCase(d.word(i).charAt(0)))
            return 0;
        for (int len = Math.min(LEAD_INS.longest(), d.size() - i - 1); len >= 1; len--) {
            if (d.sentenceOf[i + len] != d.sentenceOf[i] || d.inQuote(i + len))
                continue;
            if (LEAD_INS.contains(d.words(i, i + len)))
                return len;
        }
        return 0;
    }
}

package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.WordList;

/**
 * Cues that report a clause only when "that" introduces it (from {@code that-cues.txt}): "the survey showed that most
 * firms …", "she made clear that …", but not "showed the video" or "agreed a deal". "that" must open a clause, not
 * stand as a determiner ("agreed that plan").
 */
final class ThatCues {
    private static final WordList CUES = WordList.load("that-cues.txt");
    /** Words after "that" that open a clause: pronouns, determiners, quantifiers, subordinators. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("the", "a", "an", "he", "she", "they", "it", "we", "i",
            "you", "there", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some", "many",
            "most", "few", "all", "no", "none", "both", "each", "every", "any", "several", "more", "if", "when", "while",
            "as", "after", "before", "in", "on", "at", "despite", "although", "though", "even", "because", "since",
            "without", "once", "by", "during", "under", "only", "not", "nothing", "everyone", "nobody", "someone",
            "something", "anyone", "people", "about", "nearly", "almost", "roughly", "less", "fewer", "half");

    private ThatCues() {
    }

    /**
     * The number of tokens of a that-cue starting at token {@code i} and followed by a clause's "that", at once or past
     * an adjunct ({@link AdjunctThat}), or 0.
     */
    static int length(DocTokens d, int i) {
        if (!Character.isLowerCase(d.word(i).charAt(0)))
            return 0;
        for (int len = Math.min(CUES.longest(), d.size() - i - 2); len >= 1; len--) {
            int that = i + len;
            if (d.sentenceOf[that + 1] != d.sentenceOf[i] || d.inQuote(that))
                continue;
            // "stating on television that …": the "that" may follow an adjunct of the saying
            if (!d.word(that).equals("that")) {
                int past = AdjunctThat.find(d, that, d.sentenceEnd(d.sentenceOf[i]));
                if (past < 0)
                    continue;
                that = past;
            }
            if (CUES.contains(d.words(i, i + len)) && opensClause(d.word(that + 1)))
                return len;
        }
        return 0;
    }

    /** Whether {@code w}, after "that", opens a clause rather than a noun phrase ("that plan"). */
    static boolean opensClause(String w) {
        return Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) || "“\"‘'`$".indexOf(w.charAt(0)) >= 0
                || CLAUSE_OPENERS.contains(w.toLowerCase(Locale.ROOT));
    }
}

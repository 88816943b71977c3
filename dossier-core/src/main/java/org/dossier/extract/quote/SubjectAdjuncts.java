package org.dossier.extract.quote;

import java.util.Locale;
import org.dossier.extract.WordList;
import org.dossier.extract.actor.NamePhrase;

/**
 * Reads a named subject that an adjunct of time, place or medium parts from its cue: "Hallam at the time said",
 * "Hallam in a blog post said", "Hallam earlier Thursday said", "Hallam now says". News puts such an adjunct after the
 * subject; the name before it speaks. The adjunct opens with a word of {@code subject-adjuncts.txt} right after a
 * capitalized word, holds at most {@value #MAX_ADJUNCT_TOKENS} tokens and no clause boundary, and the name must open
 * its clause, so that "the firm that Hallam in 2019 said …" is not read.
 */
final class SubjectAdjuncts {
    private static final WordList OPENERS = WordList.load("subject-adjuncts.txt");
    /** Numbers and quantifiers that open a share, not a name: "Six in 10 said" is read by {@link Subjects}. */
    private static final WordList QUANTITIES = WordList.load("quantity-heads.txt");
    /** The most tokens of an adjunct between a subject and its cue: "during a visit to the plant on Friday". */
    private static final int MAX_ADJUNCT_TOKENS = 7;

    /** The most tokens of a second conjunct: "and his rivals for the party's nomination". */
    private static final int MAX_CONJUNCT_TOKENS = 10;

    private final NounPhrases phrases;
    private final SpeakerPhrases speakers;

    SubjectAdjuncts(NounPhrases phrases, SpeakerPhrases speakers) {
        this.phrases = phrases;
        this.speakers = speakers;
    }

    /**
     * The named subject before an adjunct that ends at token {@code j} (the word before the cue, past auxiliaries), in
     * the sentence starting at {@code sStart}; null when none is read.
     */
    NamePhrase before(DocTokens d, int j, int sStart) {
        for (int p = j; p > sStart && j - p < MAX_ADJUNCT_TOKENS; p--) {
            String w = d.word(p);
            if (d.inQuote(p) || Subjects.CLAUSE_STARTS.contains(w.toLowerCase(Locale.ROOT)) && !OPENERS.contains(w))
                return null;
            String prev = d.word(p - 1);
            if (!OPENERS.contains(w) || d.inQuote(p - 1) || !Character.isUpperCase(prev.charAt(0)) || QUANTITIES.contains(prev))
                continue;
            int start = phrases.npLeft(d, p - 1, sStart);
            if (start > p - 1 || start > sStart && !Subjects.CLAUSE_STARTS.contains(d.word(start - 1).toLowerCase(Locale.ROOT)))
                continue;
            NamePhrase name = speakers.parse(d.tokens.subList(start, p));
            if (name != null && name.form() == NamePhrase.Form.NAME)
                return name;
        }
        return null;
    }

    /**
     * The first of a coordinated subject ending at token {@code j} whose first conjunct is a name that opens its clause:
     * "Hallam and his lawyers have said", "Hallam and the ministry said" — the name leads; null when none is read.
     */
    NamePhrase firstConjunct(DocTokens d, int j, int sStart) {
        for (int p = j - 1; p > sStart && j - p < MAX_CONJUNCT_TOKENS; p--) {
            String w = d.word(p).toLowerCase(Locale.ROOT);
            if (d.inQuote(p) || Subjects.NOT_IN_SUBJECT.contains(w) || !w.equals("and") && Subjects.CLAUSE_STARTS.contains(w))
                return null;
            if (!w.equals("and") || !Character.isUpperCase(d.word(p - 1).charAt(0)))
                continue;
            int start = phrases.npLeft(d, p - 1, sStart);
            if (start > p - 1 || start > sStart && !Subjects.CLAUSE_STARTS.contains(d.word(start - 1).toLowerCase(Locale.ROOT)))
                return null;
            NamePhrase name = speakers.parse(d.tokens.subList(start, p));
            return name != null && name.form() == NamePhrase.Form.NAME ? name : null;
        }
        return null;
    }
}

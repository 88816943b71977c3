package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.WordList;
import org.dossier.extract.actor.NamePhrase;

/**
 * The subject that opens a sentence and is parted from its cue by asides set off by commas, when the cue goes on to
 * report a clause: "The clerk, a volunteer who asked not to be named, said she counted the ballots twice", "One
 * former aide, speaking on condition of anonymity, said the mayor knew". Without it the words after the cue ("she",
 * "the mayor") read as an inverted speaker ("…, said she") and the subject as what was said.
 */
final class FrontSubjects {
    /** The most asides between the subject and the cue. */
    private static final int MAX_ASIDES = 3;
    /** The most tokens of the subject: "The longest-serving member of the city's planning board". */
    private static final int MAX_SUBJECT_TOKENS = 12;
    /** The most tokens of one aside. */
    private static final int MAX_ASIDE_TOKENS = 30;
    /**
     * Capitalized words that open a sentence with an adjunct or a clause, not a subject: "Among voters, …",
     * "However, …". Lower-cased.
     */
    static final WordList OPENING_ADJUNCTS = WordList.load("sentence-adjuncts.txt");
    /**
     * Words after a name that follows its cue which show the name is the inverted speaker ("…, said Ms. Ruiz on
     * Monday", "…, said Ms. Ruiz, who …"), not the subject of a reported clause ("said Ruiz had left").
     */
    private static final Set<String> AFTER_INVERTED = Set.of("on", "in", "at", "during", "after", "before", "while",
            "when", "as", "to", "for", "with", "from", "of", "who", "whose", "which", "and", "but", "adding", "noting",
            "according", "last", "this", "yesterday", "today", "tonight", "earlier", "later", "late", "recently",
            "told", "wrote", "said", "says", "via", "through", "by");

    private final SpeakerPhrases speakers;
    private final NounPhrases phrases;
    private final WordList cues;

    FrontSubjects(SpeakerPhrases speakers, NounPhrases phrases, WordList cues) {
        this.speakers = speakers;
        this.phrases = phrases;
        this.cues = cues;
    }

    /**
     * The subject opening the sentence [{@code sStart}, {@code sEnd}) when token {@code comma}, just before the cue,
     * closes the last of one to {@value #MAX_ASIDES} asides after it and the cue ending before token {@code after}
     * reports a clause; null otherwise.
     */
    NamePhrase find(DocTokens d, int comma, int after, int sStart, int sEnd) {
        if (comma <= sStart || !d.word(comma).equals(",") || !clauseFollows(d, after, sEnd))
            return null;
        // the commas between the subject and the cue, scanning left
        int first = -1, asides = 0, last = comma;
        for (int k = comma - 1; k >= sStart; k--) {
            if (d.inQuote(k) || last - k > MAX_ASIDE_TOKENS)
                return null;
            if (d.word(k).equals(",")) {
                first = k;
                last = k;
                if (++asides > MAX_ASIDES)
                    return null;
            }
        }
        if (first < 0 || first - sStart > MAX_SUBJECT_TOKENS || !isSubject(d, sStart, first))
            return null;
        NamePhrase named = speakers.parse(d.tokens.subList(sStart, first));
        if (named != null && named.form() == NamePhrase.Form.NAME)
            return named;
        // "Another former lawmaker, Sen. Joe Park (D-Ohio), said …": the first aside names whom the subject describes
        NamePhrase aside = asideName(d, first + 1, comma);
        if (aside != null)
            return aside;
        return named != null ? named : Subjects.unnamed(d, sStart, first - 1);
    }

    /** The person's name that fills the aside starting at token {@code from}, before the next comma; or null. */
    private NamePhrase asideName(DocTokens d, int from, int limit) {
        int end = from;
        while (end < limit && !d.word(end).equals(","))
            end++;
        int last = NounPhrases.skipBracket(d, end - 1, from);
        if (last < from || !Character.isUpperCase(d.word(from).charAt(0)))
            return null;
        NamePhrase named = speakers.parse(d.tokens.subList(from, last + 1));
        return named != null && named.form() == NamePhrase.Form.NAME && phrases.npLeft(d, last, from) == from ? named : null;
    }

    /** Whether tokens [{@code from}, {@code to}) read as a noun phrase: no verb, adverb, cue or quotation mark. */
    private boolean isSubject(DocTokens d, int from, int to) {
        String opener = d.word(from);
        if (!(Character.isUpperCase(opener.charAt(0)) || Character.isDigit(opener.charAt(0))
                || Subjects.OPENERS.contains(opener.toLowerCase(Locale.ROOT)))
                || OPENING_ADJUNCTS.contains(opener.toLowerCase(Locale.ROOT)))
            return false;
        for (int i = from; i < to; i++) {
            String w = d.word(i).toLowerCase(Locale.ROOT);
            if (Subjects.NOT_IN_SUBJECT.contains(w) || Subjects.CLAUSE_STARTS.contains(w) && !w.equals("and")
                    || cues.contains(w) || adverb(d, i, to) || w.matches("[\"“”'‘’`]+"))
                return false;
        }
        return true;
    }

    /**
     * Whether token {@code i} is an adverb in -ly, which shows a verb ("Prices rose sharply, …"), but not one before a
     * number inside the phrase ("The clerk of nearly ten years").
     */
    private static boolean adverb(DocTokens d, int i, int to) {
        return d.word(i).endsWith("ly") && !(i + 1 < to && (Character.isDigit(d.word(i + 1).charAt(0))
                || Subjects.OPENERS.contains(d.word(i + 1).toLowerCase(Locale.ROOT))));
    }

    /**
     * Whether the words after the cue open a reported clause: a word, not the end of the sentence or a comma, and
     * not a name followed by an adjunct or the sentence's end, which is the speaker after an inverted cue.
     */
    private boolean clauseFollows(DocTokens d, int after, int sEnd) {
        if (after >= sEnd || !Character.isLetterOrDigit(d.word(after).charAt(0)) || d.inQuote(after))
            return false;
        int npEnd = phrases.npRight(d, after, sEnd);
        if (npEnd >= sEnd)
            return false;
        String next = d.word(npEnd);
        return Character.isLetter(next.charAt(0)) && Character.isLowerCase(next.charAt(0))
                && !AFTER_INVERTED.contains(next) && !next.endsWith("ing") && sEnd - after >= 4;
    }
}

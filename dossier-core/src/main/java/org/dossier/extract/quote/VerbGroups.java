package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;

/**
 * The words of a cue's verb group that stand between its subject and the cue: perfect and modal auxiliaries ("Ukraine
 * has also said", "he would not say"), adverbs ("reportedly", "earlier"), a day ("on Friday"), an aside after the
 * name, and the "be" of a progressive cue ("the union is demanding that …"). Skipped so that the subject is read
 * from the words before them.
 */
final class VerbGroups {
    /** Words that may stand between a subject and its cue: "Ukraine has also said". */
    static final Set<String> BETWEEN = Set.of("has", "have", "had", "also", "previously", "later", "reportedly",
            "publicly", "already", "again", "recently", "then", "earlier", "repeatedly", "today", "yesterday", "once",
            "would", "will", "could", "may", "might", "did", "does", "do", "not", "n't", "n’t", "never", "just", "separately", "further");
    /**
     * Forms of "be" that make a cue in -ing progressive ("the union is demanding that …", "Trump is telling voters
     * that …"); before a past participle they would make it passive, whose subject is the audience ("he was told").
     */
    /** The forms of "be": before a participle they make a passive ("was encouraged to", "was called “…”"). */
    static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being", "am");
    private static final Set<String> PROGRESSIVE = Set.of("is", "are", "was", "were", "am", "been", "be", "'s", "’s", "'re", "’re");
    /** Words that negate a verb group; the tokenizer splits "didn't" into "did" and "n't". */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never");
    private final Audiences audiences;

    VerbGroups(Audiences audiences) {
        this.audiences = audiences;
    }

    /**
     * The token before the verb group of the cue {@code cueText} of {@code len} tokens at token {@code cue}, where its
     * subject ends; below {@code sStart} when the group opens the sentence. {@code beforeThat} when the cue is one of
     * {@link ThatCues}, whose clause follows it.
     */
    int subjectEnd(DocTokens d, int cue, int len, String cueText, boolean beforeThat, int sStart, int sEnd) {
        int j = cue - 1;
        // only before a clause: "is adding to his wins", "had been predicting a withdrawal" report no one's words
        boolean progressive = cueText.endsWith("ing") && !cueText.contains(" ") && (beforeThat || clauseFollows(d, cue + len, sEnd));
        while (j >= sStart && !d.inQuote(j) && (BETWEEN.contains(d.word(j).toLowerCase(Locale.ROOT)) || Asides.afterName(d, j, sStart)
                || progressive && PROGRESSIVE.contains(d.word(j).toLowerCase(Locale.ROOT))))
            j--;
        if (j - 1 >= sStart && d.word(j - 1).equalsIgnoreCase("on") && d.word(j).endsWith("day"))
            j -= 2;
        return j;
    }

    /** Whether the verb group in tokens [{@code from}, {@code cue}) negates the cue: "did not say", "has never said". */
    static boolean negated(DocTokens d, int from, int cue) {
        for (int k = Math.max(0, from); k < cue; k++)
            if (NEGATIONS.contains(d.word(k).toLowerCase(Locale.ROOT)))
                return true;
        return false;
    }

    /**
     * Whether a clause's "that" follows a cue ending at token {@code from}: at once, past an adjunct ("is claiming in
     * interviews that …") or past the audience of a "telling" ("is telling voters that …").
     */
    private boolean clauseFollows(DocTokens d, int from, int sEnd) {
        if (from + 1 < sEnd && d.word(from).equals("that") && ThatCues.opensClause(d.word(from + 1)) || AdjunctThat.find(d, from, sEnd) > from)
            return true;
        return audiences.thatFollows(d, from, sEnd);
    }
}

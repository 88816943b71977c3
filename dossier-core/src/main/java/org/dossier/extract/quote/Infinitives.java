package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.WordList;

/**
 * Cues whose content is a "to"-infinitive: commissive verbs of speech ("the union pledged to strike", "she threatened
 * to resign", {@code infinitive-cues.txt}), directives with the one addressed ("pressed the council to act",
 * {@code directive-cues.txt}). Verbs of intention or desire ("wants to", "plans to") are no speech and are not read
 * here, and neither are refusals to speak ("declined to comment", "refused to say whether …"): like a negated cue,
 * they report nothing the speaker said.
 */
final class Infinitives {
    private static final WordList COMMISSIVES = WordList.load("infinitive-cues.txt");
    private static final WordList DIRECTIVES = WordList.load("directive-cues.txt");
    /** The most tokens of the one addressed between a directive and its "to": "pressed the city's two largest unions to". */
    private static final int MAX_ADDRESSEE = 6;
    /** Lower-case words after "to" that open a noun phrase, not an infinitive: "offered to the court", "declined to its lowest". */
    private static final Set<String> NOT_VERBS = Set.of("the", "a", "an", "his", "her", "their", "our", "my", "your",
            "its", "these", "those", "this", "that", "all", "some", "any", "each", "every", "no", "him", "them", "us",
            "me", "both", "one", "about", "around", "nearly", "almost", "less", "more", "just", "only", "what", "where",
            "whom", "which");

    private Infinitives() {
    }

    /**
     * The number of tokens of a cue at token {@code i} that reports only the infinitive after it, or 0: a commissive
     * before "to" and a verb, or a directive before the one addressed and "to" and a verb. The cue is written in lower
     * case.
     */
    static int length(DocTokens d, int i) {
        String w = d.word(i);
        if (!Character.isLowerCase(w.charAt(0)) || i + 2 >= d.size() || d.sentenceOf[i + 2] != d.sentenceOf[i] || relative(d, i))
            return 0;
        if (COMMISSIVES.contains(w) && opens(d, i + 1))
            return 1;
        if (DIRECTIVES.contains(w) && !VerbGroups.BE_FORMS.contains(d.word(i - 1 >= 0 ? i - 1 : i).toLowerCase(Locale.ROOT)) && addressed(d, i + 1))
            return 1;
        return 0;
    }

    /**
     * Whether the commissive cue {@code verb} has its infinitive at token {@code from} ("vowed to rebuild …"), so that
     * what follows the cue is what it reports, not an adjunct of a saying that closes the sentence.
     */
    static boolean follows(DocTokens d, String verb, int from) {
        return COMMISSIVES.contains(verb) && opens(d, from);
    }

    /** Whether "to" and a verb stand at token {@code from}: a lower-case word that opens no noun phrase and is no plural. */
    static boolean opens(DocTokens d, int from) {
        if (from + 1 >= d.size() || !d.word(from).equals("to") || d.inQuote(from) || d.sentenceOf[from + 1] != d.sentenceOf[from])
            return false;
        String next = d.word(from + 1);
        String lower = next.toLowerCase(Locale.ROOT);
        boolean plural = lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us");
        return Character.isLowerCase(next.charAt(0)) && Character.isLetter(next.charAt(0)) && !plural
                && !NOT_VERBS.contains(lower);
    }

    /**
     * Whether the one addressed and then "to" and a verb follow a directive from token {@code from}: "encouraged
     * voters to register"; the one addressed is a few words with no punctuation and no quotation.
     */
    private static boolean addressed(DocTokens d, int from) {
        int sentence = d.sentenceOf[from];
        for (int k = from + 1; k <= from + MAX_ADDRESSEE && k < d.size() && d.sentenceOf[k] == sentence; k++) {
            String w = d.word(k - 1);
            if (d.inQuote(k - 1) || !Character.isLetterOrDigit(w.charAt(0)) && !w.matches("'s|’s"))
                return false;
            if (opens(d, k))
                return true;
        }
        return false;
    }

    /**
     * Whether the cue at token {@code cue} opens a relative clause ("the leaders, who have pledged to help …", "the
     * summit, where they pledged to …"): the commitment there describes the noun the clause modifies, as background,
     * and is not reported as news.
     */
    private static boolean relative(DocTokens d, int cue) {
        int sStart = d.sentenceStart(d.sentenceOf[cue]);
        int k = cue - 1;
        while (k >= sStart && (VerbGroups.BETWEEN.contains(d.word(k).toLowerCase(Locale.ROOT)) || d.word(k).endsWith("ly")))
            k--;
        if (k > sStart && PRONOUNS.contains(d.word(k).toLowerCase(Locale.ROOT)))
            k--;
        return k >= sStart && RELATIVES.contains(d.word(k).toLowerCase(Locale.ROOT));
    }

    /** Words that open a relative clause. */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "where", "whom");
    /** Subject pronouns between a relative word and its verb: "where they pledged". */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
}

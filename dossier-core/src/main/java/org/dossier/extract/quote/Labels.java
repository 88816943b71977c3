package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.WordList;

/**
 * Whether the words before a colon that opens a sentence are a label or a headline rather than a speaker: a label
 * word ("Correction: …", "The Latest: …", from {@code label-words.txt}), an adjunct that opens a sentence ("As for the
 * mayor's plan: …", from {@code sentence-adjuncts.txt}), or a headline in title case, whose inner function words are
 * capitalized ("Storm Over Budget: …") as no name's are. Stateless.
 */
final class Labels {
    private static final WordList LABELS = WordList.load("label-words.txt");
    private static final WordList ADJUNCTS = FrontSubjects.OPENING_ADJUNCTS;
    /** Function words that a headline in title case capitalizes and a name leaves in lower case. */
    private static final Set<String> TITLE_FUNCTION = Set.of("over", "for", "in", "on", "to", "with", "and", "is",
            "are", "be", "from", "at", "by", "as", "vs", "vs.", "after", "before", "into", "against", "a", "an", "the");

    private Labels() {
    }

    /** Whether tokens {@code [from, to)} of {@code d}, standing before a colon, are a label or a headline. */
    static boolean isLabel(DocTokens d, int from, int to) {
        String first = d.word(from).toLowerCase(Locale.ROOT);
        if (LABELS.contains(first) || ADJUNCTS.contains(first))
            return true;
        // "The Latest: …", the running label of wire stories, opens with its article
        if (first.equals("the") && from + 1 < to && LABELS.contains(d.word(from + 1)))
            return true;
        for (int k = from + 1; k < to; k++) {
            String w = d.word(k);
            if (Character.isUpperCase(w.charAt(0)) && TITLE_FUNCTION.contains(w.toLowerCase(Locale.ROOT)))
                return true;
        }
        return false;
    }
}

package org.dossier.eval.meantime;

import java.util.Locale;
import java.util.Set;

/**
 * How a gold mention is written, for the breakdown of the scores: a name ("General Motors", "GM"), a pronoun ("it",
 * "we", "which"), or a description, a common noun phrase ("the company", "U.S. automaker" in lower case after its
 * first word, "company").
 */
enum MentionForm {
    NAME, PRONOUN, DESCRIPTION;

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "its", "his", "her", "hers", "him", "they", "them",
            "their", "theirs", "we", "us", "our", "ours", "i", "me", "my", "mine", "you", "your", "which", "who", "whom", "whose",
            "that", "itself", "himself", "herself", "themselves", "ourselves", "myself", "where", "one");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their",
            "his", "her", "our", "my", "some", "most", "many");

    static MentionForm of(String text) {
        String t = text.strip();
        if (t.isEmpty())
            return DESCRIPTION;
        String[] w = t.split("\\s+");
        if (w.length == 1 && PRONOUNS.contains(t.toLowerCase(Locale.ROOT)))
            return PRONOUN;
        int first = DETERMINERS.contains(w[0].toLowerCase(Locale.ROOT)) && w.length > 1 ? 1 : 0;
        // "the company", "company CEO": a head in lower case; "the Air Force": a name after its article
        return Character.isLowerCase(w[first].charAt(0)) ? DESCRIPTION : NAME;
    }
}

package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.extract.WordList;
import org.dossier.model.Span;

/**
 * Drops a reported clause that is only an adjunct of the saying: "the mayor said as he left the hall", "she said
 * before the polls closed", "When the storm hit" read off a cue inside it. Such a clause opens with a word of
 * {@code saying-adjuncts.txt} and has no comma after which a main clause could stand; "said as many as 40 percent …"
 * ("as" of a comparison) stays. Stateless.
 */
final class AdjunctContents {
    private static final WordList OPENERS = WordList.load("saying-adjuncts.txt");
    /** Words after "as" that make it a comparison or a role, not a clause of time: "as many as", "as part of". */
    private static final Set<String> AS_NOT_TIME = Set.of("many", "much", "well", "long", "soon", "far", "few", "little",
            "part", "president", "secretary", "governor", "senator", "candidate", "such", "good", "high");

    private AdjunctContents() {
    }

    /** {@code found}, with the reported clause of each attribution that is only an adjunct taken away. */
    static List<Attribution> drop(String text, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found.size());
        for (Attribution a : found)
            out.add(a.content() != null && !afterThat(text, a.content().start()) && isAdjunct(a.content().of(text))
                    ? new Attribution(a.cue(), a.cueText(), a.speaker(), null, a.sentence(), a.medium(), a.rest())
                    : a);
        return out;
    }

    /**
     * The most words of an adjunct read as a whole clause: longer ones ("When she got inside the church there were no
     * ballots left for anyone in line") go on into a main clause that no comma sets off.
     */
    private static final int MAX_WORDS = 12;

    /** Whether the clause starting at {@code start} follows "that": "noted that when the campaign began …" is a report. */
    private static boolean afterThat(String text, int start) {
        String before = text.substring(Math.max(0, start - 6), start).strip().toLowerCase(java.util.Locale.ROOT);
        return before.endsWith(" that") || before.equals("that");
    }

    /** Whether {@code clause} is an adjunct of time or manner with no main clause of its own. */
    static boolean isAdjunct(String clause) {
        if (Clauses.words(clause, 0, clause.length()) > MAX_WORDS)
            return false;
        String[] w = clause.trim().split("\\s+", 3);
        if (w.length < 2 || !OPENERS.contains(w[0].toLowerCase(java.util.Locale.ROOT)))
            return false;
        if (w[0].equalsIgnoreCase("as") && AS_NOT_TIME.contains(w[1].toLowerCase(java.util.Locale.ROOT)))
            return false;
        return clause.indexOf(',') < 0;
    }
}

package org.dossier.extract.time;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dossier.extract.Resources;

/**
 * The words without which a rule cannot match ({@code rule-words.tsv}): the time tagger's rules are regular
 * expressions run over the whole text, and the tagger is about half of the pipeline's time, so a rule that needs
 * "quarter" or "century" is not run on a text that never writes the word. A rule not listed always runs.
 */
final class RuleWords {
    static final RuleWords INSTANCE = new RuleWords();

    private final Map<Rule, List<String>> words = new EnumMap<>(Rule.class);

    private RuleWords() {
        for (String[] row : Resources.rows(TimeWords.class, "rule-words.tsv", 2))
            words.put(Rule.valueOf(row[0]), List.of(row[1].split(",")));
    }

    /** Whether {@code rule} may match a text whose lower-case form is {@code lowerText}. */
    boolean mayMatch(Rule rule, String lowerText) {
        List<String> needed = words.get(rule);
        if (needed == null)
            return true;
        for (String w : needed)
            if (lowerText.contains(w))
                return true;
        return false;
    }
}

package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.dossier.testing.SharedData;
import org.junit.jupiter.api.Test;

class RuleWordsTest {
    @Test
    void aRuleRunsOnlyOnATextWithOneOfItsWords() {
        assertThat(RuleWords.INSTANCE.mayMatch(Rule.CENTURY, "the bridge was built in the last years of the 19th century.")).isTrue();
        assertThat(RuleWords.INSTANCE.mayMatch(Rule.CENTURY, "the bridge was built in 1890.")).isFalse();
        assertThat(RuleWords.INSTANCE.mayMatch(Rule.MONTH, "nothing of any month here")).isTrue();
    }

    @Test
    void theTaggerFindsTheSameWithTheWordsAsWithout() {
        String text = "Sales rose in the third quarter of 2030 and in the fiscal year ended March 31. The 19th century "
                + "mill closed over the weekend, in the week of May 6, after a decades-long feud.";
        assertThat(Timexes.find(text, java.time.LocalDate.of(2031, 5, 16))).extracting(Timex::text)
                .contains("the third quarter of 2030", "The 19th century", "the weekend", "the week of May 6", "decades-long");
    }

    /** On real news (TimeBank, AQUAINT), every match of a gated rule holds one of its words: the gate loses nothing. */
    @Test
    void everyMatchOfAGatedRuleHoldsOneOfItsWords() throws IOException {
        Path tbaq = SharedData.require("data/tempeval3/TBAQ-cleaned");
        List<Path> files;
        try (Stream<Path> s = Files.walk(tbaq)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).toList();
        }
        int matches = 0;
        for (Path f : files) {
            String text = Files.readString(f).replaceAll("<[^>]+>", " ");
            for (Rule rule : Rule.values()) {
                Matcher m = rule.pattern.matcher(text);
                while (m.find()) {
                    assertThat(RuleWords.INSTANCE.mayMatch(rule, m.group().toLowerCase(Locale.ROOT)))
                            .as("%s matched '%s' in %s", rule, m.group(), f.getFileName()).isTrue();
                    matches++;
                }
            }
        }
        assertThat(matches).isPositive();
    }
}

package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.quotes;

import org.junit.jupiter.api.Test;

/**
 * Verbs of naming before an object and a quoted label report the speaker's words woven into the sentence, each
 * construction on a sentence of our own writing. A quote prints as {@code kind|speaker|text}.
 */
class NamingCuesTest {

    @Test
    void aVerbOfNamingReportsItsObjectAndTheQuotedLabel() {
        assertThat(quotes("Harbor master Tom Reed called the new timetable “a gift to the tourists and nobody else.”"))
                .containsExactly("indirect|Tom Reed|the new timetable “a gift to the tourists and nobody else.”",
                        "direct|Tom Reed|a gift to the tourists and nobody else.");
    }

    @Test
    void aLabelAfterAsAndAParticipleAfterAClauseAreReportsToo() {
        assertThat(quotes("Mayor Lena Ortiz described the ferry plan as “a gamble with the town's money.”"))
                .contains("indirect|Lena Ortiz|the ferry plan as “a gamble with the town's money.”");
        assertThat(quotes("Mayor Lena Ortiz rejected the ferry plan, calling it “a gamble with the town's money.”"))
                .contains("indirect|Lena Ortiz|it “a gamble with the town's money.”");
    }

    @Test
    void theVerbsReportNothingWithoutAnObjectAndAQuotedLabel() {
        assertThat(quotes("The harbor board called an emergency session on Monday after the storm.")).isEmpty();
        assertThat(quotes("A small ferry called “The Osprey of the North Sea” sank near the pier.")).isEmpty();
        assertThat(quotes("The ferry plan was called “a gamble with the town's money” by the harbor board."))
                .noneMatch(q -> q.startsWith("indirect"));
    }

    @Test
    void aPronounObjectAndALabelOfOneWordAreAWholeReport() {
        assertThat(quotes("Mayor Lena Ortiz rejected the ferry plan on Monday, calling it “reckless.”"))
                .containsExactly("indirect|Lena Ortiz|it “reckless.”");
    }
}

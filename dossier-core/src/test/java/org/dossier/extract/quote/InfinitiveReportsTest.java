package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.quotes;

import org.junit.jupiter.api.Test;

/**
 * Reports whose content is a "to"-infinitive: what a speaker committed to ("pledged to …", "threatened to …") or asked
 * of others ("pressed the council to …"), each on a sentence of our own writing; a refusal reports nothing. A quote
 * prints as {@code kind|speaker|text}.
 */
class InfinitiveReportsTest {

    @Test
    void aCommissiveCueReportsItsInfinitive() {
        assertThat(quotes("Governor Rosa Lindqvist pledged to reopen the rail depot before the harvest."))
                .containsExactly("indirect|Rosa Lindqvist|to reopen the rail depot before the harvest");
        assertThat(quotes("Senator Omar Keane threatened to block the water bill unless the dam is repaired."))
                .containsExactly("indirect|Omar Keane|to block the water bill unless the dam is repaired");
        assertThat(quotes("Mayor Ida Brenner has offered to host the next round of talks in the old town hall."))
                .containsExactly("indirect|Ida Brenner|to host the next round of talks in the old town hall");
    }

    @Test
    void aCommissiveCueTakesNoObjectAsItsReport() {
        // a noun phrase after the cue is what was pledged or offered, not reported speech
        assertThat(quotes("Mayor Ida Brenner pledged her full support to the new harbor board.")).isEmpty();
        assertThat(quotes("Senator Omar Keane offered an apology to the families of the miners.")).isEmpty();
    }

    @Test
    void anInfinitiveAfterAnOpeningAdjunctIsTheReportNotTheAdjunct() {
        assertThat(quotes("After the floods of last spring, Senator Omar Keane vowed to rebuild every bridge in the county."))
                .containsExactly("indirect|Omar Keane|to rebuild every bridge in the county");
    }

    @Test
    void aCommissiveParticipleAfterBySpeaksForTheSubject() {
        assertThat(quotes("Governor Rosa Lindqvist won the farm vote by promising to cut the diesel tax in half."))
                .containsExactly("indirect|Rosa Lindqvist|to cut the diesel tax in half");
    }

    @Test
    void aDirectiveReportsTheOneAddressedAndTheInfinitive() {
        assertThat(quotes("Governor Rosa Lindqvist encouraged the farmers of the valley to sell their grain early."))
                .containsExactly("indirect|Rosa Lindqvist|the farmers of the valley to sell their grain early");
    }

    @Test
    void aDirectiveWithoutItsInfinitiveOrInThePassiveIsNoReport() {
        assertThat(quotes("Senator Omar Keane pressed the issue at the hearing on the dam.")).isEmpty();
        assertThat(quotes("The ferry crews were encouraged to report any damage to the harbor office.")).isEmpty();
    }

    @Test
    void aRefusalReportsNothing() {
        // like a negated cue: what a speaker would not say is no quote of theirs
        assertThat(quotes("Senator Omar Keane declined to comment on the leaked budget memo.")).isEmpty();
        assertThat(quotes("Mayor Ida Brenner refused to say whether the ferry contract would be renewed.")).isEmpty();
        assertThat(quotes("Governor Rosa Lindqvist refused to sign the fishing quota bill last week.")).isEmpty();
        // a falling price "declines to" a figure or a level
        assertThat(quotes("Shares of the mining company declined to their lowest level in a decade.")).isEmpty();
    }

    @Test
    void aCommitmentInARelativeClauseDescribesItsNoun() {
        assertThat(quotes("The three mayors, who have pledged to share the cost of the ferry, met again on Friday.")).isEmpty();
        assertThat(quotes("They met at the river summit, where they pledged to clean up the delta within ten years.")).isEmpty();
    }
}

package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of reported speech that a plain "X said (that) …" reader misses, each on a sentence of our own writing. A
 * quote prints as {@code kind|speaker|text}.
 */
class ReportShapesTest {

    @Test
    void anAdjunctMayStandBetweenTheCueAndTheThatOfItsClause() {
        assertThat(quotes("Mayor Ines Varga said on Thursday at a packed town hall that the ferry would run all winter."))
                .containsExactly("indirect|Ines Varga|the ferry would run all winter");
        assertThat(quotes("Senator Tom Brandt said — in a late-night post, of all places — that the vote had been rigged."))
                .containsExactly("indirect|Tom Brandt|the vote had been rigged");
    }

    @Test
    void anAdjunctAfterTheThatOpensTheClauseNotTheNarratorsWords() {
        assertThat(quotes("Senator Hana Sato wrote that after the storm, the runway lights failed twice."))
                .containsExactly("indirect|Hana Sato|after the storm, the runway lights failed twice");
    }

    @Test
    void aProgressiveCueBeforeAClauseReports() {
        assertThat(quotes("The port union is demanding that the port authority restore the night shift."))
                .containsExactly("indirect|null|the port authority restore the night shift");
        assertThat(quotes("Governor Amir Haddad is claiming in radio ads that the tolls will fall next year."))
                .containsExactly("indirect|Amir Haddad|the tolls will fall next year");
    }

    @Test
    void aProgressiveCueBeforeItsObjectReportsNothing() {
        // "adding to" and "predicting" take a noun phrase here, not a clause
        assertThat(quotes("The mayor is adding to her lead in the western wards of the city this week.")).isEmpty();
        assertThat(quotes("For years some analysts had been predicting a collapse of the local fishing fleet.")).isEmpty();
    }

    @Test
    void aParticipleCueSpeaksForTheSubjectAfterAnOpeningAdjunct() {
        assertThat(quotes("On Friday, Senator Lucia Moreno toured the flooded valley, warning that the levees would not hold another storm."))
                .containsExactly("indirect|Lucia Moreno|the levees would not hold another storm");
        assertThat(quotes("And still Governor Paul Okafor defended the budget, noting that schools would get more money."))
                .containsExactly("indirect|Paul Okafor|schools would get more money");
    }

    @Test
    void aParticipleCueOfAnUnnamedSubjectStillReports() {
        assertThat(quotes("The retired engineer walked the length of the old bridge, saying that the cracks had grown since spring."))
                .containsExactly("indirect|null|the cracks had grown since spring");
    }

    @Test
    void aParticipleCueMayReachItsClausePastAMedium() {
        assertThat(quotes("Senator Lucia Moreno pressed her case, stating on “Morning Line” that the levees were too low."))
                .containsExactly("indirect|Lucia Moreno|the levees were too low");
    }

    @Test
    void aQuotedTitleIsNoQuote() {
        assertThat(quotes("Her memoir, “The Long Road Home from Harbor Town,” sold well in the north.")).isEmpty();
        assertThat(quotes("“What a Great Night for the Harbor!” Mayor Ines Varga said.")).hasSize(1);
    }
}

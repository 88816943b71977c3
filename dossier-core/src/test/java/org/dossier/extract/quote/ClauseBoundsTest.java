package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a reported clause begins and ends, each construction on a sentence of our own writing. A quote prints as
 * {@code kind|speaker|text}.
 */
class ClauseBoundsTest {

    @Test
    void aSecondThatClauseAfterButIsStillWhatWasSaid() {
        assertThat(quotes("Mayor Lena Ortiz said the ferry would run all winter, but that the night crossings would stop in March."))
                .containsExactly("indirect|Lena Ortiz|the ferry would run all winter, but that the night crossings would stop in March");
    }

    @Test
    void aClauseAfterButWithoutThatIsStillTheNarrators() {
        assertThat(quotes("Mayor Lena Ortiz said the ferry would run all winter, but the harbor board has not voted yet."))
                .containsExactly("indirect|Lena Ortiz|the ferry would run all winter");
    }

    @Test
    void aReportInAClauseBeforeTheMainClauseEndsAtItsComma() {
        assertThat(quotes("Although the harbor master said the ferry would run all winter, the board cancelled the night crossings."))
                .containsExactly("indirect|null|the ferry would run all winter");
        assertThat(quotes("When Mayor Lena Ortiz announced that the bridge would close, traders in the old town protested."))
                .containsExactly("indirect|Lena Ortiz|the bridge would close");
    }

    @Test
    void aFrontClauseOpenedWordsBeforeItsSpeakerEndsAtItsComma() {
        assertThat(quotes("Because two harbor surveys in March and April showed that the pier was sinking, the board closed it for the summer."))
                .containsExactly("indirect|null|the pier was sinking");
        assertThat(quotes("A few weeks after Mayor Lena Ortiz promised that the ferry would run all winter, the board cancelled the night crossings."))
                .containsExactly("indirect|Lena Ortiz|the ferry would run all winter");
    }

    @Test
    void aCommaInsideADashAsideDoesNotEndAFrontClause() {
        assertThat(quotes("While the mayor argues that the old town's strengths - its port, its markets and its festivals - will draw visitors, the board wants a new mall."))
                .containsExactly("indirect|null|the old town's strengths - its port, its markets and its festivals - will draw visitors");
    }

    @Test
    void aFrontParticipleClauseOfSayingEndsAtItsComma() {
        assertThat(quotes("Having promised that the ferry would run all winter, Mayor Lena Ortiz cancelled the night crossings in May."))
                .allMatch(q -> q.endsWith("|the ferry would run all winter"));
    }

    @Test
    void aPrepositionalFrontAdjunctSetOffByACommaLeavesTheReportWhole() {
        assertThat(quotes("After the storm, Mayor Lena Ortiz said that the ferry would run all winter, weather permitting."))
                .containsExactly("indirect|Lena Ortiz|the ferry would run all winter, weather permitting");
    }

    @Test
    void anAdjunctInFrontOfTheSpeakerIsNoReport() {
        assertThat(quotes("In a radio interview on Tuesday morning, Mayor Lena Ortiz said, “The ferry will run all winter, whatever the board decides.”"))
                .containsExactly("direct|Lena Ortiz|The ferry will run all winter, whatever the board decides.");
        assertThat(quotes("Speaking to fishermen at the harbor, Mayor Lena Ortiz said, “The ferry will run all winter, whatever the board decides.”"))
                .containsExactly("direct|Lena Ortiz|The ferry will run all winter, whatever the board decides.");
    }

    @Test
    void aClauseInFrontOfTheSpeakerThatOpensWithAPrepositionIsStillAReport() {
        assertThat(quotes("In May the old pier will close for repairs, Mayor Lena Ortiz said."))
                .containsExactly("indirect|Lena Ortiz|In May the old pier will close for repairs");
    }

    @Test
    void theNarratorsAppositionAfterAParticipleCuesClauseIsNoPartOfIt() {
        assertThat(quotes("Mayor Lena Ortiz defended the budget, saying the old pier would close in May, a blow to the town's fishermen."))
                .containsExactly("indirect|Lena Ortiz|the old pier would close in May");
    }

    @Test
    void aStateOfMindToldInsideAReportIsNoSecondQuote() {
        assertThat(quotes("Mayor Lena Ortiz said she believes the old pier will close in May."))
                .containsExactly("indirect|Lena Ortiz|she believes the old pier will close in May");
        assertThat(quotes("Mayor Lena Ortiz said on Monday that she fears the ferry will stop running in winter."))
                .containsExactly("indirect|Lena Ortiz|she fears the ferry will stop running in winter");
        assertThat(quotes("Mayor Lena Ortiz said harbor master Tom Hale believes the old pier will close in May."))
                .containsExactly("indirect|Lena Ortiz|harbor master Tom Hale believes the old pier will close in May");
    }

    @Test
    void aParticipleCueAfterAQuoteClosedOnItsCommaEndsTheReport() {
        assertThat(quotes("Mayor Lena Ortiz said the old ferry is “the lifeline of the town,” adding that the board must keep it running."))
                .contains("indirect|Lena Ortiz|the old ferry is “the lifeline of the town,”");
    }

    @Test
    void aSayingSetAsideByAsAndACommaKeepsTheMainClauseAsWhatWasSaid() {
        assertThat(quotes("As the Harbor Herald reported, the old ferry, built in 1961, will be sold to a museum."))
                .containsExactly("indirect|Harbor Herald|the old ferry, built in 1961, will be sold to a museum");
    }

    @Test
    void aClauseOrPredicateOfTheSpeakerJoinedByAndIsTheNarrators() {
        assertThat(quotes("Mayor Lena Ortiz said the ferry would run all winter, and she accused the board of delaying repairs."))
                .contains("indirect|Lena Ortiz|the ferry would run all winter");
        assertThat(quotes("Mayor Lena Ortiz insists the harbor needs a second pier, and has asked the state for funds twice."))
                .contains("indirect|Lena Ortiz|the harbor needs a second pier");
        assertThat(quotes("Mayor Lena Ortiz says the ferry should run all winter, and her office is asking the state for funds."))
                .contains("indirect|Lena Ortiz|the ferry should run all winter");
    }

    @Test
    void aReportedClauseThatOpensWithAQuoteAndGoesOnIsAReport() {
        assertThat(quotes("Mayor Lena Ortiz said that “we need more money” for the repairs of the old pier."))
                .contains("indirect|Lena Ortiz|“we need more money” for the repairs of the old pier");
    }

    @Test
    void aClauseThatIsOnlyAQuoteAfterItsCueStaysADirectQuote() {
        assertThat(quotes("Mayor Lena Ortiz said that “we need more money for the old pier” today."))
                .containsExactly("direct|Lena Ortiz|we need more money for the old pier");
    }

    @Test
    void theNarratorsAppositionAtTheEndOfAReportIsNotSaid() {
        assertThat(quotes("Port officials said the ferry would stop running in March, a blow to the shops on the island."))
                .containsExactly("indirect|null|the ferry would stop running in March");
    }

    @Test
    void aListOrAMainClauseAfterTheLastCommaIsStillSaid() {
        assertThat(quotes("Mayor Lena Ortiz said she had met the governor, the harbor master and the police chief."))
                .containsExactly("indirect|Lena Ortiz|she had met the governor, the harbor master and the police chief");
        assertThat(quotes("Mayor Lena Ortiz said that despite the storms of the winter, the ferry crossed every day."))
                .containsExactly("indirect|Lena Ortiz|despite the storms of the winter, the ferry crossed every day");
    }

    @Test
    void aReportEndsAtAColonThatOpensAQuote() {
        assertThat(quotes("Mayor Lena Ortiz said the harbor had one simple rule: “Nobody sails alone in winter.”"))
                .containsExactly("indirect|Lena Ortiz|the harbor had one simple rule", "direct|Lena Ortiz|Nobody sails alone in winter.");
    }

    @Test
    void theNarratorsComparisonOrRelativeClauseAtTheEndIsNotSaid() {
        assertThat(quotes("Port officials said ticket sales reached 40,000 in May, well above what the harbor board had expected."))
                .containsExactly("indirect|null|ticket sales reached 40,000 in May");
        assertThat(quotes("Mayor Lena Ortiz said she would meet the two ferry captains, both of whom have refused the new rules."))
                .containsExactly("indirect|Lena Ortiz|she would meet the two ferry captains");
    }

    @Test
    void aPairOfDashesSetsOffAnAsideInsideTheReportButALoneDashEndsIt() {
        assertThat(quotes("Mayor Lena Ortiz said the old ferries — two of them built in 1961 — would be sold next year."))
                .containsExactly("indirect|Lena Ortiz|the old ferries — two of them built in 1961 — would be sold next year");
        assertThat(quotes("Mayor Lena Ortiz said the old ferries would be sold next year — a plan the harbor board rejected in May."))
                .containsExactly("indirect|Lena Ortiz|the old ferries would be sold next year");
    }
    @Test
    void aRelativeClauseSetOffInsideTheSubjectDoesNotEndTheReport() {
        assertThat(quotes("Mayor Lena Ortiz said the old pier, which the town built in 1902, will close for repairs in May."))
                .containsExactly("indirect|Lena Ortiz|the old pier, which the town built in 1902, will close for repairs in May");
        assertThat(quotes("The harbor master said Tom Reed, who runs the night ferry, had rebuilt the old engine twice."))
                .containsExactly("indirect|null|Tom Reed, who runs the night ferry, had rebuilt the old engine twice");
    }

    @Test
    void aRelativeClauseAfterMoreThanASubjectStillEndsTheReport() {
        assertThat(quotes("Mayor Lena Ortiz said the ferry would stop at the old pier, which the town built in 1902, every hour."))
                .containsExactly("indirect|Lena Ortiz|the ferry would stop at the old pier");
    }
}

package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.quotes;

import org.junit.jupiter.api.Test;

/** Lead-ins that make one cue with the verb of speech after them, on sentences of our own writing. */
class LeadInsTest {

    @Test
    void wentOnToSayReportsTheClauseOfSay() {
        assertThat(quotes("Dock union leader Marta Lind went on to say that the port would stay shut until June."))
                .containsExactly("indirect|Marta Lind|the port would stay shut until June");
    }

    @Test
    void aLeadInOfContinuingOrOfMannerKeepsTheSubjectAsSpeaker() {
        assertThat(quotes("Council member Rafael Soto continued to insist that the levy was fair."))
                .containsExactly("indirect|Rafael Soto|the levy was fair");
        assertThat(quotes("Mayor Dana Whitfield was quick to point out that the two starters had been injured."))
                .containsExactly("indirect|Dana Whitfield|the two starters had been injured");
    }

    @Test
    void aPassiveOfReportingMakesItsSubjectTheSpeaker() {
        assertThat(quotes("Trade Minister Olav Brenne was quoted as saying that the tariff talks had stalled."))
                .containsExactly("indirect|Olav Brenne|the tariff talks had stalled");
        assertThat(quotes("The governor, Elena Marsh, is reported to have said that the budget would be cut."))
                .containsExactly("indirect|Elena Marsh|the budget would be cut");
    }

    @Test
    void aLeadInOfRefusalReportsNothing() {
        assertThat(quotes("Harbor master Ivo Dresner declined to say whether the ferry would sail.")).isEmpty();
    }

    @Test
    void aNegatedCueReportsNothing() {
        assertThat(quotes("Harbor master Ivo Dresner did not say whether the ferry would sail.")).isEmpty();
        assertThat(quotes("Dresner didn't say that the ferry would sail.")).isEmpty();
        assertThat(quotes("Dresner has never said the harbor would close.")).isEmpty();
        assertThat(quotes("Dresner denied that the harbor would close."))
                .containsExactly("indirect|Dresner|the harbor would close");
    }

    @Test
    void aVerbWithItsOwnSayingAsObjectReportsTheNounsClause() {
        assertThat(quotes("Farm leader Jorge Almeda repeated his demand that the grain price be frozen."))
                .containsExactly("indirect|Jorge Almeda|the grain price be frozen");
        assertThat(quotes("Senator Ruth Okafor reiterated her claim that the audit had been rigged."))
                .containsExactly("indirect|Ruth Okafor|the audit had been rigged");
    }
}

package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports made by a noun of speech with its source and a that-clause, on sentences of our own writing. */
class SpeechNounsTest {

    @Test
    void aNamedPossessorsSpeechNounReportsItsClause() {
        assertThat(quotes("Voters shrugged off Mayor Ines Varga's warning that the ferry would stop running in winter."))
                .containsExactly("indirect|Ines Varga|the ferry would stop running in winter");
    }

    @Test
    void aPossessivePronounSpeaksForThePersonNamedBefore() {
        assertThat(quotes("Senator Tom Brandt toured the dam. Engineers doubted his insistence that the spillway was safe."))
                .containsExactly("indirect|Tom Brandt|the spillway was safe");
    }

    @Test
    void aSourceAfterFromSpeaksThroughTheNoun() {
        assertThat(quotes("The harbor reopened after a statement from the Harbor Authority that the channel had been cleared."))
                .containsExactly("indirect|Harbor Authority|the channel had been cleared");
    }

    @Test
    void aSpeechNounWithoutASourceOrANounOfMindReportsNothing() {
        assertThat(quotes("The claim that the bridge would close in May spread quickly through the valley towns.")).isEmpty();
        assertThat(quotes("Senator Tom Brandt spoke briefly. His fears that the dam would fail kept him awake at night.")).isEmpty();
    }
}

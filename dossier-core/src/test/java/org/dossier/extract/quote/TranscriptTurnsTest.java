package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Turns of a printed transcript, a speaker's label and a colon opening a paragraph, on texts of our own writing. */
class TranscriptTurnsTest {

    @Test
    void aLabelledTurnRunsToTheEndOfItsParagraph() {
        assertThat(quotes("Governor Nadia Holm spoke to the host on Sunday.\n\n"
                + "HOLM: Well, the levees held this time. We were lucky with the tides.\n\n"
                + "The host moved on to the budget."))
                .containsExactly("indirect|Nadia Holm|Well, the levees held this time. We were lucky with the tides");
    }

    @Test
    void questionsAndAnswersOfAnInterviewAreTurnsOfUnnamedSpeakers() {
        assertThat(quotes("Q: What did you find when you reached the valley?\n\nA: Nothing was left of the mill. The river took all of it."))
                .containsExactly("indirect|null|What did you find when you reached the valley?",
                        "indirect|null|Nothing was left of the mill. The river took all of it");
    }

    @Test
    void aLabelInsideAParagraphReportsOnlyItsSentence() {
        assertThat(quotes("The debate turned sharp. Holm: the levees held this time. The crowd cheered loudly after that."))
                .containsExactly("indirect|Holm|the levees held this time");
    }

    @Test
    void aQuotedTurnSpeaksForThePersonItsLabelNames() {
        assertThat(quotes("On the radio, Governor Nadia Holm spoke with the host Omar Reid.\n\n"
                + "\"REID: Will the ferry run this winter?\n\n"
                + "\"HOLM: It will run every day, and the fares will stay where they are.\n\n"
                + "\"We owe that much to the islanders."))
                .containsExactly("direct|Omar Reid|REID: Will the ferry run this winter?",
                        "direct|Nadia Holm|HOLM: It will run every day, and the fares will stay where they are.",
                        "direct|Nadia Holm|We owe that much to the islanders.");
    }

    @Test
    void aQuotedHeadlineLabelIsNoSpeaker() {
        assertThat(quotes("Senator Ann Reyes spoke on Monday.\n\n\"UPDATE: The vote on the harbor bill was moved to Friday."))
                .containsExactly("direct|null|UPDATE: The vote on the harbor bill was moved to Friday.");
    }
}

package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Questions reported with a named asker, on sentences of our own writing. */
class QuestionsTest {

    @Test
    void aQuestionPastTheOneAskedIsTheAskersReport() {
        assertThat(quotes("The host Omar Reid asked Governor Nadia Holm whether the ferry would run all winter."))
                .containsExactly("indirect|Omar Reid|whether the ferry would run all winter");
        assertThat(quotes("The debate ended with Omar Reid asking Nadia Holm if she would run again."))
                .containsExactly("indirect|Omar Reid|if she would run again");
    }

    @Test
    void aVerbOfAskingBeforeAWhWordReports() {
        assertThat(quotes("Senator Ann Reyes wondered why the harbor board had never published its budget."))
                .containsExactly("indirect|Ann Reyes|why the harbor board had never published its budget");
        assertThat(quotes("Senator Ann Reyes questioned how the board had chosen the new contractor."))
                .containsExactly("indirect|Ann Reyes|how the board had chosen the new contractor");
    }

    @Test
    void theAgentOfAPassiveAskingAsks() {
        assertThat(quotes("At the hearing, Senator Ann Reyes was asked by the host Omar Reid whether the tolls would rise."))
                .containsExactly("indirect|Omar Reid|whether the tolls would rise");
    }

    @Test
    void askingWithoutAQuestionReportsNothing() {
        assertThat(quotes("Senator Ann Reyes questioned the contractor's record on the old bridge repairs.")).isEmpty();
    }

    @Test
    void aQuestionFrontedBeforeItsSentenceEndsAtItsCommaAndIsNoPartOfTheAnswer() {
        assertThat(quotes("Asked by reporters if the tolls would rise, Governor Nadia Holm avoided a straight answer."))
                .containsExactly("indirect|null|if the tolls would rise");
        assertThat(quotes("Asked by Omar Reid whether she had read the audit, Nadia Holm said she had read it twice."))
                .containsExactly("indirect|Omar Reid|whether she had read the audit", "indirect|Nadia Holm|she had read it twice");
    }
}

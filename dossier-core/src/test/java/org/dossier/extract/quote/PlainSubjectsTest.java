package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.quotes;

import org.junit.jupiter.api.Test;

/** Subjects that name no one and that the name parser does not read, on sentences of our own writing. */
class PlainSubjectsTest {

    @Test
    void aCollectiveNounWithNoDeterminerAfterTheClauseSpeaks() {
        assertThat(quotes("Harbor news.\n\nThe coast road was closed for three hours on Monday, police said."))
                .containsExactly("indirect|null|The coast road was closed for three hours on Monday");
    }

    @Test
    void itBeforeItsCueSpeaksButNotInThePassive() {
        assertThat(quotes("Harbor news.\n\nThe fund published its report. It said the harbor had lost money for two years."))
                .containsExactly("indirect|null|the harbor had lost money for two years");
        assertThat(quotes("Harbor news.\n\nIt was said that the harbor had lost money for two years.")).isEmpty();
    }

    @Test
    void iSpeaksWithAVerbOfSayingButDoesNotHedge() {
        assertThat(quotes("Harbor news.\n\nI told the board that the ferry would not run in winter."))
                .containsExactly("indirect|null|the ferry would not run in winter");
        assertThat(quotes("Harbor news.\n\nI think the ferry would not run in winter.")).isEmpty();
    }

    @Test
    void aWholeAnswerIsReportedThoughShorterThanAClause() {
        assertThat(quotes("Harbor news.\n\nAsked whether she would run again, the harbor master said no."))
                .contains("indirect|null|no");
    }
}

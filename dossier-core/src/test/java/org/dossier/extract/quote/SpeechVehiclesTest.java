package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A participle cue after what carries the words, with no comma, speaks for the sentence's subject; our own sentences. */
class SpeechVehiclesTest {

    @Test
    void aStatementSayingIsTheSubjectsReport() {
        assertThat(quotes("Senator Ann Reyes issued a statement saying the plan would fail the fishermen."))
                .containsExactly("indirect|Ann Reyes|the plan would fail the fishermen");
    }

    @Test
    void theMannerOfSayingIsTheSubjectsReport() {
        assertThat(quotes("Senator Ann Reyes distanced herself from the board by saying the audit was flawed."))
                .containsExactly("indirect|Ann Reyes|the audit was flawed");
    }
}

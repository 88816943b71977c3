package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.annotate.Annotator;
import org.dossier.model.DocumentFacts;
import org.junit.jupiter.api.Test;

/** A participle cue after what carries the words, with no comma, speaks for the sentence's subject; our own sentences. */
class SpeechVehiclesTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    private static List<String> quotes(String text) {
        DocumentFacts facts = new DocumentFacts();
        EXTRACTOR.extract(ANNOTATOR.annotate("t", text, null), facts);
        return facts.quotes().stream()
                .map(q -> q.kind().name().toLowerCase() + "|" + q.speakerName() + "|" + q.text())
                .toList();
    }

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

package org.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.ingest.RawArticle;
import org.junit.jupiter.api.Test;

/** Where a document's date comes from, as FACTS.md's {@code published_source} names it. */
class PublishedSourceTest {
    private static ProcessedDocument process(String text) {
        return Pipeline.standard().process(new RawArticle("t.txt", null, null, null, null, text, RawArticle.ContentType.TEXT), null);
    }

    @Test
    void aDatelineOrALineHoldingOnlyADateIsReadOffTheText() {
        ProcessedDocument cued = process("This story is from March 10, 2031\n\nThe harbour board met and said the pier would close.");
        assertThat(cued.published()).hasToString("2031-03-10");
        assertThat(cued.publishedSource()).isEqualTo("text");
        ProcessedDocument line = process("Pier to close\n\nTuesday, 11 March 2031\n\nThe harbour board said the pier would close.");
        assertThat(line.published()).hasToString("2031-03-11");
        assertThat(line.publishedSource()).isEqualTo("text");
    }

    @Test
    void withoutAnyDateTheSourceIsNone() {
        ProcessedDocument none = process("Pier to close\n\nThe harbour board said on Tuesday that the pier would close.");
        assertThat(none.published()).isNull();
        assertThat(none.publishedSource()).isEqualTo("none");
    }
}

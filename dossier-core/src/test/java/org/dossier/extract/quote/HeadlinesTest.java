package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.quotes;

import org.junit.jupiter.api.Test;

/** Cues in a headline's title case, on headlines of our own writing. A quote prints as {@code kind|speaker|text}. */
class HeadlinesTest {

    @Test
    void aCapitalizedCueInATitleCaseHeadlineReports() {
        assertThat(quotes("Governor Ivo Dresner Says Ferry Will Run All Winter"))
                .containsExactly("indirect|Ivo Dresner|Ferry Will Run All Winter");
    }

    @Test
    void aCapitalizedCueOutsideAHeadlineIsNoCue() {
        // "Says" in a sentence written in ordinary case is part of a name or title, not a verb
        assertThat(quotes("The band played its song Simon Says at the harbor festival on Friday night.")).isEmpty();
    }

    @Test
    void aCueThatIsAlsoANounMayEndANameInAHeadline() {
        assertThat(quotes("United States Claims Fishing Rights Off the Northern Coast")).isEmpty();
    }
}

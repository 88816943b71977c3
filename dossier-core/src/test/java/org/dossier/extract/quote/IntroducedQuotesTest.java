package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.direct;

import org.junit.jupiter.api.Test;

/** A quote set out in the paragraph after the sentence that attributes it, on texts of our own writing. */
class IntroducedQuotesTest {
    @Test
    void aQuoteOpeningTheParagraphAfterAReportIsTheReportersSpeakers() {
        assertThat(direct("Mayor Ines Varga says the ferry must keep running through the winter.\n\n"
                + "“We cannot leave the islanders cut off for three months of the year.”"))
                .containsExactly("Ines Varga|We cannot leave the islanders cut off for three months of the year.");
    }

    @Test
    void aCueEndingWithAColonIntroducesTheQuoteOfTheNextParagraph() {
        assertThat(direct("The crowd fell quiet, and Senator Tom Brandt continued:\n\n"
                + "“Nobody in this valley will lose a home to the new dam, not one family.”"))
                .containsExactly("Tom Brandt|Nobody in this valley will lose a home to the new dam, not one family.");
    }

    @Test
    void aQuoteAfterAParagraphThatNamesNoSpeakerStaysUnattributed() {
        assertThat(direct("The storm reached the coast late on Sunday night.\n\n"
                + "“Nobody in this valley will lose a home to the new dam, not one family.”"))
                .containsExactly("null|Nobody in this valley will lose a home to the new dam, not one family.");
    }
}

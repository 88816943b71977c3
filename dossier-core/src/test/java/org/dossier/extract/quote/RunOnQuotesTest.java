package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.quotes;

import org.junit.jupiter.api.Test;

/**
 * Quotes that go on past where a cue or a quotation mark would end them, each construction on a sentence of our own
 * writing. A quote prints as {@code kind|speaker|text}.
 */
class RunOnQuotesTest {

    @Test
    void aShortQuotedSentenceAfterASplitQuoteIsItsSpeakersStatement() {
        assertThat(quotes("“We have a budget for the pier,” Mayor Lena Ortiz said. “It is called patience.”"))
                .containsExactly("direct|Lena Ortiz|We have a budget for the pier,", "direct|Lena Ortiz|It is called patience.");
    }

    @Test
    void aShortQuotedTermInTheNextSentenceIsStillNoQuote() {
        assertThat(quotes("“We have a budget for the pier,” Mayor Lena Ortiz said. The harbor board has other plans for the “old pier.”"))
                .containsExactly("direct|Lena Ortiz|We have a budget for the pier,");
    }

    @Test
    void aPossessiveWithABareApostropheStaysInsideTheSubject() {
        assertThat(quotes("After the vote, Mayor Lena Harris' office said the ferry would run all winter."))
                .containsExactly("indirect|Lena Harris|the ferry would run all winter");
        assertThat(quotes("After the vote, the Rivers’ lawyer said the ferry would run all winter."))
                .hasSize(1).allMatch(q -> q.endsWith("|the ferry would run all winter"));
    }

    @Test
    void theQuotedNameOfAShowBeforeTheSpeakerLeavesTheReportWhole() {
        assertThat(quotes("On Monday on Harbor Radio’s “Morning Tide,” Mayor Lena Ortiz said the ferry would run all winter."))
                .containsExactly("indirect|Lena Ortiz|the ferry would run all winter");
    }

    @Test
    void aQuoteBeforeTheSpeakerIsStillTheirsWhenNoPrepositionNamesIt() {
        assertThat(quotes("“The ferry will run,” Mayor Lena Ortiz said after the vote."))
                .containsExactly("direct|Lena Ortiz|The ferry will run,");
    }

    @Test
    void aShareWrittenWithThePercentSignIsASubjectThatSpeaks() {
        assertThat(quotes("Among ferry riders in the survey, 58% say the crossings should run all winter."))
                .containsExactly("indirect|null|the crossings should run all winter");
    }

    @Test
    void aQuoteThatIsAPrepositionsObjectBeforeTheSpeakerLeavesTheReportWhole() {
        assertThat(quotes("Walking into the hall to cheers of “Lena! Lena!,” the mayor said the ferry would run all winter."))
                .containsExactly("indirect|null|the ferry would run all winter");
    }
}

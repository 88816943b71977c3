package org.dossier.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    /** The kind of the content {@code content}, found in {@code text}. */
    private static String kind(String text, String content) {
        int start = text.indexOf(content);
        return QuoteMarks.kind(text, List.of(new Span(start, start + content.length())));
    }

    @Test
    void contentInsideCurlyMarksIsDirectWithOrWithoutTheMarks() {
        String text = "“We will win,” Smith said.";

        assertThat(kind(text, "We will win,")).isEqualTo("direct");
        assertThat(kind(text, "“We will win,”")).isEqualTo("direct");
    }

    @Test
    void contentInsideStraightOrDoubledSingleMarksIsDirect() {
        assertThat(kind("Smith said: \"We will win.\"", "We will win.")).isEqualTo("direct");
        assertThat(kind("''It's more tinkering,'' he said.", "It's more tinkering,")).isEqualTo("direct");
    }

    @Test
    void reportedSpeechWithAQuotedPhraseIsIndirect() {
        String text = "Smith said that she would “keep the details under wraps.”";

        assertThat(kind(text, "that she would “keep the details under wraps.”")).isEqualTo("indirect");
        assertThat(kind(text, "keep the details under wraps.")).isEqualTo("direct");
    }

    @Test
    void aCurlyQuoteNestedInAStraightOneDoesNotEndIt() {
        String text = "\"I read the question: “Is she fit?” Forty-three, yes,\" he said.";

        assertThat(kind(text, "I read the question: “Is she fit?” Forty-three, yes,")).isEqualTo("direct");
    }

    @Test
    void singleMarksQuoteAHeadlineButApostrophesDoNot() {
        assertThat(kind("Democrats Worried; It’s ‘in Their Heads’", "in Their Heads")).isEqualTo("direct");
        assertThat(kind("The voters’ choice is theirs", "choice is theirs")).isEqualTo("indirect");
    }

    @Test
    void aLineBreakClosesAnUnclosedQuote() {
        String text = "“We will win, he said\nRain is coming, forecasters warn.";

        assertThat(kind(text, "Rain is coming,")).isEqualTo("indirect");
    }
}

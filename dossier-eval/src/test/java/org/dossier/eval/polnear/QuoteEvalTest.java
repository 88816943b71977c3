package org.dossier.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class QuoteEvalTest {
    private static final String TEXT = "Vote\n\n“We won,” Smith said. Rain is coming, forecasters warn.\n";
    private static final PolnearArticle ARTICLE = new PolnearArticle("a", TEXT, LocalDate.of(2016, 9, 30), List.of(
            new GoldAttribution(List.of(new Span(7, 14)), new Span(22, 26), new Span(16, 21), "direct"),
            new GoldAttribution(List.of(new Span(28, 42)), new Span(56, 60), new Span(44, 55), "indirect")));

    @Test
    void aSystemIsRunOverEveryArticleAndPrintedOneRowPerKind() {
        QuoteSystem quotedOnly = (name, text, published) -> List.of(new SystemQuote(new Span(7, 14), "direct", "Smith"));

        SystemReport report = QuoteEval.evaluate("quoted", quotedOnly, List.of(ARTICLE));
        String table = QuoteEval.table("dev", List.of(ARTICLE), List.of(report));

        assertThat(report.kind("all")).isEqualTo(new KindScore("all", 2, 1, 1));
        assertThat(report.speakerAccuracy()).isEqualTo(1.0);
        assertThat(table).contains("2 gold attributions (1 direct, 1 indirect)")
                .contains("quoted   direct        1      1      1  1.000  1.000  1.000")
                .contains("quoted   indirect      1      0      0  0.000  0.000  0.000")
                .contains("quoted   all           2      1      1  1.000  0.500  0.667")
                .contains("quoted   speaker 1.000 (1/1 matched pairs with a named source)");
    }

    @Test
    void tokensAreCountedBetweenWhitespace() {
        assertThat(QuoteEval.whitespaceTokens(TEXT)).isEqualTo(10);
        assertThat(QuoteEval.whitespaceTokens("  ")).isZero();
    }
}

package org.dossier.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class BratAttributionsTest {
    private static final String TEXT = "Title\n\n“We won,” Smith said, “and we will win again.”\nRain is coming, forecasters warn.\n";

    private static final String ANN = String.join("\n",
            "T1\tSource 17 22\tSmith",
            "T2\tCue 23 27\tsaid",
            "T3\tContent 8 15;30 52\tWe won, and we will win again.",
            "T4\tAttribution 23 27\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tContent 54 69\tRain is coming,",
            "T6\tCue 82 86\twarn",
            "T7\tAttribution-no-source 82 86\twarn",
            "E2\tAttribution-no-source:T7 Cue:T6 Content:T5",
            "T8\tAttribution-no-source 82 86\twarn",
            "E3\tAttribution-no-source:T8 ",
            "");

    @Test
    void discontinuousContentKeepsEachPieceAndIsDirectWhenEveryPieceIsQuoted() {
        GoldAttribution quote = BratAttributions.parse("a.ann", ANN, TEXT).get(0);

        assertThat(quote.content()).containsExactly(new Span(8, 15), new Span(30, 52));
        assertThat(quote.contentText(TEXT)).isEqualTo("We won, and we will win again.");
        assertThat(quote.sourceText(TEXT)).isEqualTo("Smith");
        assertThat(quote.cue()).isEqualTo(new Span(23, 27));
        assertThat(quote.kind()).isEqualTo("direct");
    }

    @Test
    void anAttributionWithoutSourceHasANullSourceAndOneWithoutContentIsSkipped() {
        List<GoldAttribution> all = BratAttributions.parse("a.ann", ANN, TEXT);

        assertThat(all).hasSize(2);
        assertThat(all.get(1).source()).isNull();
        assertThat(all.get(1).contentText(TEXT)).isEqualTo("Rain is coming,");
        assertThat(all.get(1).kind()).isEqualTo("indirect");
    }

    @Test
    void twoContentFieldsAreUnitedInTextOrder() {
        String ann = "T1\tContent 30 52\tand we will win again.\nT2\tContent 8 15\tWe won,\nT3\tSource 17 22\tSmith\n"
                + "E1\tAttribution:T9 Content:T1 Source:T3 Content:T2\n";

        GoldAttribution quote = BratAttributions.parse("a.ann", ann, TEXT).get(0);

        assertThat(quote.content()).containsExactly(new Span(8, 15), new Span(30, 52));
    }

    @Test
    void aSecondContentWrittenContent2IsUnitedWithTheFirst() {
        String ann = "T1\tContent 30 52\tand we will win again.\nT2\tContent 8 15\tWe won,\nT3\tSource 17 22\tSmith\n"
                + "E1\tAttribution:T9 Content:T2 Source:T3 Content2:T1\n";

        GoldAttribution quote = BratAttributions.parse("a.ann", ann, TEXT).get(0);

        assertThat(quote.content()).containsExactly(new Span(8, 15), new Span(30, 52));
    }

    @Test
    void aSpanWhoseTextDiffersFromTheArticleNamesFileAndLine() {
        String shifted = "T1\tSource 16 21\tSmith\n";

        assertThatThrownBy(() -> BratAttributions.parse("a.ann", shifted, TEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a.ann:1")
                .hasMessageContaining(" Smit");
    }

    @Test
    void aContentOverTwoParagraphsRunsOnOverTheNextLineOfTheFile() {
        String ann = "T1\tContent 8 69\tWe won,” Smith said, “and we will win again.”\nRain is coming,\n"
                + "T2\tSource 17 22\tSmith\nE1\tAttribution:T9 Content:T1 Source:T2\n";

        List<GoldAttribution> all = BratAttributions.parse("a.ann", ann, TEXT);

        assertThat(all).hasSize(1);
        assertThat(all.get(0).sourceText(TEXT)).isEqualTo("Smith");
        assertThat(all.get(0).contentText(TEXT)).endsWith("again.”\nRain is coming,");
    }
}

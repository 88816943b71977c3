package org.dossier.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {
    private static final String TEXT = "“We won,” Smith said. He said taxes would fall. The campaign said “no comment.”";

    private static Span span(String words) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }

    private static GoldAttribution gold(String content, String source, String kind) {
        return new GoldAttribution(List.of(span(content)), null, source == null ? null : span(source), kind);
    }

    private static SystemQuote predicted(String content, String kind, String speaker) {
        return new SystemQuote(span(content), kind, speaker);
    }

    private static final List<GoldAttribution> GOLD = List.of(
            gold("We won,", "Smith", "direct"),
            gold("taxes would fall", "He", "indirect"),
            gold("no comment.", "The campaign", "direct"));

    @Test
    void aPredictionMatchesWhenHalfOfEachSideIsShared() {
        List<SystemQuote> found = List.of(predicted("taxes would", "indirect", null));

        assertThat(QuoteMatcher.match(TEXT, GOLD, found)).extracting(QuoteMatcher.Pair::gold).containsExactly(1);
    }

    @Test
    void aPredictionCoveringLessThanHalfOfTheGoldOrMostlyElseDoesNotMatch() {
        List<SystemQuote> tooShort = List.of(predicted("taxes", "indirect", null));
        List<SystemQuote> tooLong = List.of(predicted("He said taxes would fall. The campaign said", "indirect", null));

        assertThat(QuoteMatcher.match(TEXT, GOLD, tooShort)).isEmpty();
        assertThat(QuoteMatcher.match(TEXT, GOLD, tooLong)).isEmpty();
    }

    @Test
    void eachGoldIsMatchedOnceByItsBestPrediction() {
        List<SystemQuote> found = List.of(predicted("We won", "direct", null), predicted("We won,”", "direct", null),
                predicted("won,", "direct", null));

        List<QuoteMatcher.Pair> pairs = QuoteMatcher.match(TEXT, GOLD, found);

        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).dice()).isEqualTo(1.0);
    }

    @Test
    void scoresCountMatchesForTheGoldKindAndFalsePositivesForTheirOwn() {
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(TEXT, GOLD, List.of(
                predicted("We won,", "direct", "John Smith"),        // direct, right speaker
                predicted("taxes would fall", "direct", "Smith"),    // indirect gold, counted indirect
                predicted("Smith said", "indirect", null)));         // unmatched: indirect false positive

        SystemReport r = scorer.report("test", 1, 10, 2.0);

        assertThat(r.kind("direct")).isEqualTo(new KindScore("direct", 2, 1, 1));
        assertThat(r.kind("indirect")).isEqualTo(new KindScore("indirect", 1, 2, 1));
        assertThat(r.kind("all")).isEqualTo(new KindScore("all", 3, 3, 2));
        assertThat(r.kind("all").precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(r.kind("direct").recall()).isEqualTo(0.5);
        assertThat(r.kind("indirect").f1()).isCloseTo(2 * 0.5 * 1.0 / 1.5, within(1e-9));
        // only "Smith" is a named source among the matched pairs; "He" is not
        assertThat(r.speakerPairs()).isEqualTo(1);
        assertThat(r.speakerRight()).isEqualTo(1);
        assertThat(r.tokensPerSecond()).isEqualTo(5.0);
    }

    @Test
    void aWrongOrMissingSpeakerCountsAgainstAccuracy() {
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(TEXT, GOLD, List.of(predicted("We won,", "direct", "Jones")));
        scorer.add(TEXT, GOLD, List.of(predicted("We won,", "direct", null)));

        SystemReport r = scorer.report("test", 2, 20, 1.0);

        assertThat(r.speakerPairs()).isEqualTo(2);
        assertThat(r.speakerRight()).isZero();
        assertThat(r.kind("all").gold()).isEqualTo(6);
    }

    @Test
    void aQuoteSplitByItsCueMatchesTheGoldOfTwoPiecesAsOnePrediction() {
        String text = "“Prices will rise,” the minister said, “and wages will follow.” Nobody else spoke.";
        GoldAttribution split = new GoldAttribution(List.of(spanIn(text, "Prices will rise,"),
                spanIn(text, "and wages will follow.")), null, spanIn(text, "the minister"), "direct");
        List<SystemQuote> parts = List.of(
                new SystemQuote(spanIn(text, "Prices will rise,"), "direct", "Ann Lee"),
                new SystemQuote(spanIn(text, "and wages will follow."), "direct", "Ann Lee"));
        List<SystemQuote> twoSpeakers = List.of(parts.get(0),
                new SystemQuote(spanIn(text, "and wages will follow."), "direct", "Bob Ray"));

        List<QuoteMatcher.Pair> pairs = QuoteMatcher.match(text, List.of(split), parts);
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(text, List.of(split), parts);

        assertThat(pairs).singleElement().satisfies(p -> assertThat(p.predicted()).containsExactly(0, 1));
        assertThat(scorer.report("test", 1, 10, 1.0).kind("direct")).isEqualTo(new KindScore("direct", 1, 1, 1));
        // parts that name different speakers are two quotes: the longer one matches alone, the other is left over
        assertThat(QuoteMatcher.match(text, List.of(split), twoSpeakers))
                .singleElement().satisfies(p -> assertThat(p.predicted()).containsExactly(1));
    }

    private static Span spanIn(String text, String words) {
        int start = text.indexOf(words);
        return new Span(start, start + words.length());
    }
}

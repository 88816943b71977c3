package org.dossier.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class DossierQuotesTest {
    private static final DossierQuotes DOSSIER = new DossierQuotes();

    private static List<String> contents(String text) {
        return DOSSIER.quotes("t", text, LocalDate.of(2016, 5, 4)).stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void aQuoteSplitByItsCueStaysTwoQuotesOfOneSpeaker() {
        String text = "Bridge\n\n“We will build the new bridge this year,” Mayor Ann Holt said on Tuesday. “It will open to "
                + "traffic next spring.”\n";

        List<SystemQuote> quotes = DOSSIER.quotes("t", text, LocalDate.of(2016, 5, 4));

        assertThat(quotes).extracting(q -> q.content().of(text))
                .containsExactly("We will build the new bridge this year,", "It will open to traffic next spring.");
        assertThat(quotes).extracting(SystemQuote::speakerName).containsOnly(quotes.get(0).speakerName()).doesNotContainNull();
    }

    @Test
    void aQuotedPhraseInsideReportedSpeechIsPartOfTheReport() {
        String text = "Bridge\n\nMayor Ann Holt said that the new plan was “the best one the town has seen in years” for "
                + "its commuters.\n";

        assertThat(contents(text)).containsExactly(
                "the new plan was “the best one the town has seen in years” for its commuters");
    }

    @Test
    void aReportedClauseAroundItsCueIsTwoQuotesThatTheMatcherJoins() {
        String text = "Ferries\n\nThe new ferry schedule, Mayor Ann Holt said, will add three crossings every weekday.\n";
        int a = text.indexOf("The new"), b = text.indexOf("will add");
        GoldAttribution gold = new GoldAttribution(List.of(new Span(a, a + 22), new Span(b, b + 38)), null, null,
                SystemQuote.INDIRECT);

        List<SystemQuote> quotes = DOSSIER.quotes("t", text, LocalDate.of(2016, 5, 4));

        assertThat(contents(text)).containsExactly("The new ferry schedule", "will add three crossings every weekday");
        assertThat(QuoteMatcher.match(text, List.of(gold), quotes)).singleElement()
                .satisfies(p -> assertThat(p.predicted()).containsExactly(0, 1));
    }
}

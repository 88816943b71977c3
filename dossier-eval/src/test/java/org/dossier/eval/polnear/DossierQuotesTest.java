package org.dossier.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierQuotesTest {
    private static final DossierQuotes DOSSIER = new DossierQuotes();

    private static List<String> contents(String text) {
        return DOSSIER.quotes("t", text, LocalDate.of(2016, 5, 4)).stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void aQuoteThatGoesOnAfterItsCueSentenceIsOneAttribution() {
        String text = "Bridge\n\n“We will build the new bridge this year,” Mayor Ann Holt said on Tuesday. “It will open to "
                + "traffic next spring.”\n";

        assertThat(contents(text)).containsExactly(
                "We will build the new bridge this year,” Mayor Ann Holt said on Tuesday. “It will open to traffic next spring.");
    }

    @Test
    void aQuoteSplitByItsCueKeepsItsTwoPiecesWithoutTheCue() {
        String text = "Bridge\n\n“We will build the new bridge this year,” Mayor Ann Holt said on Tuesday. “It will open to "
                + "traffic next spring.”\n";

        assertThat(DOSSIER.quotes("t", text, LocalDate.of(2016, 5, 4)).get(0).pieces().stream().map(s -> s.of(text)))
                .containsExactly("We will build the new bridge this year,", "It will open to traffic next spring.");
    }

    @Test
    void aQuotedPhraseInsideReportedSpeechIsPartOfTheReport() {
        String text = "Bridge\n\nMayor Ann Holt said that the new plan was “the best one the town has seen in years” for "
                + "its commuters.\n";

        assertThat(contents(text)).containsExactly(
                "the new plan was “the best one the town has seen in years” for its commuters");
    }

    @Test
    void aReportedClauseAroundItsCueIsOneAttribution() {
        String text = "Ferries\n\nThe new ferry schedule, Mayor Ann Holt said, will add three crossings every weekday.\n";

        assertThat(contents(text)).containsExactly(
                "The new ferry schedule, Mayor Ann Holt said, will add three crossings every weekday");
    }
}

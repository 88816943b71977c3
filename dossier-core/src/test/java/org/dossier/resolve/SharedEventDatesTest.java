package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedEventDatesTest {
    private static final SharedEventDates.DatedText PREVIEW = new SharedEventDates.DatedText("preview.txt", """
            Mayor to open the new harbour in Bergen on June 11 ahead of the regatta
            The Bergen regatta on June 12 will bring crews from twelve countries.
            """, LocalDate.of(2031, 6, 9));

    private static String inferred(String text, SharedEventDates.DatedText... others) {
        return SharedEventDates.infer(text, List.of(others)).map(i -> i.date().toString()).orElse("none");
    }

    @Test
    void anOccasionCalledTodayTakesTheDateAnotherArticleGivesIt() {
        String text = "Crews from twelve countries set sail at the Bergen regatta today, in a stiff wind.\n";
        assertThat(inferred(text, PREVIEW)).isEqualTo("2031-06-12");
    }

    @Test
    void yesterdayPutsTheArticleADayAfterTheOccasion() {
        String text = "Rain spoiled the regatta in Bergen yesterday, organisers said.\n";
        assertThat(inferred(text, PREVIEW)).isEqualTo("2031-06-13");
    }

    @Test
    void theOccasionMustStandNextToTheDateInTheDatedArticle() {
        SharedEventDates.DatedText far = new SharedEventDates.DatedText("far.txt",
                "Crews reached Bergen on June 10 and trained for days before the regatta.\n", LocalDate.of(2031, 6, 11));
        String text = "The regatta in Bergen opens today.\n";
        assertThat(inferred(text, far)).isEqualTo("none");
    }

    @Test
    void anOccasionElsewhereDoesNotMatch() {
        String text = "Crews set sail at the Oslo regatta today.\n";
        assertThat(inferred(text, PREVIEW)).isEqualTo("none");
    }

    @Test
    void aTieBetweenDatesGivesNothing() {
        SharedEventDates.DatedText other = new SharedEventDates.DatedText("other.txt",
                "The Bergen regatta on June 19 was cancelled.\n", LocalDate.of(2031, 6, 20));
        String text = "The regatta in Bergen opens today.\n";
        assertThat(inferred(text, PREVIEW, other)).isEqualTo("none");
    }

    @Test
    void aHedgedCountBackInTheDatedArticleIsNoDateOfTheOccasion() {
        SharedEventDates.DatedText recap = new SharedEventDates.DatedText("recap.txt",
                "The Bergen regatta less than two weeks ago drew record crowds.\n", LocalDate.of(2031, 6, 26));
        String text = "Crews set sail at the Bergen regatta today.\n";
        assertThat(inferred(text, recap)).isEqualTo("none");
    }

    @Test
    void aCountOfDaysBackStillGivesTheDay() {
        SharedEventDates.DatedText recap = new SharedEventDates.DatedText("recap.txt",
                "The Bergen regatta three days ago drew record crowds.\n", LocalDate.of(2031, 6, 15));
        String text = "Crews set sail at the Bergen regatta today.\n";
        assertThat(inferred(text, recap)).isEqualTo("2031-06-12");
    }
}

package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedEventDatesTest {
    private static final SharedEventDates.DatedText PREVIEW = new SharedEventDates.DatedText("preview.txt", """
            Mayor to open the new harbour in Bergen on June 11 ahead of the regatta
            The Hanseatic Club's Bergen regatta on June 12 will bring crews from twelve countries.
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

    /** June 12, 2031 is a Thursday; June 17 a Tuesday. */
    private static final SharedEventDates.DatedText SUMMIT = new SharedEventDates.DatedText("summit.txt",
            "Foreign ministers arrive for the Nordic Council's Oslo summit on June 17, officials said.\n", LocalDate.of(2031, 6, 14));

    @Test
    void aPastWeekdayAloneLeavesSevenDaysOpenAndGivesNothing() {
        String text = "Crews from twelve countries raced at the Hanseatic Club's Bergen regatta on Thursday in a stiff wind.\n";
        assertThat(inferred(text, PREVIEW)).isEqualTo("none");
    }

    @Test
    void aWeekdayAndADayWordTogetherPinTheDay() {
        // Thursday (June 12) allows June 12 to 18; "tomorrow" for the summit of June 17 says June 16
        String text = "Crews raced at the Hanseatic Club's Bergen regatta on Thursday in a stiff wind.\n"
                + "The Oslo summit opens tomorrow with fisheries on the agenda.\n";
        assertThat(inferred(text, PREVIEW, SUMMIT)).isEqualTo("2031-06-16");
    }

    @Test
    void aWeekdayAndTheLatestDatedStatementTogetherPinTheDay() {
        // a future "Thursday" is June 12 seen from June 6 to 12; the statement of June 11 puts the article after it
        String text = "Organisers said on June 11 that the forecast was fair.\n"
                + "Crews will race at the Hanseatic Club's Bergen regatta on Thursday.\n";
        assertThat(inferred(text, PREVIEW)).isEqualTo("2031-06-12");
    }

    @Test
    void aWeekdayThatIsNotTheOccasionsWeekdayDoesNotMatch() {
        String text = "Organisers said on June 11 that the forecast was fair.\n"
                + "Crews will race at the Hanseatic Club's Bergen regatta on Friday.\n";
        assertThat(inferred(text, PREVIEW)).isEqualTo("none");
    }

    @Test
    void aWeekdayFarFromTheOccasionWordDoesNotAnchorIt() {
        String text = "Organisers said on June 11 that the forecast was fair.\n"
                + "The Bergen regatta drew crews from twelve countries, and the sailors will finally rest on Thursday.\n";
        assertThat(inferred(text, PREVIEW)).isEqualTo("none");
    }

    @Test
    void evidenceThatContradictsItselfGivesNothing() {
        // "yesterday" for the regatta says June 13, "tomorrow" for the summit June 16
        String text = "Rain spoiled the regatta in Bergen yesterday.\nThe Oslo summit opens tomorrow.\n";
        assertThat(inferred(text, PREVIEW, SUMMIT)).isEqualTo("none");
    }

    @Test
    void aDayWordAgainstTheArticlesOwnStatementDateGivesNothing() {
        // "today" says June 12, but a statement dated June 14 puts the article after June 14
        String text = "The mayor said on June 14 that the harbour was ready.\nCrews set sail at the Bergen regatta today.\n";
        assertThat(inferred(text, PREVIEW)).isEqualTo("none");
    }

    @Test
    void anOccasionWordInsideALongerNameIsNoOccasion() {
        assertThat(SharedEventDates.occasionNames("Staff of the Federal Election Commission in Boston met.", null)).isEmpty();
        assertThat(SharedEventDates.occasionNames("Crowds filled the Bergen Regatta on Saturday.", null)).contains("Bergen");
    }

    @Test
    void pronounsTitlesAndWordsOpeningAQuoteAreNoNames() {
        assertThat(SharedEventDates.occasionNames("Grieg said: \"I think the race was fair, and He knows it.\"", null)).isEmpty();
        assertThat(SharedEventDates.occasionNames("Voters heard Mr. Lund at the rally in Tromso.", null))
                .containsExactlyInAnyOrder("Lund", "Tromso");
    }

    @Test
    void aWeekdayNeedsTwoSharedNamesSinceItsOccasionsRecurEveryWeek() {
        // one name (Bergen) would do for "today", not for "Thursday"
        String text = "Organisers said on June 11 that the forecast was fair.\n"
                + "Crews will race at the Bergen regatta on Thursday.\n";
        assertThat(inferred(text, PREVIEW)).isEqualTo("none");
    }

    @Test
    void oneSentenceMayNameNothingOfTheOccasionThatTheOtherDoesNot() {
        // the Baltic Council's summit in Oslo is not the Nordic Council's
        String text = "Ministers gather for the Baltic Council's Oslo summit tomorrow.\n";
        assertThat(inferred(text, SUMMIT)).isEqualTo("none");
        assertThat(inferred("The Oslo summit opens tomorrow.\n", SUMMIT)).isEqualTo("2031-06-16");
    }
}

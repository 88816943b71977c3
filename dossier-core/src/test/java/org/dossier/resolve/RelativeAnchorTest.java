package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeAnchorTest {
    /** Thursday, June 12, 2031. */
    private static final LocalDate THURSDAY = LocalDate.of(2031, 6, 12);

    private static String window(String sentence) {
        List<RelativeAnchor> anchors = RelativeAnchor.find(sentence);
        assertThat(anchors).hasSize(1);
        return anchors.get(0).window(THURSDAY).toString();
    }

    @Test
    void yesterdayIsTheDayBefore() {
        assertThat(window("Rain spoiled the Bergen regatta yesterday.\n")).isEqualTo("2031-06-13");
    }

    @Test
    void aWeekdayInAPastClauseIsThatDayOrOneOfTheSixAfter() {
        assertThat(window("Crews raced at the Bergen regatta on Thursday.\n")).isEqualTo("2031-06-12/2031-06-18 (7 days)");
    }

    @Test
    void aWeekdayInAFutureClauseIsThatDayOrOneOfTheSixBefore() {
        assertThat(window("Crews will race at the Bergen regatta on Thursday.\n")).isEqualTo("2031-06-06/2031-06-12 (7 days)");
    }

    @Test
    void lastThursdayIsSeenFromTheWeekAfter() {
        assertThat(window("Crews raced at the Bergen regatta last Thursday.\n")).isEqualTo("2031-06-13/2031-06-19 (7 days)");
    }

    @Test
    void nextWeekIsSeenFromTheWeekBefore() {
        // the week of June 12 runs from Monday June 9 to Sunday June 15; the week before it from June 2, or, counted
        // from Sunday, June 1
        assertThat(window("The Bergen regatta next week will draw crews from twelve countries.\n"))
                .isEqualTo("2031-06-01/2031-06-08 (8 days)");
    }

    @Test
    void anotherWeekdayCannotNameTheDay() {
        assertThat(RelativeAnchor.find("Crews raced at the Bergen regatta on Friday.\n").get(0).window(THURSDAY).isEmpty()).isTrue();
    }

    @Test
    void aSentenceWithoutAnOccasionHasNoAnchor() {
        assertThat(RelativeAnchor.find("Crews raced in a stiff wind on Thursday.\n")).isEmpty();
    }

    @Test
    void aDayWordInsideAQuotationIsTheSpeakersDay() {
        assertThat(RelativeAnchor.find("\"We sail at the Bergen regatta today,\" the skipper said in an interview.\n")).isEmpty();
        assertThat(RelativeAnchor.find("The skipper said \"all is well\" at the Bergen regatta today.\n")).hasSize(1);
    }

    @Test
    void aWeekdayInADaysNameIsNoWeekday() {
        assertThat(RelativeAnchor.find("Crowds filled the Bergen fair on Black Friday.\n")).isEmpty();
    }
}

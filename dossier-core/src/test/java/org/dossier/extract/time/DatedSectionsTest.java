package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatedSectionsTest {
    /** A Friday. */
    private static final LocalDate DCT = LocalDate.of(2031, 5, 16);

    private static java.util.List<String> dates(String text) {
        return Timexes.find(text, DCT).stream().map(t -> t.text() + "|" + t.value()).toList();
    }

    @Test
    void theItemsOfARunInHeadingCountFromItsDay() {
        assertThat(dates("Main points on April 3: * Farmers to block roads tomorrow, union says * Port reopens today\n"
                + "Ministers met yesterday."))
                .containsExactly("April 3|2031-04-03", "tomorrow|2031-04-04", "today|2031-04-03", "yesterday|2031-05-15");
    }

    @Test
    void theLinesUnderAHeadingLineCountFromItsDayUntilTheNextHeading() {
        assertThat(dates("Updates from Tuesday:\nThe mayor will visit the dam on Thursday.\n"
                + "May 8 —\nRescuers reached the village today."))
                .containsExactly("Tuesday|2031-05-13", "Thursday|2031-05-15", "May 8|2031-05-08", "today|2031-05-08");
    }

    @Test
    void aSentenceThatNamesADayIsNoHeading() {
        assertThat(dates("Talks between the two unions resumed on April 3: both sides expect a deal today."))
                .containsExactly("April 3|2031-04-03", "today|2031-05-16");
        assertThat(dates("LONDON, April 3 - Traders expect rates to fall tomorrow."))
                .containsExactly("April 3|2031-04-03", "tomorrow|2031-05-17");
    }
}

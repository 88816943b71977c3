package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.DateValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarDatesTest {
    private static String calendar(String timeml) {
        DateValue d = CalendarDates.of(timeml, "text").orElseThrow();
        return d.value() + " " + d.granularity();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2031-05-16; 2031-05-16 day",
            "2031-05-16T18:30; 2031-05-16 day",
            "2031-05-16TEV; 2031-05-16 day",
            "2031-05; 2031-05 month",
            "2031; 2031 year",
    })
    void daysMonthsAndYearsStayAsTheyAre(String timeml, String expected) {
        assertThat(calendar(timeml)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2031-W19; 2031-05-05/2031-05-11 range",
            "2031-W19-WE; 2031-05-10/2031-05-11 range",
            "2031-W1; 2030-12-30/2031-01-05 range",
            "2026-W53; 2026-12-28/2027-01-03 range",
            "2031-Q2; 2031-04-01/2031-06-30 range",
            "2031-Q4; 2031-10-01/2031-12-31 range",
            "2031-H2; 2031-07-01/2031-12-31 range",
            "2031-SU; 2031-06-01/2031-08-31 range",
            "2031-WI; 2031-12-01/2032-02-29 range",
            "2031-05-12/2031-05-14; 2031-05-12/2031-05-14 range",
    })
    void periodsBecomeTheIntervalOfTheirFirstAndLastDay(String timeml, String expected) {
        assertThat(calendar(timeml)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"P3Y", "PRESENT_REF", "XXXX-05", "2031-WXX", "198", "2031-W54", "XXXX-SU"})
    void valuesThatNameNoKnownPeriodHaveNoCalendarDate(String timeml) {
        assertThat(CalendarDates.of(timeml, "text")).isEmpty();
    }

    @Test
    void aWeekWithinOneMonthBeginsWithThatMonth() {
        // the prefix a comparison at month granularity reads
        assertThat(CalendarDates.of("2031-W19", "text").orElseThrow().value()).startsWith("2031-05");
    }

    @Test
    void aFactDatedLastWeekendGetsTheWeekendsDays() {
        List<Timex> found = Timexes.find("Crowds gathered in the square last weekend.", LocalDate.of(2031, 5, 16));
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo("2031-W19-WE");
            assertThat(t.toDateValue("text")).isEqualTo(new DateValue("2031-05-10/2031-05-11", "range", "text"));
        });
    }
}

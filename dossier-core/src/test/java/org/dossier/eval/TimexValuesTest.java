package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimexValuesTest {
    @Test
    void aWeekNumberWithoutItsZeroIsTheSameWeek() {
        assertThat(TimexValues.same("2000-W6", "2000-W06")).isTrue();
        assertThat(TimexValues.same("1990-W8-WE", "1990-W08-WE")).isTrue();
    }

    @Test
    void otherWeeksAndValuesStayDistinct() {
        assertThat(TimexValues.same("2000-W16", "2000-W06")).isFalse();
        assertThat(TimexValues.same("2000-W6", "2000-W16")).isFalse();
        assertThat(TimexValues.same("2000-WXX", "2000-W06")).isFalse();
        assertThat(TimexValues.same("P6W", "P06W")).isFalse();
        assertThat(TimexValues.canonical("2000-06-01")).isEqualTo("2000-06-01");
    }
}

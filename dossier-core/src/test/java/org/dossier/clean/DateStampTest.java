package org.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateStampTest {
    @ParameterizedTest
    @CsvSource({
            "2024-03-05, 2024-03-05",
            "2024-03-05T23:30:00-05:00, 2024-03-05",
            "2024-03-05T23:30:00.000Z, 2024-03-05",
            "' 2024-3-5 10:00', 2024-03-05",
            "20240305, 2024-03-05",
            "'Tue, 5 Mar 2024 10:00:00 GMT', 2024-03-05"})
    void machineWrittenTimestampsGiveTheDateAsWritten(String stamp, LocalDate date) {
        assertThat(DateStamp.parse(stamp)).contains(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2024-13-01", "2024-02-30", "12345678901"})
    void anythingElseGivesNoDate(String stamp) {
        assertThat(DateStamp.parse(stamp)).isEmpty();
    }
}

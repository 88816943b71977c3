package org.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            " date 2024-11-05 Voters went to the polls.|2024-11-05",
            "Published 8 March 2025\\nLeaders met.|2025-03-08",
            "Headline here\\nUpdated: Saturday, March 8, 2025 at 10:00\\nLeaders met.|2025-03-08",
            "Posted on Dec. 3, 2024 by staff\\nText.|2024-12-03",
            "2025-01-31 The talks ended.|2025-01-31",
    })
    void readsTheDateAnArticleStatesAtItsTop(String text, String date) {
        assertThat(Dateline.find(text.replace("\\n", "\n"))).contains(LocalDate.parse(date));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Leaders met on March 8, 2025 in Brussels.",
            "The summit, published in 2025-03-08 minutes, was short.",
    })
    void ignoresDatesOfTheStoryItself(String text) {
        assertThat(Dateline.find(text)).isEmpty();
    }
}

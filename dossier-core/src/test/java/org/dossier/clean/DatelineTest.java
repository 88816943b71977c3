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
            "This story is from March 10, 2002\\n\\nlucknow: the committee met.|2002-03-10",
            "This article was published on 4 June 2019\\nText.|2019-06-04",
    })
    void readsTheDateAnArticleStatesAtItsTop(String text, String date) {
        assertThat(Dateline.find(text.replace("\\n", "\n"))).contains(LocalDate.parse(date));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Leaders met on March 8, 2025 in Brussels.",
            "The summit, published in 2025-03-08 minutes, was short.",
            "Talks resume\\nOn June 4, 2019 the delegations met in Geneva.",
            "This story is about March 10, 2002, when the committee met.",
    })
    void ignoresDatesOfTheStoryItself(String text) {
        assertThat(Dateline.find(text.replace("\\n", "\n"))).isEmpty();
    }
}

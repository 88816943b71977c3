package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Month and weekday names written in lower case, as some feeds deliver whole articles. */
class LowerCaseNamesTest {
    /** A Sunday. */
    private static final LocalDate DCT = LocalDate.of(2002, 3, 10);

    private static String all(String text) {
        List<Timex> found = Timexes.find(text, DCT);
        return found.stream().map(t -> t.text() + "|" + t.value()).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "the shop was looted on saturday night.; saturday night|2002-03-09",
            "a mob gathered outside the station last tuesday.; last tuesday|2002-03-05",
            "the hearing will resume on monday.; monday|2002-03-11",
            "the curfew was lifted on february 26.; february 26|2002-02-26",
            "the bridge was closed in january.; january|2002-01",
            "the march 15 protest drew thousands of farmers.; march 15|2002-03-15",
            "the two men were arrested on march 4 near the bus stand.; march 4|2002-03-04",
            "the court had granted him bail in may last year.; may last year|2001-05",
            "the case has been pending since may.; may|2001-05",
            "nagpur, march 9 (pti): four shops were set on fire.; march 9|2002-03-09",
            "the riots broke out in mid-march.; mid-march|2002-03",
            "the union will not call off its march 20 strike.; march 20|2002-03-20",
            "the teachers' union's march 20 strike was called off.; march 20|2002-03-20",
            "the bus depot stays shut for march 18 and 19 alone.; march 18 and 19|2002-03-18/2002-03-19",
            "the shops stay shut from march 11 to march 13 in the old city.; march 11|2002-03-11 march 13|2002-03-13",
            "the roads were cleared. march 4 is the day of the count.; march 4|2002-03-04",
            "the accounts for the year ended march 31 were filed late.; the year|P1Y march 31|2002-03-31",
            "the stadium hosted its first match on august 14.; august 14|2001-08-14",
            "the licence expired on dec. 12 and was not renewed.; dec. 12|2001-12-12",
            "the polls closed at 5 p.m. on friday.; 5 p.m. on friday|2002-03-08T17:00",
            "the flight left at 0630 gmt.; 0630 gmt|2002-03-10T06:30Z",
    })
    void lowerCaseNamesAreReadAsDatesWhereTheyCanBeNothingElse(String sentence, String expected) {
        assertThat(all(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "you may 5 times ask the clerk and get no answer.",
            "the top 5 may be replaced after the review.",
            "the students plan to march 15 kilometres to the collector's office.",
            "let's march 15 kilometres to the collector's office, the leader said.",
            "the farmers said this march would be their last.",
            "the accused fled and may have crossed the border.",
            "an august gathering of judges heard the plea.",
            "the visitors included jan kavan and his aide.",
    })
    void lowerCaseWordsThatAreAlsoNamesAreNotDatesWithoutACue(String sentence) {
        assertThat(all(sentence)).isEmpty();
    }

    @Test
    void inACasedTextALowerCaseModalIsNeverAMonthEvenAfterACue() {
        assertThat(all("The Mayor said the rally in may 5 districts was peaceful.")).isEmpty();
        assertThat(all("The rally in may 5 districts was peaceful.".toLowerCase())).isEqualTo("may 5|2002-05-05");
    }

    @Test
    void capitalizedNamesAreReadAsBefore() {
        assertThat(all("Protesters marched on March 15 and again in May.")).isEqualTo("March 15|2002-03-15 May|2001-05");
        assertThat(all("The Mayor met Jan Kavan on Monday.")).isEqualTo("Monday|2002-03-04");
    }

    @Test
    void aTextWithAlmostNoCapitalsIsCaseless() {
        assertThat(LowerCaseNames.caseless("police said the shop was looted on saturday.")).isTrue();
        assertThat(LowerCaseNames.caseless("Police said the shop was looted on Saturday.")).isFalse();
        // a cased header over a lower-cased body: most sentences start in lower case
        String body = "police said the shop near the old bus stand was looted late at night. the owner was away at a wedding. "
                + "two men were held on the highway with the goods. the rest of the gang is still at large.";
        assertThat(LowerCaseNames.caseless("Filed on March 3\n\n" + body)).isTrue();
        assertThat(LowerCaseNames.caseless("Filed on March 3\n\n" + body.replace(". t", ". T").replace("police", "Police"))).isFalse();
    }
}

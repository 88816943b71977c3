package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnaphoraTest {
    /** A Friday. */
    private static final LocalDate DCT = LocalDate.of(2031, 5, 16);

    /** The last expression of {@code text}, as text|type|value. */
    private static String last(String text) {
        var found = Timexes.find(text, DCT);
        Timex t = found.get(found.size() - 1);
        return t.text() + "|" + t.type() + "|" + t.value();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The canal was dredged in August 2027. Later that year it silted up again.; Later that year|DATE|2027",
            "Ballots were counted in February. The following month the court annulled them.; The following month|DATE|2031-03",
            "The ferry docked on March 3, 2029. The next morning the crew went ashore.; The next morning|DATE|2029-03-04",
            "The ferry docked on March 3, 2029, and the previous Friday it had left port.; the previous Friday|DATE|2029-03-02",
            "The strike began last October. That same day the mill closed.; That same day|DATE|2030-10-XX",
            "Output grew in the first quarter of 2029, and exports doubled in that quarter.; that quarter|DATE|2029-Q1",
            "Turnout was low in 2026 and lower the following year.; the following year|DATE|2027",
            "Car sales fell 12% in January 2030 against the same month a year ago.; the same month a year ago|DATE|2029-01",
            "The flood came on April 2, 2030, and the preceding day had been calm.; the preceding day|DATE|2030-04-01",
    })
    void anAnaphoricExpressionCountsFromTheDateNamedBeforeIt(String text, String expected) {
        assertThat(last(text)).isEqualTo(expected);
    }

    @Test
    void withNoDateBeforeItItCountsFromTheDocumentDate() {
        assertThat(last("Rents fell sharply the previous year.")).isEqualTo("the previous year|DATE|2030");
    }

    @Test
    void aUnitThatModifiesANounIsNoTime() {
        assertThat(Timexes.find("The mayor said that day care would be free.", DCT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The envoys reported to parliament on Tuesday on talks held in Oslo a day earlier.; a day earlier|DATE|2031-05-12",
            "The dam was closed on June 9, 2029, and reopened two weeks later.; two weeks later|DATE|2029-06-23",
            "The treaty was signed in March 2028 and ratified three months after that.; three months after that|DATE|2028-06",
            "Exports reached a record in 2027, against a slump a year earlier.; a year earlier|DATE|2026",
    })
    void anOffsetCountsFromTheDateNamedBeforeItInItsSentence(String text, String expected) {
        assertThat(last(text)).isEqualTo(expected);
    }

    @Test
    void anOffsetWithNoDateBeforeItInItsSentenceKeepsItsReading() {
        assertThat(last("The port was shut in 2027. Prices had doubled a year earlier.")).isEqualTo("a year earlier|DATE|2030");
        assertThat(last("The port was shut on May 2. Trade resumed three days later.")).isEqualTo("three days|DURATION|P3D");
    }
}

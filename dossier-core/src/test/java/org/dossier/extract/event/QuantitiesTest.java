package org.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "pledged three billion euros in aid|3000000000|EUR|-",
            "a package worth $45 billion|45000000000|USD|-",
            "loans of €4bn for the grid|4000000000|EUR|-",
            "a £2.5bn credit line|2500000000|GBP|-",
            "raised over $200 million from donors|200000000|USD|min",
            "deployed 4,500 soldiers to the border|4500|soldiers|-",
            "sent more than 12,000 troops|12000|troops|min",
            "at least 9 people were killed|9|people|min",
            "up to 300 additional soldiers|300|soldiers|max",
    })
    void normalizesAmountsWithTheirUnit(String text, double amount, String unit, String bound) {
        Quantity q = Quantities.find(text, 0).get(0).quantity();
        assertThat(q.amount()).isEqualTo(amount);
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.bound()).isEqualTo(bound);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fired hundreds of drones overnight|drones (hundreds)",
            "thousands of troops massed nearby|troops (thousands)",
    })
    void keepsVagueAmountsAsWordsWithoutANumber(String text, String what) {
        Quantity q = Quantities.find(text, 0).get(0).quantity();
        assertThat(q.amount()).isNull();
        assertThat(q.what()).isEqualTo(what);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"the war of 2022 soldiers remember", "in 2024 people voted"})
    void takesNoYearForACount(String text) {
        assertThat(Quantities.find(text, 0)).isEmpty();
    }
}

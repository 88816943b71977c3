package org.dossier.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

/** How a text uses a country's name: as an actor, a modifier, a place or part of an amount. */
class CountryUseTest {
    private static boolean notActing(String text, String country) {
        int at = text.indexOf(country);
        return CountryUse.notActing(text, new Span(at, at + country.length()));
    }

    @Test
    void aCountryWithACurrencysSignIsPartOfAnAmount() {
        assertThat(notActing("Vardo expects a profit of NZ$ 40 million.", "NZ")).isTrue();
    }

    @Test
    void aCountryThatSpeaksActs() {
        assertThat(notActing("Norway said it would sign.", "Norway")).isFalse();
    }

    @Test
    void aCountryNameEndingARegionsNameIsNoCountry() {
        assertThat(notActing("Vardo will close plants across South America.", "America")).isTrue();
    }
}

package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void caseAccentsAndWhiteSpaceFoldAway() {
        assertThat(NameKey.of("  Volodýmyr\u00a0\tZELÉNSKYY ")).isEqualTo("volodymyr zelenskyy");
    }

    @Test
    void punctuationStays() {
        assertThat(NameKey.of("U.K.")).isEqualTo("u.k.");
    }

    @Test
    void theSurnameKeyIsTheLastWordOfAKeyOfSeveral() {
        assertThat(NameKey.surname("volodymyr zelenskyy")).isEqualTo("zelenskyy");
        assertThat(NameKey.surname("zelenskyy")).isNull();
    }
}

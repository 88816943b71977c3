package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WordOverlapTest {
    @Test
    void wordsAreComparedAsLowercaseBags() {
        WordOverlap o = WordOverlap.of("The cat, the HAT.", "the cat sat");
        // ours: the×2 cat hat (4); theirs: the cat sat (3); common: the cat (2)
        assertThat(o.precision()).isEqualTo(0.5);
        assertThat(o.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(o.f1()).isCloseTo(4 / 7.0, within(1e-9));
    }

    @Test
    void twoEmptyTextsAgreeAndOneEmptyTextScoresZero() {
        assertThat(WordOverlap.of("", " ").f1()).isEqualTo(1);
        assertThat(WordOverlap.of("", "words").f1()).isZero();
    }
}

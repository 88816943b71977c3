package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-pass fold of plain names gives what the Unicode fold gives. */
class GazetteerKeyTest {
    @ParameterizedTest
    @ValueSource(strings = {"Downing Street", "  the   White\tHouse \n", "NATO", "Kyiv's", "U.K.", "", " ",
            "Élysée Palace", "Zelenskyy’s office", "São Tomé", "Moscow\u00a0region"})
    void foldsLikeTheUnicodeFold(String name) {
        assertThat(Gazetteer.key(name)).isEqualTo(Gazetteer.foldUnicode(name));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomAsciiNamesFoldLikeTheUnicodeFold(long seed) {
        Random random = new Random(seed);
        String alphabet = "aZ .'-\t\n\r~0";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--)
                b.append(random.nextBoolean() ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) (' ' + random.nextInt(95)));
            assertThat(Gazetteer.key(b.toString())).as("'%s'", b).isEqualTo(Gazetteer.foldUnicode(b.toString()));
        }
    }
}

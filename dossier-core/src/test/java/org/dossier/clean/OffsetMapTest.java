package org.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class OffsetMapTest {
    @Test
    void copiedPiecesMapOneToOne() {
        // clean "abXY" from raw "ab---XY"
        OffsetMap map = new OffsetMap.Builder().copy(0, 2).copy(5, 2).build();
        assertThat(map.toRaw(1)).isEqualTo(1);
        assertThat(map.toRaw(2)).isEqualTo(5);
        assertThat(map.toRaw(new Span(1, 4))).isEqualTo(new Span(1, 7));
    }

    @Test
    void replacedPiecesMapToTheirWholeRawRange() {
        // clean "a“b" from raw "aâ€œb"
        OffsetMap map = new OffsetMap.Builder().copy(0, 1).add(1, 1, 3).copy(4, 1).build();
        assertThat(map.toRaw(new Span(1, 2))).isEqualTo(new Span(1, 4));
        assertThat(map.toRaw(2)).isEqualTo(4);
    }

    @Test
    void composedMapsLeadFromCleanToRaw() {
        OffsetMap repaired = new OffsetMap.Builder().copy(0, 1).add(1, 1, 3).copy(4, 10).build(); // mid -> raw
        OffsetMap cleaned = new OffsetMap.Builder().copy(0, 2).copy(6, 3).build();                // clean -> mid
        OffsetMap both = cleaned.then(repaired);
        assertThat(both.toRaw(0)).isEqualTo(0);
        assertThat(both.toRaw(new Span(1, 2))).isEqualTo(new Span(1, 4));
        assertThat(both.toRaw(2)).isEqualTo(8);
    }

    @Test
    void survivesARoundTripThroughItsArrayForm() {
        OffsetMap map = new OffsetMap.Builder().copy(0, 2).add(1, 2, 3).copy(9, 4).build();
        OffsetMap back = OffsetMap.fromArray(map.toArray());
        for (int i = 0; i <= 7; i++)
            assertThat(back.toRaw(i)).isEqualTo(map.toRaw(i));
    }
}

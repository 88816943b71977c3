package org.dossier.extract.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionHistoryTest {
    private record P(String stance, String date) {
    }

    private static List<String> shown(List<P> ps) {
        return PositionHistory.of(ps, P::stance, P::date).stream()
                .map(s -> s.date() + " " + s.stance() + (s.shift() ? " (was " + s.shiftedFrom() + ")" : "")).toList();
    }

    @Test
    void positionsAreOrderedByDateAndAChangeOfStanceIsAShift() {
        assertThat(shown(List.of(new P("oppose", "2025-03-15"), new P("support", "2025-02"), new P("support", "2025-01-10"))))
                .containsExactly("2025-01-10 support", "2025-02 support", "2025-03-15 oppose (was support)");
    }

    @Test
    void neutralNeitherShiftsNorHidesTheStanceHeld() {
        var history = PositionHistory.of(List.of(new P("support", "2025-01-01"), new P("neutral", "2025-02-01"), new P("support", "2025-03-01")),
                P::stance, P::date);
        assertThat(history).noneMatch(PositionHistory.Step::shift);
        assertThat(PositionHistory.latest(history)).isEqualTo("support");
    }

    @Test
    void undatedPositionsComeLast() {
        assertThat(shown(List.of(new P("conditional", null), new P("support", "2024-12-01"))))
                .containsExactly("2024-12-01 support", "null conditional (was support)");
    }
}

package org.dossier.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.ActorKind;
import org.dossier.model.DateValue;
import org.dossier.model.Span;
import org.dossier.store.StoredActor;
import org.dossier.store.StoredDocument;
import org.dossier.store.StoredPosition;
import org.junit.jupiter.api.Test;

class PositionMatrixTest {
    private static final StoredActor ITALY = new StoredActor(1, ActorKind.COUNTRY, "Italy", List.of(), "IT", List.of());
    private static final StoredActor MELONI = new StoredActor(2, ActorKind.PERSON, "Giorgia Meloni", List.of(), "IT", List.of());
    private static final StoredActor POPE = new StoredActor(3, ActorKind.PERSON, "Pope Leo", List.of(), null, List.of());

    private static StoredPosition position(long id, StoredActor a, String stance, String date) {
        return new StoredPosition(id, a.id(), a.name(), "foreign-troops", stance,
                date == null ? null : new DateValue(date, "day", null), 1, new Span(0, 1));
    }

    private static final List<StoredPosition> POSITIONS = List.of(
            position(1, MELONI, "support", "2025-02-01"),
            position(2, ITALY, "oppose", "2025-03-15"),
            position(3, POPE, "support", null));
    private static final List<StoredDocument> DOCUMENTS = List.of();

    @Test
    void withoutRollUpEachHolderStandsForItself() {
        PositionMatrix m = PositionMatrix.of(POSITIONS, List.of(ITALY, MELONI, POPE), DOCUMENTS, false);
        assertThat(m.holders()).containsExactly("Giorgia Meloni", "Italy", "Pope Leo");
    }

    @Test
    void rollUpCountsAPersonsPositionsAsTheirCountrysAndMarksTheShift() {
        PositionMatrix m = PositionMatrix.of(POSITIONS, List.of(ITALY, MELONI, POPE), DOCUMENTS, true);
        assertThat(m.holders()).containsExactly("Italy", "Pope Leo");
        PositionMatrix.Cell italy = m.cells("ital", "foreign-troops").get(0);
        assertThat(italy.history()).extracting(s -> s.date() + " " + s.stance() + " " + s.shiftedFrom())
                .containsExactly("2025-02-01 support null", "2025-03-15 oppose support");
        assertThat(italy.latest()).isEqualTo("oppose");
        assertThat(italy.shifted()).isTrue();
    }
}

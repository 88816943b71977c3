package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.store.TestDocuments.actor;
import static org.dossier.store.TestDocuments.document;
import static org.dossier.store.TestDocuments.span;

import java.nio.file.Path;
import java.util.List;
import org.dossier.model.ActorKind;
import org.dossier.model.DateValue;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One event across articles: previewed, held and debriefed, it is one record with one source per report. */
class EventMergeTest {
    @TempDir
    Path dir;

    private static Event summit(String text, String status, String date, String... countries) {
        List<Participant> ps = java.util.Arrays.stream(countries).map(c -> new Participant(c, c, "participant")).toList();
        return new Event("CONSULT", "multilateral", status, "summit", ps, null,
                date == null ? null : new DateValue(date, date.length() == 10 ? "day" : "month", "text"), null, span(text, text));
    }

    private void save(Store store, String name, String text, Event e) {
        store.save(document(name, text, f -> {
            for (Participant p : e.participants())
                f.put(actor(p.actorKey(), ActorKind.COUNTRY, p.name()));
            f.add(e);
        }));
    }

    @Test
    void reportsOfOneSummitWithAgreeingDatesAndASharedParticipantAreOneEvent() {
        try (Store store = Store.open(dir)) {
            save(store, "preview", "Leaders will meet in Oslo.", summit("Leaders will meet in Oslo.", "planned", "2025-05", "Norway", "Sweden"));
            save(store, "report", "Leaders met in Oslo on May 6.", summit("Leaders met in Oslo on May 6.", "occurred", "2025-05-06", "Sweden", "Finland"));

            assertThat(store.events()).singleElement().satisfies(e -> {
                assertThat(e.sources()).hasSize(2);
                assertThat(e.status()).isEqualTo("occurred");
                assertThat(e.date().value()).isEqualTo("2025-05-06");
                assertThat(e.participants()).extracting(StoredEvent.Participant::name).containsExactly("Norway", "Sweden", "Finland");
            });
        }
    }

    @Test
    void differentDaysOrNoSharedParticipantOrNoDateKeepEventsApart() {
        try (Store store = Store.open(dir)) {
            save(store, "a", "Met on May 6.", summit("Met on May 6.", "occurred", "2025-05-06", "Norway"));
            save(store, "b", "Met on May 7.", summit("Met on May 7.", "occurred", "2025-05-07", "Norway"));
            save(store, "c", "Met on May 6 too.", summit("Met on May 6 too.", "occurred", "2025-05-06", "Chile"));
            save(store, "d", "Met some day.", summit("Met some day.", "occurred", null, "Norway"));

            assertThat(store.events()).hasSize(4);
        }
    }

    @Test
    void twoSentencesOfOneArticleAreTwoEvents() {
        try (Store store = Store.open(dir)) {
            String text = "Leaders met in Oslo on May 6. Two of them also met for dinner on May 6.";
            store.save(document("one", text, f -> {
                f.put(actor("Norway", ActorKind.COUNTRY, "Norway"));
                f.add(summit(text, "occurred", "2025-05-06", "Norway"));
                f.add(summit(text, "occurred", "2025-05-06", "Norway"));
            }));

            assertThat(store.events()).hasSize(2);
        }
    }

    private static Event meeting(String text, String place, String... countries) {
        List<Participant> ps = java.util.Arrays.stream(countries).map(c -> new Participant(c, c, "participant")).toList();
        return new Event("CONSULT", null, "occurred", "meeting", ps, place, new DateValue("2025-05-06", "day", "text"), null, span(text, text));
    }

    @Test
    void aMeetingOfTwoSidesWithAnotherCounterpartIsAnotherEvent() {
        try (Store store = Store.open(dir)) {
            save(store, "a", "Chile met Peru on May 6.", meeting("Chile met Peru on May 6.", null, "Chile", "Peru"));
            save(store, "b", "Chile met Bolivia on May 6.", meeting("Chile met Bolivia on May 6.", null, "Chile", "Bolivia"));
            save(store, "c", "Chile and Peru met on May 6.", meeting("Chile and Peru met on May 6.", null, "Peru", "Chile"));

            assertThat(store.events()).extracting(e -> e.sources().size()).containsExactly(2, 1);
        }
    }

    @Test
    void reportsThatNameTwoPlacesAreTwoEvents() {
        try (Store store = Store.open(dir)) {
            save(store, "a", "Chile met envoys in Quito on May 6.", meeting("Chile met envoys in Quito on May 6.", "Quito", "Chile"));
            save(store, "b", "Chile met envoys in Lima on May 6.", meeting("Chile met envoys in Lima on May 6.", "Lima", "Chile"));
            save(store, "c", "Chile met envoys on May 6.", meeting("Chile met envoys on May 6.", null, "Chile"));

            assertThat(store.events()).extracting(e -> e.sources().size()).containsExactly(2, 1);
        }
    }
}

package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dossier.store.TestDocuments.actor;
import static org.dossier.store.TestDocuments.document;
import static org.dossier.store.TestDocuments.span;

import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Event;
import org.dossier.model.Position;
import org.dossier.model.Quote;
import org.dossier.model.Role;
import org.dossier.pipeline.ProcessedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreAtomicityTest {
    static final String TEXT = "Prime Minister Meloni said Italy would not send troops.";

    @TempDir
    Path dir;

    /** Actors, a quote and a good event come before the event that fails, so a partial save would show. */
    static void factsBeforeTheFailure(DocumentFacts f) {
        f.put(new Actor("m", ActorKind.PERSON, "Giorgia Meloni", List.of("Meloni"), "IT",
                List.of(new Role("Prime Minister", "IT", span(TEXT, "Prime Minister")))));
        f.put(actor("it", ActorKind.COUNTRY, "Italy"));
        f.add(new Quote(span(TEXT, "Italy would not send troops"), "Italy would not send troops",
                Quote.Kind.INDIRECT, "m", "Giorgia Meloni", null, "said", null, null, List.of()));
        f.add(new Event("REJECT", null, "occurred", null, List.of(), null, null, null, span(TEXT, TEXT)));
    }

    /** An event whose type is longer than its column allows. */
    static Event overlongEvent() {
        return new Event("X".repeat(100), null, "occurred", null, List.of(), null, null, null, span(TEXT, TEXT));
    }

    @Test
    void aFactTheDatabaseRefusesLeavesNothingOfTheDocument() {
        try (Store store = Store.open(dir)) {
            store.save(document("earlier", "Meloni.", f -> f.put(actor("m", ActorKind.PERSON, "Meloni"))));
            Counts before = store.counts();
            ProcessedDocument bad = document("bad", TEXT, f -> {
                factsBeforeTheFailure(f);
                f.add(overlongEvent());
            });

            assertThatThrownBy(() -> store.save(bad)).isInstanceOf(StoreException.class).hasMessageContaining("bad");

            assertThat(store.counts()).isEqualTo(before);
            assertThat(store.contains(bad.contentHash())).isFalse();
            assertThat(store.actors()).singleElement().satisfies(meloni -> {
                assertThat(meloni.aliases()).isEmpty();
                assertThat(meloni.roles()).isEmpty();
                assertThat(meloni.country()).isNull();
            });
        }
    }

    @Test
    void aFactNamingAnUnknownActorLeavesNothingOfTheDocument() {
        try (Store store = Store.open(dir)) {
            ProcessedDocument bad = document("bad", TEXT, f -> {
                factsBeforeTheFailure(f);
                f.add(new Position("nobody", "Nobody", "foreign-troops", "oppose", null, span(TEXT, TEXT)));
            });

            assertThatThrownBy(() -> store.save(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("nobody");

            assertThat(store.counts()).isEqualTo(new Counts(0, 0, 0, 0, 0, 0));
        }
    }

    @Test
    void aDocumentThatFailedCanBeSavedOnceFixed() {
        try (Store store = Store.open(dir)) {
            ProcessedDocument bad = document("doc", TEXT, f -> {
                factsBeforeTheFailure(f);
                f.add(overlongEvent());
            });
            assertThatThrownBy(() -> store.save(bad)).isInstanceOf(StoreException.class);

            SaveResult fixed = store.save(document("doc", TEXT, StoreAtomicityTest::factsBeforeTheFailure));

            assertThat(fixed.isStored()).isTrue();
            assertThat(store.counts()).isEqualTo(new Counts(1, 2, 1, 1, 0, 0));
        }
    }
}

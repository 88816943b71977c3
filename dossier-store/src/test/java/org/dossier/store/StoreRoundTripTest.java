package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.store.TestDocuments.span;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dossier.clean.OffsetMap;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.DateValue;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.dossier.model.Position;
import org.dossier.model.Quantity;
import org.dossier.model.Quote;
import org.dossier.model.Role;
import org.dossier.model.Span;
import org.dossier.pipeline.ProcessedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRoundTripTest {
    static final String RAW = "MENU\nItalian Prime Minister Giorgia Meloni said: \"We need durable solutions.\"\n\n"
            + "France will send two billion euros of military aid to Ukraine.\nShare this";
    static final String TEXT = RAW.substring(5, RAW.length() - 11);

    @TempDir
    Path dir;

    static ProcessedDocument fullDocument() {
        DocumentFacts facts = new DocumentFacts();
        facts.put(new Actor("m", ActorKind.PERSON, "Giorgia Meloni", List.of("Meloni", "Prime Minister Meloni"),
                "IT", List.of(new Role("Prime Minister", "IT", span(TEXT, "Italian Prime Minister")))));
        facts.put(new Actor("fr", ActorKind.COUNTRY, "France", List.of(), "FR", List.of()));
        facts.put(new Actor("ua", ActorKind.COUNTRY, "Ukraine", List.of(), "UA", List.of()));
        facts.add(new Quote(span(TEXT, "We need durable solutions."), "We need durable solutions.",
                Quote.Kind.DIRECT, "m", "Giorgia Meloni", "Italian Prime Minister", "said",
                new DateValue("2025-03-06", "day", "published"), "at the summit",
                List.of("foreign-troops", "ceasefire")));
        facts.add(new Quote(span(TEXT, "Giorgia"), "Giorgia", Quote.Kind.INDIRECT, null, null, null, null, null,
                null, List.of()));
        facts.add(new Event("AID", "military", "planned", "France sends military aid to Ukraine",
                List.of(new Participant("fr", "France", "giver"), new Participant("ua", "Ukraine", "recipient"),
                        new Participant(null, "the coalition", "participant")),
                null, new DateValue("2025-03", "month", "inferred"),
                new Quantity(2.0e9, "EUR", "military aid", null),
                span(TEXT, "France will send two billion euros of military aid to Ukraine.")));
        facts.add(new Event("CONSULT", null, "occurred", null, List.of(), "Brussels", null, null,
                span(TEXT, "Giorgia Meloni said")));
        facts.add(new Position("m", "Giorgia Meloni", "foreign-troops", "oppose",
                new DateValue("2025-03-06", "day", "text"), span(TEXT, "We need durable solutions.")));
        facts.add(new Position(null, "someone", "ceasefire", "neutral", null, span(TEXT, "durable")));
        OffsetMap offsets = new OffsetMap.Builder().copy(5, TEXT.length()).build();
        return new ProcessedDocument("002_meloni.txt", "Meloni on guarantees", "https://example.org/meloni",
                LocalDate.of(2025, 3, 6), "metadata", RAW, TEXT,
                List.of(new Span(0, 5), new Span(RAW.length() - 11, RAW.length())), offsets, "abc123", facts);
    }

    @Test
    void aSavedDocumentReadsBackFieldForField() {
        try (Store store = Store.open(dir)) {
            Instant before = Instant.now().minusSeconds(1);
            SaveResult result = store.save(fullDocument());

            assertThat(result.status()).isEqualTo(SaveResult.Status.STORED);
            long docId = result.documentId();

            StoredDocument doc = store.documents().get(0);
            assertThat(doc.id()).isEqualTo(docId);
            assertThat(doc.name()).isEqualTo("002_meloni.txt");
            assertThat(doc.title()).isEqualTo("Meloni on guarantees");
            assertThat(doc.url()).isEqualTo("https://example.org/meloni");
            assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 3, 6));
            assertThat(doc.publishedSource()).isEqualTo("metadata");
            assertThat(doc.contentHash()).isEqualTo("abc123");
            assertThat(doc.rawText()).isEqualTo(RAW);
            assertThat(doc.text()).isEqualTo(TEXT);
            assertThat(doc.removed()).containsExactly(new Span(0, 5), new Span(RAW.length() - 11, RAW.length()));
            assertThat(doc.offsets().toArray()).containsExactly(fullDocument().offsets().toArray());
            assertThat(doc.offsets().toRaw(0)).isEqualTo(5);
            assertThat(doc.ingestedAt()).isAfter(before).isBefore(Instant.now().plusSeconds(1));

            List<StoredActor> actors = store.actors();
            assertThat(actors).extracting(StoredActor::name).containsExactly("Giorgia Meloni", "France", "Ukraine");
            StoredActor meloni = actors.get(0);
            assertThat(meloni.kind()).isEqualTo(ActorKind.PERSON);
            assertThat(meloni.aliases()).containsExactly("Meloni", "Prime Minister Meloni");
            assertThat(meloni.country()).isEqualTo("IT");
            assertThat(meloni.roles()).containsExactly(
                    new StoredActor.Role("Prime Minister", "IT", docId, span(TEXT, "Italian Prime Minister")));
            long m = meloni.id(), fr = actors.get(1).id(), ua = actors.get(2).id();

            List<StoredQuote> quotes = store.quotes();
            assertThat(quotes).hasSize(2);
            StoredQuote q = quotes.get(0);
            assertThat(q).isEqualTo(new StoredQuote(q.id(), docId, span(TEXT, "We need durable solutions."),
                    "We need durable solutions.", Quote.Kind.DIRECT, m, "Giorgia Meloni", "Italian Prime Minister",
                    "said", new DateValue("2025-03-06", "day", "published"), "at the summit",
                    List.of("foreign-troops", "ceasefire")));
            StoredQuote bare = quotes.get(1);
            assertThat(bare).isEqualTo(new StoredQuote(bare.id(), docId, span(TEXT, "Giorgia"), "Giorgia",
                    Quote.Kind.INDIRECT, null, null, null, null, null, null, List.of()));

            List<StoredEvent> events = store.events();
            assertThat(events).hasSize(2);
            StoredEvent aid = events.get(0);
            String sentence = "France will send two billion euros of military aid to Ukraine.";
            assertThat(aid).isEqualTo(new StoredEvent(aid.id(), "AID", "military", "planned",
                    "France sends military aid to Ukraine",
                    List.of(new StoredEvent.Participant(fr, "France", "giver"),
                            new StoredEvent.Participant(ua, "Ukraine", "recipient"),
                            new StoredEvent.Participant(null, "the coalition", "participant")),
                    null, new DateValue("2025-03", "month", "inferred"),
                    new Quantity(2.0e9, "EUR", "military aid", null),
                    List.of(new StoredEvent.Source(docId, span(TEXT, sentence), sentence))));
            StoredEvent consult = events.get(1);
            assertThat(consult).isEqualTo(new StoredEvent(consult.id(), "CONSULT", null, "occurred", null, List.of(),
                    "Brussels", null, null,
                    List.of(new StoredEvent.Source(docId, span(TEXT, "Giorgia Meloni said"), "Giorgia Meloni said"))));

            List<StoredPosition> positions = store.positions();
            assertThat(positions).hasSize(2);
            StoredPosition p = positions.get(0);
            assertThat(p).isEqualTo(new StoredPosition(p.id(), m, "Giorgia Meloni", "foreign-troops", "oppose",
                    new DateValue("2025-03-06", "day", "text"), docId, span(TEXT, "We need durable solutions.")));
            StoredPosition unresolved = positions.get(1);
            assertThat(unresolved.actorId()).isNull();
            assertThat(unresolved.date()).isNull();

            assertThat(store.counts()).isEqualTo(new Counts(1, 3, 2, 2, 2, 2));
        }
    }

    @Test
    void aDocumentWithoutDateTitleOrOffsetsReadsBackWithNulls() {
        try (Store store = Store.open(dir)) {
            ProcessedDocument plain = new ProcessedDocument("plain.txt", null, null, null, "none", "Hello.", "Hello.",
                    List.of(), null, "h", null);
            store.save(plain);

            StoredDocument doc = store.documents().get(0);
            assertThat(doc.title()).isNull();
            assertThat(doc.url()).isNull();
            assertThat(doc.published()).isNull();
            assertThat(doc.offsets()).isNull();
            assertThat(doc.removed()).isEmpty();
            assertThat(store.counts()).isEqualTo(new Counts(1, 0, 0, 0, 0, 0));
        }
    }

    @Test
    void reopeningTheStoreKeepsItsDataAndMigratesOnce() throws SQLException {
        try (Store store = Store.open(dir)) {
            store.save(fullDocument());
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.contains("abc123")).isTrue();
            assertThat(store.counts().quotes()).isEqualTo(2);
            assertThat(store.save(fullDocument()).status()).isEqualTo(SaveResult.Status.DUPLICATE);
        }
        String url = "jdbc:h2:file:" + dir.resolve("dossier").toAbsolutePath();
        try (Store store = Store.open(url, "sa", "")) {
            assertThat(store.counts().documents()).isEqualTo(1);
        }
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("times V1 was applied").isEqualTo(1);
        }
    }
}

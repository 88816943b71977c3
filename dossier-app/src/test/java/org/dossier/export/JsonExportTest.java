package org.dossier.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
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
import org.dossier.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export of a store holding one fact of each kind, checked against the shape of FACTS.md. */
class JsonExportTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryFactKindInTheShapeOfFactsMd() {
        String text = "France pledged two billion euros, Macron said. \"We stand with Ukraine,\" he said.";
        DocumentFacts facts = new DocumentFacts();
        facts.put(new Actor("macron", ActorKind.PERSON, "Emmanuel Macron", List.of("Macron"), "FR",
                List.of(new Role("President", "FR", new Span(0, 6)))));
        facts.put(new Actor("fr", ActorKind.COUNTRY, "France", List.of(), "FR", List.of()));
        facts.put(new Actor("ua", ActorKind.COUNTRY, "Ukraine", List.of(), "UA", List.of()));
        DateValue day = new DateValue("2025-03-26", "day", "text");
        facts.add(new Quote(new Span(48, 73), "We stand with Ukraine,", Quote.Kind.DIRECT, "macron", "Emmanuel Macron",
                "President", "said", day, null, List.of("arms-supply")));
        facts.add(new Event("AID", "military", "planned", "France pledges aid",
                List.of(new Participant("fr", "France", "giver"), new Participant("ua", "Ukraine", "recipient")),
                null, day, new Quantity(2e9, "EUR", "military aid", null), new Span(0, 46)));
        facts.add(new Position("fr", "France", "arms-supply", "support", day, new Span(0, 46)));
        ProcessedDocument doc = new ProcessedDocument("a.txt", "Title", null, LocalDate.parse("2025-03-27"), "metadata",
                "Ad\n" + text, text, List.of(new Span(0, 2)), new OffsetMap.Builder().copy(3, text.length()).build(),
                "hash-1", facts);

        ObjectNode export;
        try (Store store = Store.open(dir)) {
            store.save(doc);
            export = JsonExport.build(store);
        }

        FactsShape.check(export);
        JsonNode d = export.get("documents").get(0);
        assertThat(d.get("published").asText()).isEqualTo("2025-03-27");
        assertThat(d.get("removed").get(0).toString()).isEqualTo("[0,2]");
        JsonNode q = export.get("quotes").get(0);
        assertThat(q.get("kind").asText()).isEqualTo("direct");
        assertThat(q.get("speaker_name").asText()).isEqualTo("Emmanuel Macron");
        assertThat(q.get("speaker").asText()).isEqualTo(export.get("actors").get(0).get("id").asText());
        JsonNode role = export.get("actors").get(0).get("roles").get(0);
        assertThat(role.get("source").get("doc").asText()).isEqualTo(d.get("id").asText());
        assertThat(role.get("date").asText()).as("the date of the role's source").isEqualTo("2025-03-27");
        JsonNode e = export.get("events").get(0);
        assertThat(e.get("quantity").get("amount").asLong()).isEqualTo(2_000_000_000L);
        assertThat(e.get("sources").get(0).get("text").asText()).isEqualTo("France pledged two billion euros, Macron said.");
        assertThat(export.get("positions").get(0).get("evidence").get("doc").asText()).isEqualTo(d.get("id").asText());
    }
}

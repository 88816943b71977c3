package org.dossier.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.store.Store;
import org.dossier.store.StoredActor;
import org.dossier.store.StoredDocument;
import org.dossier.store.StoredEvent;

/**
 * Writes the events as PLOVER records, for tools that read the PLOVER/POLECAT event format: id, date, source and
 * target actors (name, kind, country), event type and mode, the context that PLOVER keeps apart from occurred events
 * (future, proposed, negated, conditional), the event's text and its citations (document, URL, span).
 * The direction comes from the participants' roles: givers, hosts and sources act on recipients, targets and guests;
 * where everyone only participates (a meeting), the first named is the source.
 */
public final class PloverExport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> SOURCE_ROLES = Set.of("source", "giver", "host");
    private static final Map<String, List<String>> CONTEXT = Map.of(
            "planned", List.of("future"), "proposed", List.of("future", "hypothetical"), "denied", List.of("negated"),
            "conditional", List.of("hypothetical"), "occurred", List.of());

    private PloverExport() {
    }

    /** Writes the records to {@code out}, which the caller closes. */
    public static void write(Store store, OutputStream out) throws IOException {
        Map<Long, StoredActor> actors = new HashMap<>();
        store.actors().forEach(a -> actors.put(a.id(), a));
        Map<Long, StoredDocument> docs = new HashMap<>();
        store.documents().forEach(d -> docs.put(d.id(), d));
        ArrayNode records = MAPPER.createArrayNode();
        for (StoredEvent e : store.events())
            records.add(record(e, actors, docs));
        MAPPER.writeValue(out, records);
    }

    private static ObjectNode record(StoredEvent e, Map<Long, StoredActor> actors, Map<Long, StoredDocument> docs) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", Ids.event(e.id()));
        n.put("date", e.date() == null ? null : e.date().value());
        n.put("date_granularity", e.date() == null ? null : e.date().granularity());
        boolean directed = e.participants().stream().anyMatch(p -> SOURCE_ROLES.contains(p.role()));
        ArrayNode source = n.putArray("source"), target = n.putArray("target");
        for (int i = 0; i < e.participants().size(); i++) {
            StoredEvent.Participant p = e.participants().get(i);
            boolean isSource = directed ? SOURCE_ROLES.contains(p.role()) : i == 0;
            (isSource ? source : target).add(actor(p, actors));
        }
        n.put("event", e.type());
        n.put("mode", e.mode());
        ArrayNode context = n.putArray("context");
        CONTEXT.getOrDefault(e.status(), List.of()).forEach(context::add);
        n.put("status", e.status());
        n.put("location", e.location());
        if (e.quantity() != null) {
            ObjectNode q = n.putObject("quantity");
            q.put("amount", e.quantity().amount());
            q.put("unit", e.quantity().unit());
            q.put("what", e.quantity().what());
        }
        n.put("event_text", e.sources().isEmpty() ? null : e.sources().get(0).text());
        ArrayNode cites = n.putArray("citations");
        for (StoredEvent.Source s : e.sources()) {
            StoredDocument d = docs.get(s.docId());
            ObjectNode c = cites.addObject();
            c.put("doc", Ids.doc(s.docId()));
            c.put("name", d == null ? null : d.name());
            c.put("url", d == null ? null : d.url());
            c.put("published", d == null || d.published() == null ? null : d.published().toString());
            c.putArray("span").add(s.span().start()).add(s.span().end());
        }
        return n;
    }

    private static ObjectNode actor(StoredEvent.Participant p, Map<Long, StoredActor> actors) {
        ObjectNode a = MAPPER.createObjectNode();
        StoredActor known = p.actorId() == null ? null : actors.get(p.actorId());
        a.put("actor", Ids.actor(p.actorId()));
        a.put("name", known != null ? known.name() : p.name());
        a.put("kind", known == null ? null : known.kind().name());
        a.put("country", known == null ? null : known.country());
        a.put("role", p.role());
        return a;
    }
}

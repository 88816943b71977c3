package org.dossier.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.dossier.model.DateValue;
import org.dossier.model.Quantity;
import org.dossier.model.Span;
import org.dossier.store.Store;
import org.dossier.store.StoredActor;
import org.dossier.store.StoredDocument;
import org.dossier.store.StoredEvent;
import org.dossier.store.StoredPosition;
import org.dossier.store.StoredQuote;

/**
 * Writes the whole store as the JSON of {@code FACTS.md}: documents, actors, quotes, events and positions, field for
 * field, with spans as {@code [start, end]} into each document's cleaned text.
 */
public final class JsonExport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonExport() {
    }

    /** Writes the export to {@code out}, which the caller closes. */
    public static void write(Store store, OutputStream out) throws IOException {
        MAPPER.writeValue(out, build(store));
    }

    /** The export as a JSON tree. */
    public static ObjectNode build(Store store) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode docs = root.putArray("documents");
        java.util.Map<Long, String> published = new java.util.HashMap<>();
        for (StoredDocument d : store.documents()) {
            docs.add(document(d));
            if (d.published() != null)
                published.put(d.id(), d.published().toString());
        }
        ArrayNode actors = root.putArray("actors");
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (StoredActor a : store.actors()) {
            actors.add(actor(a, published));
            names.put(a.id(), a.name());
        }
        ArrayNode quotes = root.putArray("quotes");
        for (StoredQuote q : store.quotes())
            quotes.add(quote(q, names));
        ArrayNode events = root.putArray("events");
        for (StoredEvent e : store.events())
            events.add(event(e, names));
        ArrayNode positions = root.putArray("positions");
        for (StoredPosition p : store.positions())
            positions.add(position(p, names));
        return root;
    }

    private static ObjectNode document(StoredDocument d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", Ids.doc(d.id()));
        n.put("name", d.name());
        n.put("title", d.title());
        n.put("url", d.url());
        n.put("published", d.published() == null ? null : d.published().toString());
        n.put("published_source", d.publishedSource());
        n.put("text", d.text());
        ArrayNode removed = n.putArray("removed");
        for (Span s : d.removed())
            removed.add(span(s));
        return n;
    }

    /** An actor; each role with its source and the date of that source (its publication date, null if unknown). */
    private static ObjectNode actor(StoredActor a, java.util.Map<Long, String> published) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", Ids.actor(a.id()));
        n.put("kind", a.kind().name());
        n.put("name", a.name());
        ArrayNode aliases = n.putArray("aliases");
        a.aliases().forEach(aliases::add);
        n.put("country", a.country());
        ArrayNode roles = n.putArray("roles");
        for (StoredActor.Role r : a.roles()) {
            ObjectNode role = roles.addObject();
            role.put("title", r.title());
            role.put("of", r.of());
            role.set("source", source(r.docId(), r.span()));
            role.put("date", published.get(r.docId()));
        }
        return n;
    }

    /**
     * The canonical name of the actor {@code id}, which resolution across documents may have made fuller than the
     * name one document used ("Donald Trump" for "Trump"); {@code local} where there is no actor.
     */
    private static String canonical(Long id, String local, java.util.Map<Long, String> names) {
        return id != null && names.containsKey(id) ? names.get(id) : local;
    }

    private static ObjectNode quote(StoredQuote q, java.util.Map<Long, String> names) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", Ids.quote(q.id()));
        n.put("doc", Ids.doc(q.docId()));
        n.set("span", span(q.span()));
        n.put("text", q.text());
        n.put("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT));
        n.put("speaker", Ids.actor(q.speakerId()));
        n.put("speaker_name", canonical(q.speakerId(), q.speakerName(), names));
        n.put("speaker_role", q.speakerRole());
        n.put("cue", q.cue());
        n.set("date", date(q.date(), true));
        n.put("medium", q.medium());
        ArrayNode topics = n.putArray("topics");
        q.topics().forEach(topics::add);
        return n;
    }

    private static ObjectNode event(StoredEvent e, java.util.Map<Long, String> names) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", Ids.event(e.id()));
        n.put("type", e.type());
        n.put("mode", e.mode());
        n.put("status", e.status());
        n.put("summary", e.summary());
        ArrayNode participants = n.putArray("participants");
        for (StoredEvent.Participant p : e.participants()) {
            ObjectNode o = participants.addObject();
            o.put("actor", Ids.actor(p.actorId()));
            o.put("name", canonical(p.actorId(), p.name(), names));
            o.put("role", p.role());
        }
        n.put("location", e.location());
        n.set("date", date(e.date(), true));
        n.set("quantity", quantity(e.quantity()));
        ArrayNode sources = n.putArray("sources");
        for (StoredEvent.Source s : e.sources()) {
            ObjectNode o = source(s.docId(), s.span());
            o.put("text", s.text());
            sources.add(o);
        }
        return n;
    }

    private static ObjectNode position(StoredPosition p, java.util.Map<Long, String> names) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", Ids.position(p.id()));
        n.put("actor", Ids.actor(p.actorId()));
        n.put("name", canonical(p.actorId(), p.name(), names));
        n.put("proposal", p.proposal());
        n.put("stance", p.stance());
        n.set("date", date(p.date(), false));
        n.set("evidence", source(p.docId(), p.evidence()));
        return n;
    }

    private static ArrayNode span(Span s) {
        return MAPPER.createArrayNode().add(s.start()).add(s.end());
    }

    private static ObjectNode source(long docId, Span s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("doc", Ids.doc(docId));
        n.set("span", span(s));
        return n;
    }

    /** A date object, or JSON null; positions carry no {@code source} in FACTS.md. */
    private static ObjectNode date(DateValue d, boolean withSource) {
        if (d == null)
            return null;
        ObjectNode n = MAPPER.createObjectNode();
        n.put("value", d.value());
        n.put("granularity", d.granularity());
        if (withSource)
            n.put("source", d.source());
        return n;
    }

    private static ObjectNode quantity(Quantity q) {
        if (q == null)
            return null;
        ObjectNode n = MAPPER.createObjectNode();
        if (q.amount() == null)
            n.putNull("amount");
        else if (q.amount() == Math.rint(q.amount()) && Math.abs(q.amount()) < 1e15)
            n.put("amount", q.amount().longValue());
        else
            n.put("amount", q.amount());
        n.put("unit", q.unit());
        n.put("what", q.what());
        if (q.bound() != null)
            n.put("bound", q.bound());
        return n;
    }
}

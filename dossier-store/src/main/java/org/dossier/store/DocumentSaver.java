package org.dossier.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.dossier.model.Position;
import org.dossier.model.Quote;
import org.dossier.pipeline.ProcessedDocument;
import org.jdbi.v3.core.Handle;

/**
 * Writes one document and all its facts on a handle whose transaction the caller owns, in the order the foreign
 * keys need: document, actors, quotes, events, positions.
 */
final class DocumentSaver {
    private final DocumentRepository documents;
    private final ActorResolver resolver;
    private final QuoteRepository quotes;
    private final EventRepository events;
    private final EventMatcher eventMatcher;
    private final PositionRepository positions;

    DocumentSaver(Handle handle) {
        this.documents = new DocumentRepository(handle);
        this.resolver = new ActorResolver(new ActorRepository(handle));
        this.quotes = new QuoteRepository(handle);
        this.events = new EventRepository(handle);
        this.eventMatcher = new EventMatcher(events);
        this.positions = new PositionRepository(handle);
    }

    /** Writes the document and its facts and returns the new document id. */
    long save(ProcessedDocument doc, Instant ingestedAt) {
        long docId = documents.insert(doc, ingestedAt);
        DocumentFacts facts = doc.facts();
        Map<String, Long> actorIds = resolver.resolve(docId, facts.actors());
        for (Quote quote : facts.quotes())
            quotes.insert(docId, quote, globalId(actorIds, quote.speakerKey(), doc));
        for (Event event : facts.events())
            saveEvent(doc, docId, event, actorIds);
        for (Position position : facts.positions())
            positions.insert(docId, position, globalId(actorIds, position.actorKey(), doc));
        return docId;
    }

    private void saveEvent(ProcessedDocument doc, long docId, Event event, Map<String, Long> actorIds) {
        Optional<Long> same = eventMatcher.findSame(event, actorIds, docId);
        long eventId = same.orElseGet(() -> events.insert(event));
        java.util.List<Long> known = same.isPresent() ? events.participantActorIds(eventId) : java.util.List.of();
        same.ifPresent(id -> events.update(id, event));
        for (Participant p : event.participants()) {
            Long actor = globalId(actorIds, p.actorKey(), doc);
            // a further report adds the participants it names that the event lacks
            if (same.isEmpty() || actor != null && !known.contains(actor))
                events.addParticipant(eventId, p, actor);
        }
        if (event.span().end() > doc.text().length())
            throw new IllegalArgumentException("Event span " + event.span() + " lies outside the "
                    + doc.text().length() + " characters of document " + doc.name());
        events.addSource(eventId, docId, event.span(), event.span().of(doc.text()));
    }

    /**
     * The global id of local actor {@code key}, or null for a null key.
     *
     * @throws IllegalArgumentException when the document has no actor with that key: a pipeline bug, so the save
     *                                  fails rather than lose who said or did what
     */
    private static Long globalId(Map<String, Long> actorIds, String key, ProcessedDocument doc) {
        if (key == null)
            return null;
        Long id = actorIds.get(key);
        if (id == null)
            throw new IllegalArgumentException("No actor with key '" + key + "' in document " + doc.name());
        return id;
    }
}

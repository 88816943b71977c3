package org.dossier.store;

import java.util.Map;
import java.util.Optional;
import org.dossier.model.Event;

/**
 * Finds the stored event that a new event reports again, so that a second report becomes a second source of one
 * event instead of a second event (FACTS.md: "one event per real-world event across documents").
 * <p>
 * Cross-document merging is a later issue: for now no event matches, so every event of a document becomes its own
 * row. The merge goes here, and only here: {@link DocumentSaver} already adds a source to whatever this returns.
 */
final class EventMatcher {
    @SuppressWarnings("unused")
    private final EventRepository events;

    EventMatcher(EventRepository events) {
        this.events = events;
    }

    /**
     * The id of a stored event that {@code event} describes too, or empty when it is new.
     *
     * @param actorIds global actor ids by the local keys of the event's document
     */
    Optional<Long> findSame(Event event, Map<String, Long> actorIds) {
        return Optional.empty();
    }
}

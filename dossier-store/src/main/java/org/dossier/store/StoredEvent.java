package org.dossier.store;

import java.util.List;
import java.util.Objects;
import org.dossier.model.DateValue;
import org.dossier.model.Quantity;
import org.dossier.model.Span;

/**
 * One event with the sentences of every document that reports it (its corroboration).
 *
 * @param date     when it happened, or null
 * @param quantity the amount it involves, or null
 */
public record StoredEvent(long id, String type, String mode, String status, String summary,
                          List<Participant> participants, String location, DateValue date, Quantity quantity,
                          List<Source> sources) {
    public StoredEvent {
        Objects.requireNonNull(type, "type");
        participants = List.copyOf(participants);
        sources = List.copyOf(sources);
    }

    /**
     * An actor taking part in the event.
     *
     * @param actorId the global actor id, or null when the participant was not resolved to an actor
     * @param role    host, participant, source, target, giver or recipient
     */
    public record Participant(Long actorId, String name, String role) {
    }

    /**
     * A sentence that reports the event.
     *
     * @param span the sentence in the cleaned text of document {@code docId}
     * @param text the sentence itself, as that text holds it
     */
    public record Source(long docId, Span span, String text) {
    }
}

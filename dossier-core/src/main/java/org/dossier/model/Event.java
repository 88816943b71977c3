package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A PLOVER-typed event as one sentence of one document states it. The store merges the events of several documents
 * that describe one real event into one record with several sources.
 *
 * @param type   the PLOVER type, e.g. {@code CONSULT}
 * @param status occurred, planned, proposed, denied or conditional
 * @param span   the sentence that states the event, in the cleaned text
 */
public record Event(String type, String mode, String status, String summary, List<Participant> participants,
                    String location, DateValue date, Quantity quantity, Span span) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(span, "span");
        participants = List.copyOf(participants);
    }
}

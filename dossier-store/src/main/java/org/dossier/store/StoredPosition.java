package org.dossier.store;

import java.util.Objects;
import org.dossier.model.DateValue;
import org.dossier.model.Span;

/**
 * An actor's stance on one proposal at a date, with its evidence.
 *
 * @param actorId  the global actor id, or null when the holder was not resolved to an actor
 * @param stance   support, oppose, conditional or neutral
 * @param date     when the stance was held, or null
 * @param evidence the supporting text in the cleaned text of document {@code docId}
 */
public record StoredPosition(long id, Long actorId, String name, String proposal, String stance, DateValue date,
                             long docId, Span evidence) {
    public StoredPosition {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(evidence, "evidence");
    }
}

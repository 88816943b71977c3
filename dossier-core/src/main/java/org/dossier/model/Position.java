package org.dossier.model;

import java.util.Objects;

/**
 * An actor's stance on one proposal of the active profile, at a date, with its evidence.
 *
 * @param stance support, oppose, conditional or neutral
 */
public record Position(String actorKey, String name, String proposal, String stance, DateValue date, Span evidence) {
    public Position {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(evidence, "evidence");
    }
}

package org.dossier.model;

import java.util.Objects;

/**
 * A place where a text refers to an actor without its name: a pronoun ("it", "his") or a description ("the
 * company", "the country"), resolved to the actor it stands for.
 *
 * @param actorKey the document-local key of the actor
 * @param span     the words that refer, in the cleaned text
 */
public record Reference(String actorKey, Span span) {
    public Reference {
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(span, "span");
    }
}

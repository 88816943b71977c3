package org.dossier.store;

import java.util.List;
import java.util.Objects;
import org.dossier.model.ActorKind;
import org.dossier.model.Span;

/**
 * One actor across all documents, with every alias and role the documents gave it.
 *
 * @param id      the global actor id that quotes, participants and positions refer to
 * @param aliases the other names seen for the actor, in the order they were first seen; never the name itself
 * @param country ISO 3166-1 alpha-2 code, or null
 */
public record StoredActor(long id, ActorKind kind, String name, List<String> aliases, String country,
                          List<Role> roles) {
    public StoredActor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }

    /**
     * A role one document gives the actor.
     *
     * @param of    the country code or organization the role belongs to, or null
     * @param docId the document that states the role
     * @param span  the statement in that document's cleaned text, or null when the extractor gave none
     */
    public record Role(String title, String of, long docId, Span span) {
    }
}

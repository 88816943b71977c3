package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * An actor as one document knows it. {@code key} is local to the document; the store resolves actors of all
 * documents into one record per real-world entity.
 *
 * @param country ISO 3166-1 alpha-2 code, or null
 */
public record Actor(String key, ActorKind kind, String name, List<String> aliases, String country, List<Role> roles) {
    public Actor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }
}

package org.dossier.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.Role;

/**
 * Maps the document-local actors of one document to global actors, creating those not seen before.
 * <p>
 * A local actor is the global actor of the same kind whose name or any alias has the same {@link NameKey} as the
 * local name or any local alias (the lowest id when several match); its new aliases and roles are added to that
 * actor, and its country fills a missing one. A person named by surname alone in one article ("Trump") is the
 * person another article names in full ("Donald Trump") when exactly one person has that surname, and the other way
 * round, the full name then replacing the surname as the actor's name. A body is the body another article names
 * with or without a company's ending ("Ford", "Ford Motor Company") when exactly one body has that base
 * ({@link OrgKey}). Otherwise it becomes a new actor. No titles are stripped and there is no fuzzy matching.
 * <p>
 * Reads then writes, so two transactions resolving the same new name at once would each create it:
 * {@link Store} runs saves one at a time.
 */
final class ActorResolver {
    private final ActorRepository actors;

    ActorResolver(ActorRepository actors) {
        this.actors = actors;
    }

    /** Resolves every actor of document {@code docId} and returns the global id of each local key. */
    Map<String, Long> resolve(long docId, List<Actor> local) {
        Map<String, Long> ids = new HashMap<>();
        for (Actor actor : local)
            ids.put(actor.key(), resolve(docId, actor));
        return ids;
    }

    private long resolve(long docId, Actor actor) {
        List<String> names = names(actor);
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names)
            keys.add(NameKey.of(name));
        long id = actors.find(actor.kind(), keys)
                .or(() -> bareName(actor) ? actors.find(ActorKind.ORGANIZATION, keys).or(() -> byBase(names)) : java.util.Optional.empty())
                .or(() -> actor.kind() == ActorKind.PERSON ? bySurname(actor.name())
                        : actor.kind() == ActorKind.ORGANIZATION ? byBase(names).or(() -> bodyTakenForPerson(keys, names)) : java.util.Optional.empty())
                .orElseGet(() -> actors.insert(actor.kind(), actor.name(), actor.country()));
        if (actor.country() != null)
            actors.fillCountry(id, actor.country());
        Set<String> known = actors.keys(id);
        for (String name : names)
            if (known.add(NameKey.of(name)))
                actors.addAlias(id, actor.kind(), name);
        for (Role role : actor.roles())
            actors.addRole(id, docId, role);
        return id;
    }

    /**
     * Whether the actor is a person known by one word, or by a name with a company's ending ("Apple Computer said"),
     * and nothing else — no role, no country: what a speech cue makes of a company's name ("Apple said"). Such a name
     * that another article shows as a body is that body.
     */
    private static boolean bareName(Actor actor) {
        return actor.kind() == ActorKind.PERSON && (!actor.name().strip().contains(" ") || companyEnding(actor.name()))
                && actor.roles().isEmpty() && actor.country() == null;
    }

    /** Whether the name ends in a company's ending that bodies drop ("Apple Computer", "Vantor Group"). */
    private static boolean companyEnding(String name) {
        return !OrgKey.base(name).equals(NameKey.of(name).replace(",", "")) && name.strip().contains(" ");
    }

    /**
     * The one person stored under one of {@code keys}, or the base of one of {@code names}, by a bare one-word name (see {@link #bareName}), now made the body
     * that this article names: the body keeps that actor's id, so what other articles said of it stays attached.
     */
    private java.util.Optional<Long> bodyTakenForPerson(Set<String> keys, List<String> names) {
        Set<String> all = new LinkedHashSet<>(keys);
        names.forEach(n -> all.add(OrgKey.base(n)));
        List<Long> bare = actors.find(ActorKind.PERSON, all).stream()
                .filter(id -> !actors.name(id).strip().contains(" ") && !actors.hasRolesOrCountry(id)).toList();
        if (bare.size() != 1)
            return java.util.Optional.empty();
        actors.rekind(bare.get(0), ActorKind.ORGANIZATION);
        return java.util.Optional.of(bare.get(0));
    }

    /** The one person the surname-only name refers to, or whom a full name completes. */
    private java.util.Optional<Long> bySurname(String name) {
        String key = NameKey.of(name);
        int space = key.lastIndexOf(' ');
        if (space < 0) {
            List<Long> full = actors.personsWithSurname(key);
            return full.size() == 1 ? java.util.Optional.of(full.get(0)) : java.util.Optional.empty();
        }
        List<Long> surnameOnly = actors.personsNamedOnly(key.substring(space + 1));
        if (surnameOnly.size() != 1 || !actors.personsWithSurname(key.substring(space + 1)).isEmpty())
            return java.util.Optional.empty();
        long id = surnameOnly.get(0);
        String old = actors.name(id);
        actors.rename(id, name);
        if (!actors.keys(id).contains(NameKey.of(old)))
            actors.addAlias(id, old);
        return java.util.Optional.of(id);
    }

    /**
     * The one body whose name shortens to the same base as one of {@code names} ("Ford" and "Ford Motor Company",
     * "Apple Inc." and "Apple Computer"); none where the bases lead to several.
     */
    private java.util.Optional<Long> byBase(List<String> names) {
        Set<Long> found = new java.util.HashSet<>();
        for (String name : names)
            found.addAll(actors.organizationsWithBase(OrgKey.base(name)));
        return found.size() == 1 ? java.util.Optional.of(found.iterator().next()) : java.util.Optional.empty();
    }

    /** The local name first, then the aliases, without blanks. */
    private static List<String> names(Actor actor) {
        List<String> names = new ArrayList<>();
        names.add(actor.name());
        for (String alias : actor.aliases())
            if (alias != null && !alias.isBlank())
                names.add(alias);
        return names;
    }
}

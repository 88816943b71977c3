package org.dossier.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.ActorKind;
import org.dossier.model.Role;
import org.jdbi.v3.core.Handle;

/** Reads and writes {@code actors}, {@code actor_aliases} and {@code actor_roles} on one handle. */
final class ActorRepository {
    private final Handle handle;

    ActorRepository(Handle handle) {
        this.handle = handle;
    }

    /** The lowest id of an actor of this kind whose name key or any alias key is one of {@code keys}. */
    Optional<Long> find(ActorKind kind, Collection<String> keys) {
        List<Long> ids = handle.createQuery("""
                        SELECT id FROM actors WHERE name_key IN (<keys>)
                        UNION SELECT actor_id FROM actor_aliases WHERE alias_key IN (<keys>)""")
                .bindList("keys", List.copyOf(keys))
                .mapTo(Long.class)
                .list();
        return ofKind(kind, ids).stream().min(Long::compare);
    }

    /**
     * The distinct persons whose name or an alias is a longer name ending in {@code surnameKey}: "volodymyr zelensky"
     * for "zelensky".
     */
    List<Long> personsWithSurname(String surnameKey) {
        return ofKind(ActorKind.PERSON, handle.createQuery("""
                        SELECT id FROM actors WHERE surname_key = :surname
                        UNION SELECT actor_id FROM actor_aliases WHERE surname_key = :surname""")
                .bind("surname", surnameKey)
                .mapTo(Long.class)
                .list());
    }

    /**
     * Those of {@code ids} that are actors of {@code kind}. The lookups above find candidates by one indexed key
     * column each and filter the kind here: given the kind in the same query, H2 plans by the (kind, name_key)
     * index and scans every actor of the kind.
     */
    private List<Long> ofKind(ActorKind kind, List<Long> ids) {
        if (ids.isEmpty())
            return ids;
        return handle.createQuery("SELECT id, kind FROM actors WHERE id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> kind.name().equals(rs.getString("kind")) ? rs.getLong("id") : null)
                .filter(java.util.Objects::nonNull)
                .list();
    }

    /** The persons known by the one-word name {@code key} only: "trump" before "Donald Trump" was seen. */
    List<Long> personsNamedOnly(String key) {
        return handle.createQuery("SELECT id FROM actors WHERE kind = 'PERSON' AND name_key = :key")
                .bind("key", key)
                .mapTo(Long.class)
                .list();
    }

    /** Gives the actor a fuller name; the old one stays among its aliases. */
    void rename(long actorId, String name) {
        String key = NameKey.of(name);
        handle.createUpdate("UPDATE actors SET name = :name, name_key = :key, surname_key = :surname WHERE id = :id")
                .bind("name", name)
                .bind("key", key)
                .bind("surname", NameKey.surname(key))
                .bind("id", actorId)
                .execute();
    }

    /** Whether the actor has a role or a country: something more than a bare name. */
    boolean hasRolesOrCountry(long actorId) {
        return handle.createQuery("""
                        SELECT COUNT(*) FROM actors WHERE id = :id AND (country IS NOT NULL
                            OR EXISTS (SELECT 1 FROM actor_roles WHERE actor_id = :id))""")
                .bind("id", actorId).mapTo(Integer.class).one() > 0;
    }

    /** Makes the actor one of {@code kind}, its second keys recomputed for that kind. */
    void rekind(long actorId, ActorKind kind) {
        String name = name(actorId);
        handle.createUpdate("UPDATE actors SET kind = :kind, surname_key = :second WHERE id = :id")
                .bind("kind", kind.name()).bind("second", secondKey(kind, name)).bind("id", actorId).execute();
        for (String alias : handle.createQuery("SELECT alias FROM actor_aliases WHERE actor_id = :id").bind("id", actorId)
                .mapTo(String.class).list())
            handle.createUpdate("UPDATE actor_aliases SET surname_key = :second WHERE actor_id = :id AND alias = :alias")
                    .bind("second", secondKey(kind, alias)).bind("id", actorId).bind("alias", alias).execute();
    }

    /** The actor's name as stored. */
    String name(long actorId) {
        return handle.createQuery("SELECT name FROM actors WHERE id = :id").bind("id", actorId).mapTo(String.class).one();
    }

    long insert(ActorKind kind, String name, String country) {
        return handle.createUpdate("""
                        INSERT INTO actors (kind, name, name_key, surname_key, country)
                        VALUES (:kind, :name, :name_key, :surname_key, :country)""")
                .bind("kind", kind.name())
                .bind("name", name)
                .bind("name_key", NameKey.of(name))
                .bind("surname_key", secondKey(kind, name))
                .bind("country", country)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** Sets the actor's country where it has none yet; a country already known is kept. */
    void fillCountry(long actorId, String country) {
        handle.createUpdate("UPDATE actors SET country = :country WHERE id = :id AND country IS NULL")
                .bind("country", country)
                .bind("id", actorId)
                .execute();
    }

    /** The keys of the actor's name and all its aliases. */
    Set<String> keys(long actorId) {
        return new HashSet<>(handle.createQuery("""
                        SELECT name_key FROM actors WHERE id = :id
                        UNION SELECT alias_key FROM actor_aliases WHERE actor_id = :id""")
                .bind("id", actorId)
                .mapTo(String.class)
                .list());
    }

    void addAlias(long actorId, String alias) {
        addAlias(actorId, ActorKind.PERSON, alias);
    }

    /** Adds an alias of an actor of {@code kind}, with the second key that kind is found by (see {@link #secondKey}). */
    void addAlias(long actorId, ActorKind kind, String alias) {
        handle.createUpdate("""
                        INSERT INTO actor_aliases (actor_id, alias, alias_key, surname_key)
                        VALUES (:actor_id, :alias, :alias_key, :surname_key)""")
                .bind("actor_id", actorId)
                .bind("alias", alias)
                .bind("alias_key", NameKey.of(alias))
                .bind("surname_key", secondKey(kind, alias))
                .execute();
    }

    /**
     * The second key a name is found by: for a body the base its name is shortened to ({@link OrgKey}), for others
     * the surname of a name of several words. Kept in the {@code surname_key} column; lookups filter the kind.
     */
    private static String secondKey(ActorKind kind, String name) {
        return kind == ActorKind.ORGANIZATION ? OrgKey.base(name) : NameKey.surname(NameKey.of(name));
    }

    /** The distinct bodies whose name or an alias has the base {@code base} ({@link OrgKey}). */
    List<Long> organizationsWithBase(String base) {
        return ofKind(ActorKind.ORGANIZATION, handle.createQuery("""
                        SELECT id FROM actors WHERE surname_key = :base
                        UNION SELECT actor_id FROM actor_aliases WHERE surname_key = :base""")
                .bind("base", base)
                .mapTo(Long.class)
                .list()).stream().distinct().toList();
    }

    void addRole(long actorId, long docId, Role role) {
        Columns.bindSpan(handle.createUpdate("""
                        INSERT INTO actor_roles (actor_id, title, of_org, doc_id, span_start, span_end)
                        VALUES (:actor_id, :title, :of_org, :doc_id, :span_start, :span_end)"""), role.span())
                .bind("actor_id", actorId)
                .bind("title", role.title())
                .bind("of_org", role.of())
                .bind("doc_id", docId)
                .execute();
    }

    /** Every actor with its aliases and roles, by id. */
    List<StoredActor> all() {
        Map<Long, List<String>> aliases = new LinkedHashMap<>();
        handle.createQuery("SELECT actor_id, alias FROM actor_aliases ORDER BY id")
                .map((rs, ctx) -> Map.entry(rs.getLong("actor_id"), rs.getString("alias")))
                .forEach(e -> aliases.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<StoredActor.Role>> roles = new LinkedHashMap<>();
        handle.createQuery("SELECT * FROM actor_roles ORDER BY id")
                .map((rs, ctx) -> Map.entry(rs.getLong("actor_id"), new StoredActor.Role(rs.getString("title"),
                        rs.getString("of_org"), rs.getLong("doc_id"), Columns.span(rs))))
                .forEach(e -> roles.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        return handle.createQuery("SELECT id, kind, name, country FROM actors ORDER BY id")
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    return new StoredActor(id, ActorKind.valueOf(rs.getString("kind")), rs.getString("name"),
                            aliases.getOrDefault(id, List.of()), rs.getString("country"),
                            roles.getOrDefault(id, List.of()));
                })
                .list();
    }
}

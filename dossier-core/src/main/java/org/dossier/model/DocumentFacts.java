package org.dossier.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts that the extractors found in one document. Extractors run in order and each may read what the ones
 * before it added (quotes read actors, positions read quotes), so this is the one place stages share.
 * Not thread-safe: one instance belongs to one document on one worker.
 */
public final class DocumentFacts {
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Position> positions = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();

    /** Adds an actor, replacing one with the same key (a later stage may enrich it). */
    public void put(Actor actor) {
        actors.put(actor.key(), actor);
    }

    public void add(Quote quote) {
        quotes.add(quote);
    }

    public void add(Event event) {
        events.add(event);
    }

    public void add(Position position) {
        positions.add(position);
    }

    /** Adds a place where the text refers to an actor by a pronoun or a description. */
    public void add(Reference reference) {
        references.add(reference);
    }

    /** The pronouns and descriptions resolved to actors, in the order found. */
    public List<Reference> references() {
        return Collections.unmodifiableList(references);
    }

    public List<Actor> actors() {
        return List.copyOf(actors.values());
    }

    /** The actor with this key, or null. */
    public Actor actor(String key) {
        return key == null ? null : actors.get(key);
    }

    public List<Quote> quotes() {
        return Collections.unmodifiableList(quotes);
    }

    public List<Event> events() {
        return Collections.unmodifiableList(events);
    }

    public List<Position> positions() {
        return Collections.unmodifiableList(positions);
    }
}

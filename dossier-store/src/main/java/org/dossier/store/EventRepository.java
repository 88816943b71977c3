package org.dossier.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.dossier.model.Quantity;
import org.dossier.model.Span;
import org.jdbi.v3.core.Handle;

/** Reads and writes {@code events}, {@code event_participants} and {@code event_sources} on one handle. */
final class EventRepository {
    private final Handle handle;

    EventRepository(Handle handle) {
        this.handle = handle;
    }

    /** Inserts the event's own fields, without participants or sources, and returns its new id. */
    long insert(Event event) {
        Quantity q = event.quantity();
        return Columns.bindDate(handle.createUpdate("""
                        INSERT INTO events (type, mode, status, summary, location, date_value, date_granularity,
                                            date_source, quantity_amount, quantity_unit, quantity_what,
                                            quantity_bound)
                        VALUES (:type, :mode, :status, :summary, :location, :date_value, :date_granularity,
                                :date_source, :quantity_amount, :quantity_unit, :quantity_what,
                                :quantity_bound)"""), event.date())
                .bind("type", event.type())
                .bind("mode", event.mode())
                .bind("status", event.status())
                .bind("summary", event.summary())
                .bind("location", event.location())
                .bind("quantity_amount", q == null ? null : q.amount())
                .bind("quantity_unit", q == null ? null : q.unit())
                .bind("quantity_what", q == null ? null : q.what())
                .bind("quantity_bound", q == null ? null : q.bound())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** A stored event that a new report may describe again. */
    record Candidate(long id, String dateValue, String status, String mode, Double amount, String location) {
    }

    /** The events of {@code type} dated within the month {@code yearMonth} ("2025-03"), oldest first. */
    List<Candidate> candidates(String type, String yearMonth) {
        return handle.createQuery("""
                        SELECT id, date_value, status, mode, quantity_amount, location FROM events
                        WHERE type = :type AND date_value LIKE :prefix ORDER BY id""")
                .bind("type", type)
                .bind("prefix", yearMonth + "%")
                .map((rs, ctx) -> new Candidate(rs.getLong("id"), rs.getString("date_value"), rs.getString("status"),
                        rs.getString("mode"), rs.getObject("quantity_amount") == null ? null : rs.getDouble("quantity_amount"),
                        rs.getString("location")))
                .list();
    }

    /** The documents that report the event. */
    List<Long> sourceDocIds(long eventId) {
        return handle.createQuery("SELECT DISTINCT doc_id FROM event_sources WHERE event_id = :id")
                .bind("id", eventId)
                .mapTo(Long.class)
                .list();
    }

    /** Those of {@code actorIds} that are countries. */
    Set<Long> countries(Collection<Long> actorIds) {
        if (actorIds.isEmpty())
            return Set.of();
        return new HashSet<>(handle.createQuery("SELECT id FROM actors WHERE kind = 'COUNTRY' AND id IN (<ids>)")
                .bindList("ids", List.copyOf(actorIds))
                .mapTo(Long.class)
                .list());
    }

    /** The global actor ids among the event's participants. */
    List<Long> participantActorIds(long eventId) {
        return handle.createQuery("SELECT actor_id FROM event_participants WHERE event_id = :id AND actor_id IS NOT NULL")
                .bind("id", eventId)
                .mapTo(Long.class)
                .list();
    }

    /**
     * Takes what a new report of the event knows better: a more precise date, and "occurred" once a report says
     * the event took place (a preview said "planned").
     */
    void update(long eventId, Event report) {
        handle.createUpdate("""
                        UPDATE events SET status = :status WHERE id = :id AND :status = 'occurred'""")
                .bind("status", report.status())
                .bind("id", eventId)
                .execute();
        if (report.date() != null)
            Columns.bindDate(handle.createUpdate("""
                            UPDATE events SET date_value = :date_value, date_granularity = :date_granularity,
                                              date_source = :date_source
                            WHERE id = :id AND LENGTH(date_value) < LENGTH(:date_value)"""), report.date())
                    .bind("id", eventId)
                    .execute();
    }

    /** Adds a participant; {@code actorId} is the global actor id, or null. */
    void addParticipant(long eventId, Participant participant, Long actorId) {
        handle.createUpdate("""
                        INSERT INTO event_participants (event_id, actor_id, name, role)
                        VALUES (:event_id, :actor_id, :name, :role)""")
                .bind("event_id", eventId)
                .bind("actor_id", actorId)
                .bind("name", participant.name())
                .bind("role", participant.role())
                .execute();
    }

    /** Adds the sentence {@code span} of document {@code docId}, whose text is {@code text}, as a source. */
    void addSource(long eventId, long docId, Span span, String text) {
        Columns.bindSpan(handle.createUpdate("""
                        INSERT INTO event_sources (event_id, doc_id, span_start, span_end, text)
                        VALUES (:event_id, :doc_id, :span_start, :span_end, :text)"""), span)
                .bind("event_id", eventId)
                .bind("doc_id", docId)
                .bind("text", text)
                .execute();
    }

    /** Every event with its participants and sources, by id. */
    List<StoredEvent> all() {
        Map<Long, List<StoredEvent.Participant>> participants = new LinkedHashMap<>();
        handle.createQuery("SELECT * FROM event_participants ORDER BY id")
                .map((rs, ctx) -> Map.entry(rs.getLong("event_id"), new StoredEvent.Participant(
                        Columns.nullableLong(rs, "actor_id"), rs.getString("name"), rs.getString("role"))))
                .forEach(e -> participants.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<StoredEvent.Source>> sources = new LinkedHashMap<>();
        handle.createQuery("SELECT * FROM event_sources ORDER BY id")
                .map((rs, ctx) -> Map.entry(rs.getLong("event_id"),
                        new StoredEvent.Source(rs.getLong("doc_id"), Columns.span(rs), rs.getString("text"))))
                .forEach(e -> sources.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        return handle.createQuery("SELECT * FROM events ORDER BY id")
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    return new StoredEvent(id, rs.getString("type"), rs.getString("mode"), rs.getString("status"),
                            rs.getString("summary"), participants.getOrDefault(id, List.of()),
                            rs.getString("location"), Columns.date(rs), quantity(rs),
                            sources.getOrDefault(id, List.of()));
                })
                .list();
    }

    /** The row's quantity, or null when all its columns are null. */
    private static Quantity quantity(ResultSet rs) throws SQLException {
        double amount = rs.getDouble("quantity_amount");
        Double boxed = rs.wasNull() ? null : amount;
        String unit = rs.getString("quantity_unit");
        String what = rs.getString("quantity_what");
        String bound = rs.getString("quantity_bound");
        if (boxed == null && unit == null && what == null && bound == null)
            return null;
        return new Quantity(boxed, unit, what, bound);
    }
}

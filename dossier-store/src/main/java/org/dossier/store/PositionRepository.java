package org.dossier.store;

import java.util.List;
import org.dossier.model.Position;
import org.jdbi.v3.core.Handle;

/** Reads and writes the {@code positions} table on one handle. */
final class PositionRepository {
    private final Handle handle;

    PositionRepository(Handle handle) {
        this.handle = handle;
    }

    /** Inserts a position evidenced in document {@code docId}; {@code actorId} is the global actor id, or null. */
    void insert(long docId, Position position, Long actorId) {
        Columns.bindDate(Columns.bindSpan(handle.createUpdate("""
                        INSERT INTO positions (actor_id, name, proposal, stance, date_value, date_granularity,
                                               date_source, doc_id, span_start, span_end)
                        VALUES (:actor_id, :name, :proposal, :stance, :date_value, :date_granularity,
                                :date_source, :doc_id, :span_start, :span_end)"""), position.evidence()),
                        position.date())
                .bind("actor_id", actorId)
                .bind("name", position.name())
                .bind("proposal", position.proposal())
                .bind("stance", position.stance())
                .bind("doc_id", docId)
                .execute();
    }

    List<StoredPosition> all() {
        return handle.createQuery("SELECT * FROM positions ORDER BY id")
                .map((rs, ctx) -> new StoredPosition(rs.getLong("id"), Columns.nullableLong(rs, "actor_id"),
                        rs.getString("name"), rs.getString("proposal"), rs.getString("stance"), Columns.date(rs),
                        rs.getLong("doc_id"), Columns.span(rs)))
                .list();
    }
}

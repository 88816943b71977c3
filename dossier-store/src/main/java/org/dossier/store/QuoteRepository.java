package org.dossier.store;

import java.util.List;
import org.dossier.model.Quote;
import org.jdbi.v3.core.Handle;

/** Reads and writes the {@code quotes} table on one handle. */
final class QuoteRepository {
    private final Handle handle;

    QuoteRepository(Handle handle) {
        this.handle = handle;
    }

    /** Inserts a quote of document {@code docId}; {@code speakerId} is the global actor id, or null. */
    void insert(long docId, Quote quote, Long speakerId) {
        Columns.bindDate(Columns.bindSpan(handle.createUpdate("""
                        INSERT INTO quotes (doc_id, span_start, span_end, text, kind, speaker_id, speaker_name,
                                            speaker_role, cue, date_value, date_granularity, date_source,
                                            medium, topics)
                        VALUES (:doc_id, :span_start, :span_end, :text, :kind, :speaker_id, :speaker_name,
                                :speaker_role, :cue, :date_value, :date_granularity, :date_source,
                                :medium, :topics)"""), quote.span()), quote.date())
                .bind("doc_id", docId)
                .bind("text", quote.text())
                .bind("kind", quote.kind().name())
                .bind("speaker_id", speakerId)
                .bind("speaker_name", quote.speakerName())
                .bind("speaker_role", quote.speakerRole())
                .bind("cue", quote.cue())
                .bind("medium", quote.medium())
                .bind("topics", JsonColumns.strings(quote.topics()))
                .execute();
    }

    List<StoredQuote> all() {
        return handle.createQuery("SELECT * FROM quotes ORDER BY id")
                .map((rs, ctx) -> new StoredQuote(rs.getLong("id"), rs.getLong("doc_id"), Columns.span(rs),
                        rs.getString("text"), Quote.Kind.valueOf(rs.getString("kind")),
                        Columns.nullableLong(rs, "speaker_id"), rs.getString("speaker_name"),
                        rs.getString("speaker_role"), rs.getString("cue"), Columns.date(rs), rs.getString("medium"),
                        JsonColumns.strings(rs.getString("topics"))))
                .list();
    }
}

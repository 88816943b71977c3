package org.dossier.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dossier.clean.OffsetMap;
import org.dossier.pipeline.ProcessedDocument;
import org.jdbi.v3.core.Handle;

/** Reads and writes the {@code documents} table on one handle. */
final class DocumentRepository {
    private final Handle handle;

    DocumentRepository(Handle handle) {
        this.handle = handle;
    }

    boolean contains(String contentHash) {
        return handle.createQuery("SELECT COUNT(*) FROM documents WHERE content_hash = :hash")
                .bind("hash", contentHash)
                .mapTo(Long.class)
                .one() > 0;
    }

    /** Inserts the document itself, without its facts, and returns its new id. */
    long insert(ProcessedDocument doc, Instant ingestedAt) {
        return handle.createUpdate("""
                        INSERT INTO documents (name, title, url, published, published_source, content_hash,
                                               raw_text, text, removed, removed_count, offsets, ingested_at)
                        VALUES (:name, :title, :url, :published, :published_source, :content_hash,
                                :raw_text, :text, :removed, :removed_count, :offsets, :ingested_at)""")
                .bind("name", doc.name())
                .bind("title", doc.title())
                .bind("url", doc.url())
                .bindByType("published", doc.published(), LocalDate.class)
                .bind("published_source", doc.publishedSource())
                .bind("content_hash", doc.contentHash())
                .bind("raw_text", doc.rawText())
                .bind("text", doc.text())
                .bind("removed", JsonColumns.spans(doc.removed()))
                .bind("removed_count", doc.removed().size())
                .bind("offsets", doc.offsets() == null ? null : JsonColumns.ints(doc.offsets().toArray()))
                .bind("ingested_at", Timestamp.from(ingestedAt))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    List<StoredDocument> all() {
        return handle.createQuery("SELECT * FROM documents ORDER BY id")
                .map((rs, ctx) -> read(rs))
                .list();
    }

    private static StoredDocument read(ResultSet rs) throws SQLException {
        String offsets = rs.getString("offsets");
        return new StoredDocument(rs.getLong("id"), rs.getString("name"), rs.getString("title"),
                rs.getString("url"), rs.getObject("published", LocalDate.class), rs.getString("published_source"),
                rs.getString("content_hash"), rs.getString("raw_text"), rs.getString("text"),
                JsonColumns.spans(rs.getString("removed")),
                offsets == null ? null : OffsetMap.fromArray(JsonColumns.ints(offsets)),
                rs.getTimestamp("ingested_at").toInstant());
    }
}

package org.dossier.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dossier.clean.OffsetMap;
import org.dossier.model.Span;

/**
 * A stored document as export writes it: the cleaned text that all fact spans index, and what cleaning removed.
 *
 * @param id              the global document id that facts refer to
 * @param published       the document creation time, or null
 * @param publishedSource metadata, text, inferred or none
 * @param removed         spans of {@code rawText} that cleaning dropped
 * @param offsets         maps offsets of {@code text} to offsets of {@code rawText}; null when none was saved
 */
public record StoredDocument(long id, String name, String title, String url, LocalDate published,
                             String publishedSource, String contentHash, String rawText, String text,
                             List<Span> removed, OffsetMap offsets, Instant ingestedAt) {
    public StoredDocument {
        Objects.requireNonNull(name, "name");
        removed = List.copyOf(removed);
    }
}

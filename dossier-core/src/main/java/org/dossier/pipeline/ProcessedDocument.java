package org.dossier.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dossier.clean.OffsetMap;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Span;

/**
 * One article after the whole pipeline: its cleaned text, what cleaning removed, and the facts found in it. This is
 * what the store writes in one transaction.
 *
 * @param name            the file name, URL or WARC record id the article came from
 * @param published       the document creation time, or null
 * @param publishedSource metadata, text, inferred or none
 * @param rawText         the text before cleaning (for HTML: the page's text); {@code removed} indexes it
 * @param text            the cleaned text that all fact spans index
 * @param offsets         maps offsets of {@code text} to offsets of {@code rawText}
 * @param contentHash     hex SHA-256 of the raw text: the same content is stored once
 */
public record ProcessedDocument(String name, String title, String url, LocalDate published, String publishedSource,
                                String rawText, String text, List<Span> removed, OffsetMap offsets,
                                String contentHash, DocumentFacts facts) {
    public ProcessedDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(publishedSource, "publishedSource");
        removed = List.copyOf(removed);
        facts = facts == null ? new DocumentFacts() : facts;
    }
}

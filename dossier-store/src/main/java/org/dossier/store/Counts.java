package org.dossier.store;

/**
 * How many rows of each kind the store holds, for progress reports and tests.
 *
 * @param removedSpans the spans of raw text that cleaning dropped, summed over all documents
 */
public record Counts(long documents, long actors, long quotes, long events, long positions, long removedSpans) {
}

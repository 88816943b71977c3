package org.dossier.pipeline;

/** Where processed documents go: the store, in practice. Implementations must accept calls from several workers. */
public interface DocumentSink {
    /** Whether a document with this content hash is already stored. */
    boolean contains(String contentHash);

    /**
     * Stores {@code document} with all its facts in one transaction.
     *
     * @return false when a document with the same content hash was already there (nothing is written)
     */
    boolean save(ProcessedDocument document);
}

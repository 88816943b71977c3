package org.dossier.store;

/**
 * What {@link Store#save} did with a document.
 *
 * @param status     whether the document was written or was already there
 * @param documentId the new document's id when {@link Status#STORED}, else null
 */
public record SaveResult(Status status, Long documentId) {
    /** Whether a save wrote the document. */
    public enum Status { STORED, DUPLICATE }

    public SaveResult {
        if ((status == Status.STORED) != (documentId != null))
            throw new IllegalArgumentException("A " + status + " result with document id " + documentId);
    }

    static SaveResult stored(long documentId) {
        return new SaveResult(Status.STORED, documentId);
    }

    static SaveResult duplicate() {
        return new SaveResult(Status.DUPLICATE, null);
    }

    public boolean isStored() {
        return status == Status.STORED;
    }
}

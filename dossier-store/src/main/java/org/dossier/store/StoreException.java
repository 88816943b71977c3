package org.dossier.store;

/** The database failed or refused a write; the message says which operation, the cause says why. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

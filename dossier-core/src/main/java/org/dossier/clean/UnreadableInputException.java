package org.dossier.clean;

/** Input that cannot become an article: empty, binary, or malformed beyond repair. The message is the reason. */
public class UnreadableInputException extends RuntimeException {
    public UnreadableInputException(String reason) {
        super(reason);
    }

    public UnreadableInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

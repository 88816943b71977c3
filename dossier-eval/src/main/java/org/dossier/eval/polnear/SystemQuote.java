package org.dossier.eval.polnear;

import java.util.Objects;
import org.dossier.model.Span;

/**
 * A quote found by a {@link QuoteSystem}.
 *
 * @param content     the quoted or reported words in the article text, without the quotation marks
 * @param kind        {@code direct} or {@code indirect}
 * @param speakerName the speaker as the system names them, or null when it names none
 */
public record SystemQuote(Span content, String kind, String speakerName) {
    public static final String DIRECT = "direct";
    public static final String INDIRECT = "indirect";

    public SystemQuote {
        Objects.requireNonNull(content, "content");
        checkKind(kind);
    }

    static void checkKind(String kind) {
        if (!DIRECT.equals(kind) && !INDIRECT.equals(kind))
            throw new IllegalArgumentException("kind must be direct or indirect, not " + kind);
    }
}

package org.dossier.eval.polnear;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Span;

/**
 * A quote found by a {@link QuoteSystem}.
 *
 * @param content     the quoted or reported words in the article text, without the quotation marks; for a quote of
 *                    several pieces, the span from the first piece's start to the last one's end
 * @param kind        {@code direct} or {@code indirect}
 * @param speakerName the speaker as the system names them, or null when it names none
 * @param pieces      the spans the system gives as the quote's words, in text order: {@code content} alone, or the
 *                    pieces of a quote split by its cue, whose cue and speaker between them are no part of it
 */
public record SystemQuote(Span content, String kind, String speakerName, List<Span> pieces) {
    public static final String DIRECT = "direct";
    public static final String INDIRECT = "indirect";

    public SystemQuote {
        Objects.requireNonNull(content, "content");
        checkKind(kind);
        pieces = List.copyOf(pieces);
    }

    /** A quote of one piece, {@code content}. */
    public SystemQuote(Span content, String kind, String speakerName) {
        this(content, kind, speakerName, List.of(content));
    }

    static void checkKind(String kind) {
        if (!DIRECT.equals(kind) && !INDIRECT.equals(kind))
            throw new IllegalArgumentException("kind must be direct or indirect, not " + kind);
    }
}

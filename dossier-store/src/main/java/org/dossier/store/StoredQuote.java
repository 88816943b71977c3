package org.dossier.store;

import java.util.List;
import java.util.Objects;
import org.dossier.model.DateValue;
import org.dossier.model.Quote;
import org.dossier.model.Span;

/**
 * A quote with its document and its speaker's global actor id.
 *
 * @param span      the quote in the cleaned text of document {@code docId}
 * @param speakerId the global id of the speaker, or null when the speaker was not resolved
 * @param date      when the words were said, or null
 * @param topics    proposal ids of the active profile
 */
public record StoredQuote(long id, long docId, Span span, String text, Quote.Kind kind, Long speakerId,
                          String speakerName, String speakerRole, String cue, DateValue date, String medium,
                          List<String> topics) {
    public StoredQuote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        topics = List.copyOf(topics);
    }
}

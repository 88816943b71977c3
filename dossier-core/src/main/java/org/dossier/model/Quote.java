package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Direct or reported speech with its speaker.
 *
 * @param span       the quote in the cleaned text
 * @param speakerKey the {@link Actor#key()} of the speaker in the same document, or null when unresolved
 * @param date       when the words were said; null where the text does not say
 */
public record Quote(Span span, String text, Kind kind, String speakerKey, String speakerName, String speakerRole,
                    String cue, DateValue date, String medium, List<String> topics) {
    public enum Kind { DIRECT, INDIRECT }

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}

package org.dossier.model;

/**
 * A role that a text gives a person ("Prime Minister" of Italy), with the span that states it.
 *
 * @param of the ISO country code or organization the role belongs to; may be null
 */
public record Role(String title, String of, Span span) {
}

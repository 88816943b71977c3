package org.dossier.annotate;

import org.dossier.model.Span;

/**
 * A token of the cleaned text.
 *
 * @param word the token as written in the text
 */
public record Token(Span span, String word) {
}

package org.dossier.clean;

import org.dossier.model.Span;

/**
 * A paragraph-level unit of an article's text (a line of a text file, a paragraph of a page's main content), the
 * unit that boilerplate rules judge.
 *
 * @param index position among the article's blocks
 * @param span  where it stands in the text being cleaned, without surrounding whitespace
 */
public record Block(int index, Span span, String text) {
}

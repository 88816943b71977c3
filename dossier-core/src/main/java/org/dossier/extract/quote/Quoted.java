package org.dossier.extract.quote;

import org.dossier.model.Span;

/**
 * Text inside quotation marks.
 *
 * @param outer  the quote with its marks
 * @param inner  the words inside the marks, trimmed
 * @param closed false when the paragraph (or the page) ended before the closing mark
 */
record Quoted(Span outer, Span inner, boolean closed) {
}

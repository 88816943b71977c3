package org.dossier.annotate;

import java.util.List;
import org.dossier.model.Span;

/** A sentence of the cleaned text with its tokens. */
public record Sentence(int index, Span span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The sentence's text, cut from the document's text. */
    public String text(String documentText) {
        return span.of(documentText);
    }
}

package org.dossier.annotate;

import java.time.LocalDate;
import java.util.List;

/**
 * A cleaned document with the result of the annotation pass. Extractors read only this; none re-annotates.
 *
 * @param text      the cleaned text; every span indexes it
 * @param published the document creation time, or null when unknown
 */
public record AnnotatedDocument(String name, String text, LocalDate published, List<Sentence> sentences) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
    }

    /** The number of tokens in the document. */
    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences)
            n += s.tokens().size();
        return n;
    }
}

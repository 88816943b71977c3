package org.dossier.extract;

import org.dossier.annotate.AnnotatedDocument;
import org.dossier.model.DocumentFacts;

/**
 * One extraction stage. It reads the annotated document and the facts of the stages before it, and adds its own.
 * Stages never call each other and keep no per-document state in fields: one instance serves all workers.
 */
@FunctionalInterface
public interface Extractor {
    void extract(AnnotatedDocument document, DocumentFacts facts);
}

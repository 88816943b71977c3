package org.dossier.store;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.clean.OffsetMap;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Span;
import org.dossier.pipeline.ProcessedDocument;

/** Builds small processed documents for store tests. */
final class TestDocuments {
    private TestDocuments() {
    }

    /** A plain-text document named {@code name} whose content hash is derived from the name. */
    static ProcessedDocument document(String name, String text, Consumer<DocumentFacts> facts) {
        DocumentFacts f = new DocumentFacts();
        facts.accept(f);
        return new ProcessedDocument(name, null, null, null, "none", text, text, List.of(),
                OffsetMap.identity(text.length()), "hash-of-" + name, f);
    }

    static Actor actor(String key, ActorKind kind, String name, String... aliases) {
        return new Actor(key, kind, name, List.of(aliases), null, List.of());
    }

    /** The span of the first occurrence of {@code part} in {@code text}. */
    static Span span(String text, String part) {
        int start = text.indexOf(part);
        if (start < 0)
            throw new IllegalArgumentException("'" + part + "' is not in '" + text + "'");
        return new Span(start, start + part.length());
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}

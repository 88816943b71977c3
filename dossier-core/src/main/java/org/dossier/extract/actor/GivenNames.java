package org.dossier.extract.actor;

import java.util.List;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;

/** Given names written alone, resolved to the persons of the document whose names they open. */
final class GivenNames {
    private final Names names;

    GivenNames(Names names) {
        this.names = names;
    }

    /**
     * A given name written alone ("Steve" after "Steve Jobs") refers to the one person of the document it opens the name
     * of; where several persons share it, to the one of them named last before it.
     */
    void resolve(AnnotatedDocument doc, DocumentFacts facts, Persons persons) {
        for (Sentence s : doc.sentences())
            for (Token t : s.tokens()) {
                if (!names.givenNames.contains(t.word()) || !Character.isUpperCase(t.word().charAt(0)) || ActorExtractor.insideName(persons, t.span()))
                    continue;
                List<String> opened = persons.names().stream().filter(n -> n.startsWith(t.word() + " ")).toList();
                String meant = opened.size() == 1 ? opened.get(0) : lastNamedBefore(persons, opened, t.span().start());
                if (meant != null)
                    facts.add(new org.dossier.model.Reference(ActorExtractor.key(ActorKind.PERSON, meant), t.span()));
            }
    }

    /** Of {@code names}, the one whose person is named last before {@code offset}; null where none is named before. */
    private static String lastNamedBefore(Persons persons, List<String> names, int offset) {
        String last = null;
        for (Persons.Mention m : persons.mentions())
            if (m.offset() < offset && names.contains(m.name()))
                last = m.name();
        return last;
    }
}

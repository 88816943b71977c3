package org.dossier.extract.actor;

import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.extract.Gazetteer;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Reference;

/**
 * Records the adjectives of origin of the countries a document names as references to them: "Japanese" in "the
 * Japanese government" refers to Japan when the article names Japan. An adjective alone makes no actor ("French wine"
 * in an article that never names France): a demonym is no name.
 */
final class DemonymReferences {
    private DemonymReferences() {
    }

    static void resolve(AnnotatedDocument doc, DocumentFacts facts, Gazetteer gazetteer) {
        for (Sentence s : doc.sentences())
            for (Token t : s.tokens()) {
                if (!Character.isUpperCase(t.word().charAt(0)))
                    continue;
                var e = gazetteer.find(t.word());
                if (e.isEmpty() || e.get().how() != Gazetteer.How.DEMONYM || e.get().kind() != ActorKind.COUNTRY)
                    continue;
                Actor country = facts.actor(ActorExtractor.key(ActorKind.COUNTRY, e.get().name()));
                if (country != null)
                    facts.add(new Reference(country.key(), t.span()));
            }
    }
}

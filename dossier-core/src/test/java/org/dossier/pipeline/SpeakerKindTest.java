package org.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dossier.ingest.RawArticle;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;
import org.junit.jupiter.api.Test;

/** The quote stage takes the kind of a speaker from the actor stage, which reads the whole text. */
class SpeakerKindTest {
    private static DocumentFacts facts(String text) {
        return Pipeline.standard().process(new RawArticle("t.txt", null, null, LocalDate.of(2025, 3, 3), null, text,
                RawArticle.ContentType.TEXT), null).facts();
    }

    @Test
    void aSpeakerTheTextCallsAThingIsABodyNotAPerson() {
        DocumentFacts f = facts("Plant Closes\n\nVollmar said its sales fell in March, and the plant will close.");
        assertThat(f.quotes()).singleElement().satisfies(q ->
                assertThat(f.actor(q.speakerKey()).kind()).isEqualTo(ActorKind.ORGANIZATION));
        assertThat(f.actors()).extracting(Actor::kind).doesNotContain(ActorKind.PERSON);
    }
}

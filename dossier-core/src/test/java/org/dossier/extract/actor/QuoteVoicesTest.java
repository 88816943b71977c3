package org.dossier.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Annotator;
import org.dossier.extract.quote.QuoteExtractor;
import org.dossier.model.DocumentFacts;
import org.junit.jupiter.api.Test;

/** The first person inside direct quotes, resolved to the speaker or the body the speaker's role names. */
class QuoteVoicesTest {
    private static final Annotator ANNOTATOR = new Annotator();

    private static List<String> references(String text) {
        AnnotatedDocument doc = ANNOTATOR.annotate("t", text, null);
        DocumentFacts facts = new DocumentFacts();
        new ActorExtractor().extract(doc, facts);
        int before = facts.references().size();
        new QuoteExtractor().extract(doc, facts);
        new QuoteVoices().extract(doc, facts);
        return facts.references().subList(before, facts.references().size()).stream()
                .map(r -> r.span().of(text) + " -> " + facts.actor(r.actorKey()).name()).toList();
    }

    @Test
    void iIsTheSpeakerAndWeTheBodyOfTheSpeakersRole() {
        assertThat(references("Vestra Dynamics Inc. cut prices. \"I think our customers will return,\" Vestra Dynamics Inc. "
                + "spokeswoman Ruth Ambler said."))
                .containsExactly("I -> Ruth Ambler", "our -> Vestra Dynamics Inc.");
    }

    @Test
    void wordsOutsideTheQuoteAreLeftAlone() {
        assertThat(references("\"Prices will fall,\" Ruth Ambler said, and we believed her.")).isEmpty();
    }

    @Test
    void aQuoteCutAtItsLinesEndReachesOnToItsClosingMark() {
        assertThat(references("Ruth Ambler of Vestra Dynamics Inc. said \"I expect a hard winter.\nBut I will not sell.\" "
                + "Prices rose.\nI doubt it, a trader said."))
                .containsExactly("I -> Ruth Ambler", "I -> Ruth Ambler");
    }

    @Test
    void aBodysPossessiveBeforeTheRoleIsTheBodyOfWe() {
        assertThat(references("Vestra Dynamics Inc. lost a contract. Vestra Dynamics Inc.'s head of sales Ruth Ambler said: "
                + "\"We will bid again.\""))
                .containsExactly("We -> Vestra Dynamics Inc.");
    }

    @Test
    void aRoleOwnedByADescribedBodyBeforeTheSpeakersNameNamesTheBodyOfWe() {
        assertThat(references("Kestrel Bank posted a loss. The bank's chief executive, Tom Reed, said: \"We expect better days.\""))
                .containsExactly("We -> Kestrel Bank");
    }

    @Test
    void aBodyNamedInAnAppositionAfterTheSpeakerIsTheBodyOfWe() {
        assertThat(references("Kestrel Bank posted a loss. Tom Reed, a Kestrel Bank spokesman, said: \"Our clients stayed with us.\""))
                .containsExactly("Our -> Kestrel Bank", "us -> Kestrel Bank");
    }

    @Test
    void aBodyNamedBeforeTheSpeakerWithoutRoleWordsIsNotTheirs() {
        assertThat(references("Kestrel Bank lost clients on Monday, Tom Reed said: \"We saw it coming.\"")).isEmpty();
    }

    @Test
    void aSpokeswomanWhoseRoleNamesNoBodySpeaksForTheBodyNamedJustBefore() {
        assertThat(references("Kestrel Bank cut its rates on Monday. Spokeswoman Ruth Ambler said: \"We had no choice.\""))
                .containsExactly("We -> Kestrel Bank");
    }

    @Test
    void aSenatorWhoseRoleNamesNoBodySpeaksForNoBodyNamedBefore() {
        assertThat(references("Kestrel Bank cut its rates on Monday. Senator Ruth Ambler said: \"We had no choice.\"")).isEmpty();
    }
}

package org.dossier.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.annotate.Annotator;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;
import org.junit.jupiter.api.Test;

/** A body's first word written alone as its short name, in short articles of our own writing. */
class ShortNamesTest {
    private static final Annotator ANNOTATOR = new Annotator();

    private static List<String> bodies(String text) {
        DocumentFacts facts = new DocumentFacts();
        new ActorExtractor().extract(ANNOTATOR.annotate("t", text, null), facts);
        return facts.actors().stream().filter(a -> a.kind() == ActorKind.ORGANIZATION)
                .map(a -> a.name() + " " + a.aliases()).toList();
    }

    @Test
    void theFirstWordOfABodysNameWrittenAloneIsItsShortName() {
        assertThat(bodies("Trucks sell slowly\nMay 2, 2011\nVardo Motor Company said sales fell in April. "
                + "Buyers turned away from Vardo after the recall."))
                .containsExactly("Vardo Motor Company [Vardo]");
    }

    @Test
    void aFirstWordThatOpensTwoBodiesNamesNeither() {
        assertThat(bodies("Fruit labels clash\nMay 2, 2011\nKestrel Records Ltd. sued Kestrel Software Inc. on Monday. "
                + "A judge said Kestrel may appeal."))
                .containsExactlyInAnyOrder("Kestrel Records Ltd. []", "Kestrel Software Inc. []");
    }

    @Test
    void aTitleOrACountryOpeningABodysNameIsNoShortName() {
        assertThat(bodies("Fleet grows\nMay 2, 2011\nGeneral Dynamics Corp. and Norway Shipping Ltd. signed a deal. "
                + "The General spoke in Norway."))
                .containsExactlyInAnyOrder("General Dynamics Corp. []", "Norway Shipping Ltd. []");
    }

    @Test
    void aLongerNameWrittenOnceThatOpensWithABodysNameIsThatBody() {
        assertThat(bodies("Trucks sell slowly\nMay 2, 2011\nVardo said sales fell in April. Vardo blamed the weather. "
                + "Analysts said Vardo Trucks would recover."))
                .containsExactly("Vardo [Vardo Trucks]");
    }

    @Test
    void aPersonsNameOrAModelsCodeAfterABodysNameMakesNoLongerName() {
        assertThat(bodies("Trucks sell slowly\nMay 2, 2011\nVardo said sales fell in April. Vardo blamed the weather. "
                + "The Vardo XT-9 sold well. Vardo Ruth Ambler spoke."))
                .containsExactly("Vardo []");
    }

    @Test
    void aCommonWordThatOpensABodysNameIsNoShortName() {
        assertThat(bodies("Fees rise\nMay 2, 2011\nHarbor Traders Association members met on Monday. Ships left the harbor. "
                + "Harbor fees rose, Harbor Traders Association said."))
                .containsExactly("Harbor Traders Association []");
    }
}

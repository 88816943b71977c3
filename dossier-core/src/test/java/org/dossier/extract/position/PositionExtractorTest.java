package org.dossier.extract.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.annotate.Annotator;
import org.dossier.extract.actor.ActorExtractor;
import org.dossier.extract.event.EventExtractor;
import org.dossier.extract.quote.QuoteExtractor;
import org.dossier.model.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Positions of short articles of our own writing, printed as {@code holder proposal stance}. */
class PositionExtractorTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private static final PositionExtractor POSITIONS = new PositionExtractor();

    private static List<String> positions(String text) {
        DocumentFacts facts = new DocumentFacts();
        var doc = ANNOTATOR.annotate("t", text, java.time.LocalDate.of(2025, 3, 1));
        new ActorExtractor().extract(doc, facts);
        new QuoteExtractor().extract(doc, facts);
        new EventExtractor().extract(doc, facts);
        POSITIONS.extract(doc, facts);
        return facts.positions().stream().map(p -> p.name() + " " + p.proposal() + " " + p.stance()).toList();
    }

    @Test
    void aQuoteThatWantsAProposalSupportsIt() {
        assertThat(positions("\"We want Ukraine to join NATO as soon as possible,\" Polish Prime Minister Donald Tusk said on Monday."))
                .containsExactly("Donald Tusk nato-membership support");
    }

    @Test
    void negationNearTheCueOpposes() {
        assertThat(positions("Spain will not send peacekeepers to Ukraine, Spanish Prime Minister Pedro Sanchez said on Monday."))
                .containsExactly("Spain foreign-troops oppose");
    }

    @Test
    void negationAfterTheCueOpposesToo() {
        assertThat(positions("\"A truce alone would not end the war in Ukraine,\" Hungarian Foreign Minister Peter Szijjarto said on Monday."))
                .containsExactly("Péter Szijjártó ceasefire oppose");
    }

    @Test
    void noBeforeTheCueOpposesButNotAFartherNoun() {
        assertThat(positions("\"There will be no ceasefire in Ukraine,\" Russian Foreign Minister Sergei Lavrov said on Monday."))
                .containsExactly("Sergei Lavrov ceasefire oppose");
        assertThat(positions("\"No troops in the minerals deal,\" Ukrainian President Volodymyr Zelensky said on Monday."))
                .isEmpty();
    }

    @Test
    void aConditionElsewhereMakesItConditional() {
        assertThat(positions("\"Sweden should take part in a peacekeeping force in Ukraine, if the United States provides air cover,\" Swedish Prime Minister Ulf Kristersson said."))
                .containsExactly("Ulf Kristersson foreign-troops conditional");
        assertThat(positions("\"We are ready to sign the minerals deal, provided that our debts are written off,\" Ukrainian President Volodymyr Zelensky said."))
                .containsExactly("Volodymyr Zelensky minerals-deal conditional");
    }

    @Test
    void aProposalInsideTheConditionIsEntertained() {
        assertThat(positions("\"If Kyiv asks for a reassurance force, nobody in Moscow can forbid it,\" French President Emmanuel Macron said."))
                .containsExactly("Emmanuel Macron foreign-troops support");
    }

    @Test
    void aRejectionByActionOpposes() {
        assertThat(positions("On Friday, Mr. Putin rejected a ceasefire in Ukraine proposed by the United States."))
                .containsExactly("Vladimir Putin ceasefire oppose");
    }

    @Test
    void anAgreementByActionSupports() {
        assertThat(positions("Germany and France agreed on Friday to increase European defense spending as the war in Ukraine goes on."))
                .containsExactly("Germany european-defense support", "France european-defense support");
    }

    @Test
    void reportedSpeechWithACountrySubjectIsTheCountrysPosition() {
        assertThat(positions("Germany opposes lifting sanctions on Russia before a peace deal in Ukraine, Chancellor Friedrich Merz said on Monday."))
                .containsExactly("Germany sanctions-relief oppose");
    }

    @Test
    void directSpeechStaysWithTheSpeaker() {
        assertThat(positions("\"Ukraine needs air defense now,\" Ukrainian President Volodymyr Zelensky said on Monday."))
                .containsExactly("Volodymyr Zelensky arms-supply support");
    }

    @Test
    void aPossessiveHoldsTheDemand() {
        assertThat(positions("Talks on Ukraine stalled over Moscow's demand for territorial concessions."))
                .containsExactly("Russia territorial-concessions support");
    }

    @Test
    void anObjectDoesNotHoldTheStance() {
        assertThat(positions("Leaders met with Mr. Zelensky in Washington to back a pause in hostilities."))
                .isEmpty();
    }

    @Test
    void aMereMentionHasNoPosition() {
        assertThat(positions("The force would be stationed in Ukraine after a ceasefire, Polish Prime Minister Donald Tusk said."))
                .isEmpty();
    }

    @Test
    void weaponsForTheOtherSideAreNotArmsForUkraine() {
        assertThat(positions("Iran continued to supply weapons to Russia, the Pentagon said."))
                .isEmpty();
    }

    @Test
    void speakersJoinedInTheAttributionShareThePosition() {
        assertThat(positions("London and Paris said the plan includes air defense for Ukraine."))
                .containsExactlyInAnyOrder("United Kingdom arms-supply support", "France arms-supply support");
    }

    @Test
    void aGiverNamedByItsDemonymHoldsTheAid() {
        // the palace is where it happened, not who gives
        assertThat(positions("At the Elysee Palace, Zelensky was promised new French military aid worth two billion euros."))
                .containsExactly("France arms-supply support");
    }

    @Test
    void anArticleOutsideTheProfilesScopeGivesNone() {
        assertThat(positions("\"We want a ceasefire in Syria now,\" Turkish President Recep Tayyip Erdogan said on Monday."))
                .isEmpty();
    }
}

package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.direct;

import org.junit.jupiter.api.Test;

/** A quote introduced by a sentence that ends in a colon and has no speech verb, on texts of our own writing. */
class ColonIntrosTest {
    @Test
    void theOnePersonTheSentenceBeforeTheColonNamesIsTheSpeaker() {
        assertThat(direct("The late surge of the challenger does not surprise the pollster Laura Quill: "
                + "“Voters in this district always break late, and they break for the newcomer.”"))
                .containsExactly("Laura Quill|Voters in this district always break late, and they break for the newcomer.");
    }

    @Test
    void anOwnerOpeningTheSentenceIntroducesTheQuoteOfTheNextParagraph() {
        assertThat(direct("Olaf Brenner's verdict on the budget was short:\n\n"
                + "“This plan spends money the city does not have and will never have.”"))
                .containsExactly("Olaf Brenner|This plan spends money the city does not have and will never have.");
    }

    @Test
    void theNameAfterTheDashOfAHeadlineIsTheSpeaker() {
        assertThat(direct("Turnout will decide the race - David Whitlock:\n\n"
                + "“Both campaigns have spent the summer chasing the same few thousand voters in the suburbs.”"))
                .containsExactly("David Whitlock|Both campaigns have spent the summer chasing the same few thousand voters in the suburbs.");
    }

    @Test
    void thePersonAMessageIsSentToIsNotTheSpeaker() {
        assertThat(direct("Governor Maria Reyes had a plain answer for Peter Lund: "
                + "“Stop blocking the water bill or the farms in the south will go dry.”"))
                .containsExactly("Maria Reyes|Stop blocking the water bill or the farms in the south will go dry.");
    }

    @Test
    void aNameInAnOpeningSubordinateClauseIsNotTheSpeaker() {
        assertThat(direct("When Peter Lund resigned in 1998, Governor Maria Reyes released a short statement: "
                + "“Our thoughts are with every family that lost a home on the river tonight.”"))
                .containsExactly("Maria Reyes|Our thoughts are with every family that lost a home on the river tonight.");
    }

    @Test
    void aSentenceNamingTwoPeopleIntroducesNoOne() {
        assertThat(direct("Maria Reyes met Peter Lund at the harbour on Tuesday:\n\n"
                + "“Our thoughts are with every family that lost a home on the river tonight.”"))
                .containsExactly("null|Our thoughts are with every family that lost a home on the river tonight.");
    }

    @Test
    void anOwnerInsideTheSentenceIntroducesNoOne() {
        assertThat(direct("The whole campaign rests on a blind faith in Olaf Brenner's promise:\n\n"
                + "“This plan spends money the city does not have and will never have.”"))
                .containsExactly("null|This plan spends money the city does not have and will never have.");
    }

    @Test
    void asTheSpeakerPutItIsACueOfTheQuoteBeforeIt() {
        assertThat(direct("“The islands have been forgotten again, and nobody on the mainland seems to mind,” "
                + "as Laura Quill put it."))
                .containsExactly("Laura Quill|The islands have been forgotten again, and nobody on the mainland seems to mind,");
    }

    @Test
    void aConjunctionOpeningTheSentenceIsNoSpeaker() {
        assertThat(direct("The council approved the plan. Or, as Tom Ridge, a former mayor of the town, put it, "
                + "“We waited thirty years for this.”"))
                .containsExactly("Tom Ridge|We waited thirty years for this.");
    }
}

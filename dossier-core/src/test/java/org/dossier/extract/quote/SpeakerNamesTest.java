package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.speakers;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who speaks, where the speaker phrase holds a role and a name, on sentences of our own writing. */
class SpeakerNamesTest {

    @Test
    void aRoleBeforeTheCommaAndANameInTheAsideMakeTheNameTheSpeaker() {
        assertThat(speakers("The Danish foreign minister, Lars Holm, said the talks would go on.")).containsExactly("Lars Holm");
        assertThat(speakers("The director of the Bergen Institute, Ola Nes, said funds were short.")).containsExactly("Ola Nes");
    }

    @Test
    void aPersonsAideIsNotThatPerson() {
        assertThat(speakers("Helen Holt's lawyer, Sam Oduya, said the charges were false.")).containsExactly("Sam Oduya");
        assertThat(speakers("Helen Holt's lawyer said the charges were false.")).doesNotContain("Helen Holt");
    }

    @Test
    void aTitleWordAfterAGivenNameIsTheSpeakersSurname() {
        assertThat(speakers("Paul Bishop said the bridge would reopen in May.")).containsExactly("Paul Bishop");
    }

    @Test
    void theFirstOfCoordinatedNamesBeforeAFloatedQuantifierSpeaks() {
        assertThat(speakers("Lindqvist, Abara and Moreau all said the count was wrong.")).containsExactly("Lindqvist");
        assertThat(speakers("Abara and Moreau both said the count was wrong.")).containsExactly("Abara");
        assertThat(speakers("After the recount, Lindqvist, Abara and Moreau said the count was wrong.")).containsExactly("Lindqvist");
    }

    @Test
    void aQuantifierOpeningTheSentenceIsNoName() {
        assertThat(speakers("Both said the count was wrong.")).containsExactly("null");
    }

    @Test
    void aGivenNameWrittenAloneIsThePersonWhoseNameItOpens() {
        assertThat(speakers("Laura Okonjo opened the plant on Friday. Laura said it would hire 200 workers."))
                .containsExactly("Laura Okonjo");
    }

    @Test
    void aGivenNameThatOpensTwoNamesIsNobodyInParticular() {
        assertThat(speakers("Laura Okonjo met Laura Brandt on Friday. Laura said it would hire 200 workers."))
                .doesNotContain("Laura Okonjo", "Laura Brandt");
    }

    @Test
    void aSurnameThatIsATitleWordNamesThePersonLater() {
        assertThat(speakers("Paul Bishop toured the plant on Friday. Bishop said it would hire 200 workers."))
                .containsExactly("Paul Bishop");
    }

    @Test
    void aNamesModifierAndLowerCaseRoleWordsBeforeTheNameAfterTheCueBelongToTheSpeaker() {
        assertThat(speakers("\"We were never asked,\" said Oregon delegate Mara Quint, who left early.")).containsExactly("Mara Quint");
        assertThat(speakers("\"Is that a promise?\" asked NBC moderator Dana Pruitt.")).containsExactly("Dana Pruitt");
        assertThat(speakers("The rule is new, according to ABC legal analyst Judge Ray Olsen.")).containsExactly("Ray Olsen");
    }

    @Test
    void aVerbBetweenTheSpeakerAndANameIsNoRole() {
        assertThat(speakers("\"The vote is close,\" Lund told NBC.")).containsExactly("Lund");
    }

    @Test
    void theStateAfterASpeakersTownIsNoSpeaker() {
        assertThat(speakers("Stacy Moon of Dayton, Ohio says she thinks the plant will close.")).first().isEqualTo("Stacy Moon");
        assertThat(speakers("Paul Lund, a welder from Ava, Mo., who backs the union, said the plant would close."))
                .containsExactly("Paul Lund");
    }

    @Test
    void aTitledNameAfterAPlaceAndACommaIsNoState() {
        assertThat(speakers("Worried by the floods in Ohio, Governor Ann Lowe, the state's leader, said the dams would hold."))
                .containsExactly("Ann Lowe");
    }

    @Test
    void aParticipleOpeningTheSentenceIsNoSubjectOfALaterAndSaid() {
        assertThat(speakers("Walking to the car, Lund waved to the crowd and said the plant would stay open.")).containsExactly("Lund");
        assertThat(speakers("Speaking Sunday on NBC, Lund defended the plan and said it would work.")).containsExactly("Lund");
        assertThat(speakers("Manning visited the plant on Friday and said it would stay open.")).containsExactly("Manning");
    }
}

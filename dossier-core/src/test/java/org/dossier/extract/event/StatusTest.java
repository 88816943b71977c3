package org.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One sentence of our own per status: the words before the trigger decide it, the sentence's conditions apply throughout. */
class StatusTest {
    private static String status(String sentence, String trigger) {
        return Status.of(sentence, sentence.indexOf(trigger), trigger);
    }

    @Test
    void anEventReportedInThePastOccurred() {
        assertThat(status("Estonia sent medical supplies to Georgia in April.", "sent")).isEqualTo("occurred");
    }

    @Test
    void anEventScheduledIsPlanned() {
        assertThat(status("The ministers of Chile and Peru are scheduled to meet in Lima on Friday.", "meet")).isEqualTo("planned");
        assertThat(status("Kenya will host the regional summit in June.", "host")).isEqualTo("planned");
    }

    @Test
    void anEventSomeoneProposesOrPromisesIsProposed() {
        assertThat(status("Ghana suggested holding talks with Togo.", "talks")).isEqualTo("proposed");
        assertThat(status("Japan pledged new credits to Vietnam.", "pledged")).isEqualTo("proposed");
    }

    @Test
    void aNegatedEventIsDenied() {
        assertThat(status("Serbia has not signed the accord with Kosovo.", "signed")).isEqualTo("denied");
        assertThat(status("Nepal declined to send observers to the vote.", "send")).isEqualTo("denied");
    }

    @Test
    void anEventSubjectToConditionsIsConditional() {
        assertThat(status("A truce was agreed in Aden, subject to conditions set by both sides.", "agreed")).isEqualTo("conditional");
        assertThat(status("Norway signed the fishing accord on condition that quotas are reviewed.", "signed")).isEqualTo("conditional");
    }
}

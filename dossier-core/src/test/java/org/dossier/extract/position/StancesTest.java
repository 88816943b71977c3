package org.dossier.extract.position;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

/** The stance towards the word {@code truce} in sentences of our own, the sentence as window. */
class StancesTest {
    private static final Stances STANCES = Stances.standard();

    private static String stance(String sentence) {
        int at = sentence.indexOf("truce");
        return STANCES.stance(sentence, new Span(0, sentence.length()), new Span(at, at + 5), false);
    }

    @Test
    void supportWordsSupport() {
        assertThat(stance("We want a truce by Easter.")).isEqualTo("support");
        assertThat(stance("A truce is key to any settlement.")).isEqualTo("support");
    }

    @Test
    void negationNearTheCueOpposesAndTwoNegationsCancel() {
        assertThat(stance("Moscow does not plan to accept a truce.")).isEqualTo("oppose");
        assertThat(stance("A truce alone would not end the war.")).isEqualTo("oppose");
        assertThat(stance("Kyiv did not reject a truce.")).isEqualTo("support");
    }

    @Test
    void negationInAnotherClauseDoesNotCount() {
        assertThat(stance("A truce remains on the agenda but it is not a priority.")).isEqualTo("support");
    }

    @Test
    void noAndWithoutNegateOnlyWhatFollowsThem() {
        assertThat(stance("There will be no truce.")).isEqualTo("oppose");
        assertThat(stance("A deal can be reached without a truce.")).isEqualTo("oppose");
        assertThat(stance("No more talks: we need a truce.")).isEqualTo("support");
    }

    @Test
    void aConditionElsewhereIsConditional() {
        assertThat(stance("We will back a truce, provided that Russia withdraws.")).isEqualTo("conditional");
        assertThat(stance("We would accept a truce only if Russia withdraws.")).isEqualTo("conditional");
    }

    @Test
    void theCueInsideTheConditionIsEntertained() {
        assertThat(stance("If the allies agree a truce, then we will talk about the sky.")).isEqualTo("support");
    }

    @Test
    void aMereMentionHasNoStance() {
        assertThat(stance("Troops would be stationed after a truce.")).isNull();
        assertThat(stance("The truce was the subject of the talks.")).isNull();
        assertThat(stance("Poland is undecided on a truce.")).isEqualTo("neutral");
    }
}

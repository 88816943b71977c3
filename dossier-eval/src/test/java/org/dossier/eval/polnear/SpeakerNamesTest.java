package org.dossier.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerNamesTest {
    @Test
    void pronounsCommonNounsAndGroupsNameNoOne() {
        assertThat(SpeakerNames.isName("He")).isFalse();
        assertThat(SpeakerNames.isName("the campaign")).isFalse();
        assertThat(SpeakerNames.isName("Officials")).isFalse();
        assertThat(SpeakerNames.isName("the President")).isFalse();
        assertThat(SpeakerNames.isName(null)).isFalse();
    }

    @Test
    void theNameIsTheLastRunOfTheHeadBeforeAnyApposition() {
        assertThat(SpeakerNames.name("Clinton campaign spokesman Brian Fallon")).isEqualTo("Brian Fallon");
        assertThat(SpeakerNames.name("Don Fowler, who helmed the DNC during Bill Clinton’s presidency"))
                .isEqualTo("Don Fowler");
        assertThat(SpeakerNames.name("The state’s campaign chairman, Phil Lovas,")).isEqualTo("Phil Lovas");
        assertThat(SpeakerNames.name("The New York Post")).isEqualTo("New York Post");
        assertThat(SpeakerNames.name("Sen. Tim Kaine")).isEqualTo("Tim Kaine");
    }

    @Test
    void aFirstWordTheArticleAlsoWritesInLowerCaseIsCapitalizedByItsPlaceNotAsAName() {
        String text = "Members of the board asked. Members of the board said the plan had two members. Will said no.";
        assertThat(SpeakerNames.isName("Members of the board", text)).isFalse();
        assertThat(SpeakerNames.isName("Members of the board", "Members of the board said no.")).isTrue();
        assertThat(SpeakerNames.name("Presidential hopeful Dana Brook", "a presidential race")).isEqualTo("Dana Brook");
        assertThat(SpeakerNames.name("Will", "Will said he will go.")).isEqualTo("Will");
        assertThat(SpeakerNames.same("Dana Brook", "Members of the board, Dana Brook among them", text)).isTrue();
    }

    @Test
    void aPossessiveNamesTheSourceOnlyWhenItIsTheWholePhrase() {
        assertThat(SpeakerNames.name("Donald Trump’s campaign")).isNull();
        assertThat(SpeakerNames.name("Clinton’s campaign manager Robby Mook")).isEqualTo("Robby Mook");
        assertThat(SpeakerNames.name("Bolton’s")).isEqualTo("Bolton");
    }

    @Test
    void aNameThatModifiesANounOrATitleIsADescriptionNotAName() {
        assertThat(SpeakerNames.isName("the Kansas governor")).isFalse();
        assertThat(SpeakerNames.isName("Labour strategists")).isFalse();
        assertThat(SpeakerNames.isName("one Warren aide")).isFalse();
        assertThat(SpeakerNames.name("Ohio Rep. Tim Ryan")).isEqualTo("Tim Ryan");
        assertThat(SpeakerNames.name("Warren herself")).isEqualTo("Warren");
        assertThat(SpeakerNames.name("Bill de Blasio")).isEqualTo("Blasio");
    }

    @Test
    void whatFollowsOfFromOrWhoDescribesTheNameAndIsNoName() {
        assertThat(SpeakerNames.name("Sen. Jeff Sessions of Alabama")).isEqualTo("Jeff Sessions");
        assertThat(SpeakerNames.name("Dana Brook from Harris County")).isEqualTo("Dana Brook");
        assertThat(SpeakerNames.same("John Kerry", "Secretary of State John Kerry")).isTrue();
        assertThat(SpeakerNames.isName("a senior adviser to Dana Brook")).isFalse();
        assertThat(SpeakerNames.isName("an editorial in The Harbor Times")).isFalse();
    }

    @Test
    void aSpeakerIsRightByFullNameOrSurnameIgnoringCaseAndAccents() {
        assertThat(SpeakerNames.same("Donald Trump", "Mr. Trump")).isTrue();
        assertThat(SpeakerNames.same("trump", "Donald Trump, the Republican nominee")).isTrue();
        assertThat(SpeakerNames.same("Enrique Peña Nieto", "President Enrique Pena Nieto")).isTrue();
        assertThat(SpeakerNames.same("Hillary Clinton", "Donald Trump")).isFalse();
        assertThat(SpeakerNames.same(null, "Donald Trump")).isFalse();
        assertThat(SpeakerNames.same("Trump", "he")).isFalse();
    }
}

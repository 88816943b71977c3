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
        String text = "Multiple reporters asked. Multiple reporters said the plan had multiple flaws. Will said no.";
        assertThat(SpeakerNames.isName("Multiple reporters", text)).isFalse();
        assertThat(SpeakerNames.isName("Multiple reporters", "Multiple reporters said no.")).isTrue();
        assertThat(SpeakerNames.name("Presidential hopeful Dana Brook’s office", "a presidential race")).isEqualTo("Dana Brook");
        assertThat(SpeakerNames.name("Will", "Will said he will go.")).isEqualTo("Will");
        assertThat(SpeakerNames.same("Dana Brook", "Multiple aides, Dana Brook among them", text)).isTrue();
    }

    @Test
    void aPossessiveRunNamesTheSourceOnlyWhenAlone() {
        assertThat(SpeakerNames.name("Donald Trump’s campaign")).isEqualTo("Donald Trump");
        assertThat(SpeakerNames.name("Clinton’s campaign manager Robby Mook")).isEqualTo("Robby Mook");
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

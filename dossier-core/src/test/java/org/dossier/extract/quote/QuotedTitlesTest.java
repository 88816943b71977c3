package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTitlesTest {
    @Test
    void aPhraseInTitleCaseIsATitle() {
        assertThat(QuotedTitles.isTitle("The Long Road to Harbor Town,")).isTrue();
        assertThat(QuotedTitles.isTitle("Evenings with Maria Lind.")).isTrue();
        assertThat(QuotedTitles.isTitle("Salt and Iron: A History of the Northern Mines")).isTrue();
    }

    @Test
    void aSentenceOrAnExclamationIsNoTitle() {
        assertThat(QuotedTitles.isTitle("We will build the road to Harbor Town,")).isFalse();
        assertThat(QuotedTitles.isTitle("What a Great Night!")).isFalse();
        assertThat(QuotedTitles.isTitle("Like Leeds. Or York,")).isFalse();
    }

    @Test
    void twoCapitalizedWordsAreLeftToTheRulesOfShortQuotes() {
        assertThat(QuotedTitles.isTitle("the Harbor Town")).isFalse();
    }
}

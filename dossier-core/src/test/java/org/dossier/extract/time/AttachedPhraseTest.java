package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class AttachedPhraseTest {
    private static Tense tenseOf(String text, String expression) {
        int at = text.indexOf(expression);
        return AttachedPhrase.tense(text, new Span(at, at + expression.length()));
    }

    @Test
    void aFrontedPhraseTakesTheTenseOfTheClauseAfterItsComma() {
        assertThat(tenseOf("In 2029, the yard launched its first ferry.", "2029")).isEqualTo(Tense.PAST);
    }

    @Test
    void aTrailingPhraseTakesTheTenseOfTheClauseBeforeItsComma() {
        assertThat(tenseOf("The yard sold the ferry, in late 2029 for $5 million.", "2029")).isEqualTo(Tense.PAST);
    }

    @Test
    void aPhraseWithAVerbOfItsOwnIsAClauseAndBorrowsNothing() {
        assertThat(tenseOf("The minister spoke on radio, laying out plans for a bridge in 2029.", "2029"))
                .isEqualTo(Tense.UNKNOWN);
    }

    @Test
    void aFrontedPhraseBeforeAFutureClauseIsFuture() {
        assertThat(tenseOf("In 2029, the yard will launch its first ferry.", "2029")).isEqualTo(Tense.FUTURE);
    }
}

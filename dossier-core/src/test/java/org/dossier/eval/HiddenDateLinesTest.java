package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HiddenDateLinesTest {
    @Test
    void theDateLineUnderTheHeadlineTurnsToSpaces() {
        String text = "Ferry service resumes\nApril 02, 2031\nThe ferry sailed on March 30.\n";
        assertThat(HiddenDateLines.blankDateLine(text))
                .isEqualTo("Ferry service resumes\n" + " ".repeat(14) + "\nThe ferry sailed on March 30.\n");
    }

    @Test
    void aDateInsideASentenceStays() {
        String text = "Ferry service resumes\nThe ferry sailed on April 2, 2031.\n";
        assertThat(HiddenDateLines.blankDateLine(text)).isEqualTo(text);
    }
}

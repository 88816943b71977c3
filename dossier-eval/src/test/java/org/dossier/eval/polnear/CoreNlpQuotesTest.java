package org.dossier.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CoreNlpQuotesTest {
    /** Loads CoreNLP's models (~15-20 s, over 2 GB of heap): run with {@code -DexcludedGroups=none -Dgroups=slow}. */
    @Tag("slow")
    @Test
    void aQuotedSentenceIsFoundWithoutItsMarksAndAttributedToItsSpeaker() {
        String text = "Barack Obama spoke in Chicago on Monday.\n“We will not stop now,” Obama said.\n";

        List<SystemQuote> quotes = new CoreNlpQuotes().quotes("t", text, LocalDate.of(2016, 9, 30));

        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).content().of(text)).isEqualTo("We will not stop now,");
        assertThat(quotes.get(0).kind()).isEqualTo("direct");
        assertThat(quotes.get(0).speakerName()).contains("Obama");
    }

    @Test
    void quotationMarksAndSpacesAreTrimmedFromBothEnds() {
        String text = "He said: “ Yes. ”";

        assertThat(CoreNlpQuotes.inside(text, 9, text.length()).of(text)).isEqualTo("Yes.");
    }
}

package org.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule on a short article of our own writing; removals shown as the text they drop. */
class BoilerplateTest {
    private final Cleaner cleaner = Cleaner.standard();

    private List<String> removed(String raw) {
        CleanText clean = cleaner.cleanText(raw);
        return clean.removed().stream().map(s -> s.of(raw).strip()).toList();
    }

    @Test
    void dropsCommentWidgetsAndShareLines() {
        String raw = "The council met on Monday and approved the budget.\nShare this article\n3 Comments\nPost a Comment\n";
        assertThat(removed(raw)).containsExactly("Share this article", "3 Comments", "Post a Comment");
    }

    @Test
    void dropsARelatedLinksBlockWithTheLinkTitlesAroundIt() {
        String raw = """
                The minister resigned after the vote, her office said.

                Drought Hits Farms, Ports Reopen, Markets Rally
                Related Stories
                Ten Things to Know About the New Tariffs

                The opposition called for early elections.
                """;
        assertThat(removed(raw)).containsExactly(
                "Drought Hits Farms, Ports Reopen, Markets Rally", "Related Stories", "Ten Things to Know About the New Tariffs");
    }

    @Test
    void dropsAnAuthorBlurb() {
        String raw = "Troops left the city overnight.\n\nMaria Lopez, the Herald's diplomatic correspondent, writes about Europe and its neighbours.\n";
        assertThat(removed(raw)).containsExactly("Maria Lopez, the Herald's diplomatic correspondent, writes about Europe and its neighbours.");
    }

    @Test
    void dropsARepeatedParagraphButNotItsFirstOccurrence() {
        String raw = "Talks resume in Geneva next week.\nTalks resume in Geneva next week.\nBoth sides agreed.\n";
        CleanText clean = cleaner.cleanText(raw);
        assertThat(clean.text()).isEqualTo("Talks resume in Geneva next week.\nBoth sides agreed.\n");
        assertThat(clean.removed()).hasSize(1);
        assertThat(clean.removed().get(0).start()).isEqualTo(raw.indexOf('\n') + 1);
    }

    @Test
    void dropsTeasersCutOffInTheMiddleOfTheArticleWhole() {
        String raw = """
                The central bank raised rates on Tuesday.
                Lorem story: A heatwave across the south has forced schools to close early and hospitals to cancel operations as temperatures rose to
                The decision was unanimous, the bank said.
                """;
        assertThat(removed(raw)).containsExactly(
                "Lorem story: A heatwave across the south has forced schools to close early and hospitals to cancel operations as temperatures rose to");
    }

    @Test
    void dropsOnlyTheBrokenSentenceWhenTheArticleItselfIsCutOff() {
        String raw = "Mr. Lee spoke first. He thanked the hosts for a warm welcome and said the talks were useful, which Mr. Park later called a\n";
        assertThat(removed(raw)).containsExactly(
                "He thanked the hosts for a warm welcome and said the talks were useful, which Mr. Park later called a");
    }

    @Test
    void keepsHeadlinesShortBulletsAndFinishedSentences() {
        String raw = """
                Ministers to meet in Rome on Friday ahead of the summit
                Key points: * Rates rise * Budget approved * No deal on tariffs yet
                “We are ready,” she said.
                """;
        assertThat(removed(raw)).isEmpty();
        assertThat(cleaner.cleanText(raw).title()).isEqualTo("Ministers to meet in Rome on Friday ahead of the summit");
    }

    @Test
    void treatsANoBreakSpaceAsWhitespaceAtTheEndOfAParagraph() {
        String raw = "“We will help,” the envoy, who leads the mission for the organisation, said in a statement.\u00a0\nMore text follows here.\n";
        assertThat(removed(raw)).isEmpty();
    }

    @Test
    void mapsCleanedOffsetsBackToTheRawText() {
        String raw = "No comments:\nThe vote was held on Sunday.\n";
        CleanText clean = cleaner.cleanText(raw);
        int vote = clean.text().indexOf("vote");
        assertThat(clean.offsets().toRaw(vote)).isEqualTo(raw.indexOf("vote"));
    }
}

package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {
    private static String inferred(String text, String page) {
        Optional<PublicationDates.Inference> found = PublicationDates.infer(text, page);
        return found.map(i -> i.date().toString()).orElse("none");
    }

    private static String inferred(String text) {
        return inferred(text, null);
    }

    @Test
    void theDayAfterTheLatestDatedStatementOfTheLead() {
        String text = """
                The port authority said on Sept. 14 it would reopen the northern quay.
                Harbour master Ida Berg told reporters on Sept. 9 that repairs were nearly done.
                The quay reopens in time for the 2030 season, officials say.
                The quay will reopen on Sept. 18.
                """;
        assertThat(inferred(text)).isEqualTo("2030-09-15");
    }

    @Test
    void anAnnouncedEventAloneLeavesTheDayOpen() {
        String text = """
                The port authority will reopen the northern quay on Sept. 14.
                The quay reopens in time for the 2030 season, officials say.
                """;
        assertThat(inferred(text)).isEqualTo("none");
    }

    @Test
    void boundsMoreThanAWeekApartLeaveTheDayOpen() {
        String text = """
                The port authority said on Sept. 14 it would reopen the northern quay.
                The quay will reopen on Sept. 28.
                The quay reopens in time for the 2030 season, officials say.
                """;
        assertThat(inferred(text)).isEqualTo("none");
    }

    @Test
    void aStatementInALaterLineStillBoundsFromBelow() {
        String text = """
                The council has a meeting on Oct. 2, 2030 on the budget.
                The mayor said on Oct. 6 that cuts were unavoidable.
                The council will vote on Oct. 9.
                """;
        assertThat(inferred(text)).isEqualTo("2030-10-07");
    }

    @Test
    void aLeadThatAnnouncesAnEventPutsTheArticleRightBeforeIt() {
        String text = """
                Mayor to open the new bridge on June 12 ahead of the regatta
                The regatta on June 14 will bring crews from 12 countries.
                The works cost more than planned, the city's auditor said on June 8.
                The city's 2031 budget is tight.
                """;
        assertThat(inferred(text)).isEqualTo("2031-06-11");
    }

    @Test
    void anOldAnnouncementOnATimelineDoesNotBoundTheDate() {
        String text = """
                The union said on April 20 that the strike was over.
                Key developments on April 2: the union says it will strike on April 5.
                Fares in 2028 are the highest on record.
                The union will vote again on April 24.
                """;
        assertThat(inferred(text)).isEqualTo("2028-04-21");
    }

    @Test
    void theYearMayComeFromThePageAroundTheText() {
        String text = "Officials said on March 3 the dam held. Engineers will inspect it on March 6.\n";
        String page = text + "More: the 2032 flood season in pictures\n";
        assertThat(inferred(text, page)).isEqualTo("2032-03-04");
    }

    @Test
    void aYearAheadDoesNotDateTheArticle() {
        String text = "The minister said on May 4 that the line will be finished by 2033. Costs in 2029 are rising. The board will meet on May 7.\n";
        assertThat(inferred(text)).isEqualTo("2029-05-05");
    }

    @Test
    void aDatelineWithoutAYearTakesTheYearTheTextNames() {
        String text = "OSLO, Nov. 21 (Reuters) - Norway's budget for 2030 is in balance, the finance ministry says.\n";
        assertThat(inferred(text)).isEqualTo("2030-11-21");
    }

    @Test
    void aWireDatelineWithADoubledDashGivesMonthAndDay() {
        String text = "\n  BERGEN, June 4 (Wire) -- The fisheries board says the quotas for 2031 are final.\n";
        assertThat(inferred(text)).isEqualTo("2031-06-04");
    }

    @Test
    void aDateWithItsYearIsNotTheArticlesYearAndDoesNotLead() {
        String text = "The dam, on the repair list of May 2, 2019, is safe, the inspector said on June 8. Repairs will start on June 11.\n";
        assertThat(inferred(text)).isEqualTo("2019-06-09");
    }

    @Test
    void aLeadFarPastTheEventItWouldPrecedeIsNoNewsAndDatesNothing() {
        String text = """
                The new ferry entered service on Aug. 20 after a month of trials.
                The shipyard director said on Sept. 2 that a second ferry was nearly done.
                The shipyard will deliver it on Sept. 5.
                Ferry traffic in 2030 is the highest on record.
                """;
        assertThat(inferred(text)).isEqualTo("none");
    }

    @Test
    void aLeadLongBeforeTheLatestDatedStatementDatesNothing() {
        String text = """
                Storms flooded the valley on Feb. 2, cutting the road to the pass.
                The county engineer said on Feb. 19 that the road was safe again.
                The road will reopen on Feb. 22.
                Snowfall in 2030 is the heaviest on record.
                """;
        assertThat(inferred(text)).isEqualTo("none");
    }

    @Test
    void aYearFrontedBeforeAPresentClauseStillDatesTheArticle() {
        String text = "In 2030, ferry fares are the highest on record. The operator said on July 9 that demand was strong. It will add sailings on July 12.\n";
        assertThat(inferred(text)).isEqualTo("2030-07-10");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The ferry company declared a dividend, payable Sept. 14, the board said.",
            "The ferry company said it is calling its bonds for redemption on Sept. 14.",
            "For the quarter ended Sept. 14, the ferry company reported a profit.",
    })
    void aDateThatIsNotTheStatementsOwnDoesNotBoundTheArticle(String text) {
        assertThat(inferred(text + " Fares in 2030 are the highest on record.\n")).isEqualTo("none");
    }

    @Test
    void aDateOpeningItsSentenceDatesTheStatementThatFollows() {
        assertThat(inferred("On Sept. 14, the ferry company said fares in 2030 are the highest on record.\n"))
                .isEqualTo("2030-09-15");
    }

    @Test
    void withoutAYearNothingIsInferred() {
        assertThat(inferred("The port authority said on Sept. 14 it would reopen the quay.\n")).isEqualTo("none");
    }

    @Test
    void withoutDatedStatementsOrAnnouncementsNothingIsInferred() {
        assertThat(inferred("The festival of 2030 opened today, a week after the rains of May 3.\n")).isEqualTo("none");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The ferry operator said on July 9 that the route opened in 2027.",
            "The ferry operator said on July 9 that fares have risen since 2027.",
            "Fares rose between 2025 and 2027, the ferry operator said on July 9.",
            "Fares were lower in 2027, when the route opened, the ferry operator said on July 9.",
            "In 2027, the ferry operator bought two ships. It said on July 9 that both were sound.",
    })
    void aYearTheTextLooksBackOnDoesNotDateTheArticle(String text) {
        assertThat(inferred(text + " The operator will vote on July 12.\n")).isEqualTo("none");
    }

    @Test
    void aLineHoldingOnlyAFullDateUnderTheHeadlineIsTheDate() {
        String text = "Ferry operator orders two new ships\nOctober 04, 2029\nThe operator said on Sept. 30 that it would buy two ships.\n";
        assertThat(inferred(text)).isEqualTo("2029-10-04");
    }

    @Test
    void aFullDateInsideASentenceIsNoDateLine() {
        assertThat(inferred("Ferry operator orders ships\nThe order of October 04, 2029 was cancelled.\n")).isEqualTo("none");
    }

    @Test
    void aDateThatModifiesANounDatesNoStatement() {
        assertThat(PublicationDates.role("The mayor noted the Oct. 3 flood in her speech.", new Span(20, 26)))
                .isEqualTo(PublicationDates.Role.OTHER);
        assertThat(PublicationDates.role("The mayor said on Oct. 3 that the flood was over.", new Span(18, 24)))
                .isEqualTo(PublicationDates.Role.STATEMENT);
    }

    @Test
    void aLaterYearToldInThePastLeavesTheYearUnknown() {
        String lead = "Harbour master Ida Berg said on Sept. 9 that the quay resembles the 2024 design.\n";
        assertThat(inferred(lead)).isEqualTo("2024-09-10");
        assertThat(inferred(lead + "Berg, who completed the port's rebuilding in 2027, spoke to reporters.\n")).isEqualTo("none");
    }
}

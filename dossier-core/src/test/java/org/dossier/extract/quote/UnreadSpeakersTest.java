package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.speakers;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers that the name parser alone does not read, on sentences of our own writing. */
class UnreadSpeakersTest {

    @Test
    void aQuoteAfterAShortAttributedQuoteSpeaksForTheSameSpeaker() {
        assertThat(speakers("Farmers met on Monday.\n\n\"They're tired,\" Hallam said. \"Nobody here can doubt it any more.\""))
                .containsExactly("Hallam");
    }

    @Test
    void rolesBeforeTheNameAfterTheCueLeaveTheNameTheSpeaker() {
        assertThat(speakers("\"We returned the money to every donor,\" said Marlow campaign manager Jon Kerrig."))
                .containsExactly("Jon Kerrig");
        assertThat(speakers("\"We returned the money to every donor,\" said Marlow's campaign manager Jon Kerrig."))
                .containsExactly("Jon Kerrig");
        assertThat(speakers("\"The vote was never ours to win,\" said former Iowa Gov. and party chairman Ed Marlow."))
                .containsExactly("Ed Marlow");
    }

    @Test
    void aNameInAppositionAfterALowerCaseRoleAfterTheCueSpeaks() {
        assertThat(speakers("\"It is over for the whole team,\" said another longtime organizer, Jane Roe."))
                .containsExactly("Jane Roe");
    }

    @Test
    void aTitledSurnameAfterADescriptionAfterTheCueSpeaks() {
        assertThat(speakers("Daniel Korr founded the mill in 1980. \"It is over for the whole family,\" said the younger Mr. Korr."))
                .containsExactly("Daniel Korr");
    }

    @Test
    void anAdjunctBetweenTheNameAndTheCueIsSkipped() {
        assertThat(speakers("Hallam at the time said he had asked aides to review the fees.")).contains("Hallam");
        assertThat(speakers("Hallam earlier Thursday said the panel had met 75 times.")).containsExactly("Hallam");
        assertThat(speakers("Ann Hallam in a blog post said she would name more judges.")).containsExactly("Ann Hallam");
        assertThat(speakers("Hallam now says the stadium will not be built.")).containsExactly("Hallam");
    }

    @Test
    void theNameLeadingACoordinatedSubjectSpeaks() {
        assertThat(speakers("Hallam and his lawyers have said the firm would reopen after the trial.")).containsExactly("Hallam");
    }

    @Test
    void aNameAfterTheCueThatIsNoPersonIsNoSpeaker() {
        assertThat(speakers("\"It is over for the whole team,\" said a union official in Ohio.")).doesNotContain("Ohio");
    }

    private static List<String> quotes(String text) {
        return QuoteFixture.extract(text).stream().map(q -> q.speakerName() + "|" + q.text()).toList();
    }

    @Test
    void anOpeningCurlyMarkAfterTheLastCommaClosesTheQuote() {
        assertThat(quotes("“If the mill closes, the whole valley will feel it,“ said Ann Roe, a county clerk."))
                .containsExactly("Ann Roe|If the mill closes, the whole valley will feel it,");
    }

    @Test
    void aStraightMarkClosesWithACurlyOneUnlessThatClosesANestedQuote() {
        assertThat(quotes("\"The river has risen three feet since Sunday,” Hallam said."))
                .containsExactly("Hallam|The river has risen three feet since Sunday,");
        assertThat(quotes("\"HALLAM: They treat this like an episode of “Bake Off.” But the budget is no game at all,\" she said."))
                .isNotEmpty().allMatch(q -> q.endsWith("no game at all,"));
    }

    @Test
    void aNameAfterARoleThatOpensInLowerCaseAndHoldsCapitalsSpeaks() {
        assertThat(speakers("\"We stand by every word of the report,\" said the company's chief executive, John J. Morrow."))
                .containsExactly("John J. Morrow");
        assertThat(speakers("\"We stand by every word of the report,\" said a former spokesman for the Foreign Ministry, Oleg Nosov, who now teaches."))
                .containsExactly("Oleg Nosov");
    }

    @Test
    void theNameLeadingALongerOrNamedSecondConjunctSpeaks() {
        assertThat(speakers("Hallam and his rivals for the party's nomination have said they would repeal the tax.")).containsExactly("Hallam");
        assertThat(speakers("Hallam and the State Department have said none of the files were marked.")).containsExactly("Hallam");
        assertThat(speakers("Hallam praised Korr and the senator said the vote would pass.")).doesNotContain("Hallam", "Korr");
    }

    @Test
    void aParticipleCueAfterACommaInsideTheClosingMarkSharesTheSubject() {
        assertThat(speakers("Hallam gave a defense of “farm values,” saying the valley embodied the heart of the country."))
                .containsExactly("Hallam");
    }
}

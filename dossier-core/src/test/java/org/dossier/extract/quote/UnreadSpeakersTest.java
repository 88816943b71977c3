package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.annotate.Annotator;
import org.dossier.model.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Speakers that the name parser alone does not read, on sentences of our own writing. */
class UnreadSpeakersTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    private static List<String> speakers(String text) {
        DocumentFacts facts = new DocumentFacts();
        EXTRACTOR.extract(ANNOTATOR.annotate("t", text, null), facts);
        return facts.quotes().stream().map(q -> String.valueOf(q.speakerName())).toList();
    }

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
}

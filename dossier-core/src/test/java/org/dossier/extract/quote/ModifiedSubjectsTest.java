package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.quotes;

import org.junit.jupiter.api.Test;

/** Subjects whose head noun has a modifier after it, on sentences of our own writing. */
class ModifiedSubjectsTest {

    @Test
    void aSubjectWithAPrepositionalPhraseReportsItsClause() {
        assertThat(quotes("Harbor news.\n\nLarge majorities of farmers in three counties said they oppose the new levy."))
                .containsExactly("indirect|null|they oppose the new levy");
        assertThat(quotes("Harbor news.\n\nRather, sources close to the harbor board say the ferry will stop in May."))
                .containsExactly("indirect|null|the ferry will stop in May");
    }

    @Test
    void aSubjectWithARelativeClauseReportsItsClause() {
        assertThat(quotes("Harbor news.\n\nStill, parents who packed the school hall on Monday night say the building must stay open."))
                .containsExactly("indirect|null|the building must stay open");
    }

    @Test
    void aSubjectWithAParticipleReportsItsClause() {
        assertThat(quotes("Harbor news.\n\nResidents hoping to keep the ferry said the board had ignored their letters."))
                .containsExactly("indirect|null|the board had ignored their letters");
        assertThat(quotes("Harbor news.\n\nDockworkers interviewed at the gates said the strike would go on for weeks."))
                .containsExactly("indirect|null|the strike would go on for weeks");
    }

    @Test
    void aSubjectAfterTheClauseItSpeaksForReportsTheClause() {
        assertThat(quotes("Harbor news.\n\nThe ferry will stop running in May, a source close to the harbor board said."))
                .containsExactly("indirect|null|The ferry will stop running in May");
    }

    @Test
    void aSubjectBeforeADashedAsideReportsTheClauseAfterTheCue() {
        assertThat(quotes("Harbor news.\n\nMany at the meeting — including two councillors — said the plan was rushed through."))
                .containsExactly("indirect|null|the plan was rushed through");
    }

    @Test
    void aNameBeforeOrInsideADashedAsideSpeaks() {
        assertThat(quotes("Harbor news.\n\nMara Ostrow — a clerk at the harbor for thirty years — said the ferry had never stopped before."))
                .containsExactly("indirect|Mara Ostrow|the ferry had never stopped before");
        assertThat(quotes("Harbor news.\n\nA former harbor master -- Mara Ostrow, who retired in May -- said the ferry had never stopped before."))
                .containsExactly("indirect|Mara Ostrow|the ferry had never stopped before");
    }

    @Test
    void aPastTenseVerbWithAnObjectIsNoParticipleOfTheSubject() {
        assertThat(quotes("Harbor news.\n\nLast spring, the harbor board joined the unions in asking that the ferry run all winter."))
                .noneMatch(q -> q.contains("the harbor board joined"));
    }
}

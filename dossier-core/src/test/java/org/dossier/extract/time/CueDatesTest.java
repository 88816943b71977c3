package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Annotator;
import org.dossier.model.DateValue;
import org.dossier.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CueDatesTest {
    private static Annotator annotator;
    private static final LocalDate DCT = LocalDate.of(2031, 5, 16);

    @BeforeAll
    static void load() {
        annotator = new Annotator();
    }

    /** The date of the cue {@code cue} (its first occurrence) attributing {@code reported}. */
    private static DateValue dateOf(String text, String cue, String reported) {
        AnnotatedDocument d = annotator.annotate("t", text, DCT);
        int c = text.indexOf(cue);
        Span cueSpan = new Span(c, c + cue.length());
        int sentence = d.sentences().stream().filter(s -> s.span().contains(cueSpan)).findFirst().orElseThrow().index();
        int r = reported == null ? -1 : text.indexOf(reported);
        return CueDates.of(d).dateOf(cueSpan, sentence, r < 0 ? null : new Span(r, r + reported.length()));
    }

    @Test
    void anExpressionBesideTheCueDatesIt() {
        assertThat(dateOf("The harbour master said on May 2 that the pier was unsafe.", "said", "the pier was unsafe"))
                .isEqualTo(new DateValue("2031-05-02", "day", "text"));
    }

    @Test
    void aWeekDatesItsCueAsTheIntervalOfItsDays() {
        assertThat(dateOf("The harbour master said last week that the pier was unsafe.", "said", "the pier was unsafe"))
                .isEqualTo(new DateValue("2031-05-05/2031-05-11", "range", "text"));
    }

    @Test
    void theArticlesDatelineDatesNoStatementInIt() {
        assertThat(dateOf("date 2031-05-16 The harbour master told reporters on Thursday that the pier was unsafe.",
                "told", "the pier was unsafe")).isEqualTo(new DateValue("2031-05-15", "day", "text"));
        assertThat(dateOf("date 2031-05-16 The harbour master has told reporters that the pier was unsafe.",
                "told", "the pier was unsafe")).isNull();
    }

    @Test
    void anExpressionOpeningTheSentenceDatesItsCue() {
        assertThat(dateOf("Yesterday, a spokeswoman for the port said the cranes were idle.", "said", "the cranes were idle"))
                .isEqualTo(new DateValue("2031-05-15", "day", "text"));
    }

    @Test
    void anExpressionInsideTheReportedWordsDatesThemNotTheCue() {
        assertThat(dateOf("The ministry has said the ferry was sold last year.", "said", "the ferry was sold last year")).isNull();
    }

    @Test
    void theClauseOfTheCueComesBeforeTheRestOfTheSentence() {
        assertThat(dateOf("After the flood on Monday, the mayor told reporters on Wednesday that repairs would start.",
                "told", "repairs would start").value()).isEqualTo("2031-05-14");
    }

    @Test
    void aPossessiveExpressionNamesAThingAndDatesNothing() {
        assertThat(dateOf("The minister praised Tuesday's agreement as a breakthrough.", "praised", "Tuesday's agreement as a breakthrough")).isNull();
    }

    @Test
    void itemsOfARoundupTakeTheDateOfTheirHeading() {
        String text = "Main events on April 30: * Port to reopen, mayor says * Rail strike ends, union says";
        assertThat(dateOf(text, "union says", null).value()).isEqualTo("2031-04-30");
    }

    @Test
    void aMonthKeepsItsGranularity() {
        assertThat(dateOf("Last month, the regulator said fares would rise.", "said", "fares would rise"))
                .isEqualTo(new DateValue("2031-04", "month", "text"));
    }

    @Test
    void anUndatedCueHasNoDate() {
        assertThat(dateOf("The regulator says fares will rise.", "says", "fares will rise")).isNull();
    }

    /** The day an "added" in the sentence after the one holding {@code phrase} gives it. */
    private static DateValue addedAfter(String text, String phrase) {
        AnnotatedDocument d = annotator.annotate("t", text, DCT);
        int at = text.indexOf(phrase);
        int sentence = d.sentences().stream().filter(s -> s.span().start() <= at && at < s.span().end()).findFirst().orElseThrow().index();
        return CueDates.of(d).dayAddedAfter(sentence);
    }

    @Test
    void aStatementAddedOnADayDatesTheUndatedOneBeforeIt() {
        String text = "For the harbour master, the pier \"is no longer safe\".\n\"We will close it,\" the mayor added on Tuesday.";
        assertThat(addedAfter(text, "harbour master")).isEqualTo(new DateValue("2031-05-13", "day", "inferred"));
    }

    @Test
    void anUndatedAdditionOrAnotherCueGivesNoDay() {
        assertThat(addedAfter("The pier is unsafe, the harbour master said. \"We will close it,\" the mayor added.", "harbour master")).isNull();
        assertThat(addedAfter("The pier is unsafe, the harbour master said. The mayor spoke on Tuesday.", "harbour master")).isNull();
    }
}

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

    /**
     * The date of the statement of cue {@code cue} attributing {@code reported}, where {@code others} are the other
     * quotes and reported clauses of the text.
     */
    private static DateValue statementDate(String text, String cue, String reported, String... others) {
        AnnotatedDocument d = annotator.annotate("t", text, DCT);
        int c = text.indexOf(cue);
        Span cueSpan = new Span(c, c + cue.length());
        int sentence = d.sentences().stream().filter(s -> s.span().contains(cueSpan)).findFirst().orElseThrow().index();
        java.util.List<Span> all = new java.util.ArrayList<>();
        for (String o : others)
            all.add(spanOf(text, o));
        Span own = reported == null ? null : spanOf(text, reported);
        if (own != null)
            all.add(own);
        return CueDates.of(d).forStatements(all).dateOf(cueSpan, sentence, own);
    }

    private static Span spanOf(String text, String part) {
        int at = text.indexOf(part);
        assertThat(at).as(part).isNotNegative();
        return new Span(at, at + part.length());
    }

    @Test
    void anExpressionInWordsThatAnotherCueReportsDatesNoOtherStatement() {
        String text = "The harbour master said the pier was unsafe, adding that the inspection on May 9 had found cracks.";
        assertThat(statementDate(text, "said", "the pier was unsafe", "the inspection on May 9 had found cracks")).isNull();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        assertThat(statementDate(lower, "said", "the pier was unsafe", "the inspection on may 9 had found cracks")).isNull();
    }

    @Test
    void aCueInsideReportedWordsIsDatedByItsOwnClauseThere() {
        String text = "The mayor said that the harbour master told her on Tuesday that the pier was unsafe.";
        assertThat(statementDate(text, "told", "the pier was unsafe",
                "the harbour master told her on Tuesday that the pier was unsafe")).isEqualTo(new DateValue("2031-05-13", "day", "text"));
    }

    @Test
    void aBoundOrADeadlineDatesNoStatement() {
        assertThat(statementDate("The council, which closed the market from May 3, said stalls would reopen.", "said",
                "stalls would reopen")).isNull();
        assertThat(statementDate("stalls stayed shut till may 3, the council said.", "said", "stalls stayed shut")).isNull();
        assertThat(statementDate("The council said on May 7 that stalls stayed shut.", "said", "stalls stayed shut"))
                .isEqualTo(new DateValue("2031-05-07", "day", "text"));
    }

    @Test
    void aDayAfterThePublicationDatesNoStatementAlreadyReported() {
        assertThat(statementDate("The minister, who will visit the port on May 20, said the cranes were idle.", "said",
                "the cranes were idle")).isNull();
        assertThat(statementDate("the minister, who will visit the port on may 20, said the cranes were idle.", "said",
                "the cranes were idle")).isNull();
    }

    @Test
    void aDateAfterTheNamesAKnownEventButAfterAnOccasion() {
        assertThat(statementDate("The senator, who led the May 2 walkout, said the bill was dead.", "said", "the bill was dead"))
                .isNull();
        assertThat(statementDate("In a May 2 interview, the senator said the bill was dead.", "said", "the bill was dead"))
                .isEqualTo(new DateValue("2031-05-02", "day", "text"));
    }

    @Test
    void aPossessiveWithADoubledApostropheDatesNothing() {
        assertThat(dateOf("the senator praised tuesday''s vote and said the bill was dead.", "said", "the bill was dead")).isNull();
        assertThat(dateOf("the senator said on tuesday the bill was dead.", "said", "the bill was dead"))
                .isEqualTo(new DateValue("2031-05-13", "day", "text"));
    }

    @Test
    void theDayBeforeAStatementIsNoneThatReportedWordsName() {
        String text = "The mayor said the pier closed on Monday. \u201cWe will fix it,\u201d she added.";
        AnnotatedDocument d = annotator.annotate("t", text, DCT);
        assertThat(CueDates.of(d).dayBefore(1)).isEqualTo(new DateValue("2031-05-12", "day", "inferred"));
        assertThat(CueDates.of(d).forStatements(java.util.List.of(spanOf(text, "the pier closed on Monday"))).dayBefore(1)).isNull();
    }

    @Test
    void aPossessiveAfterAnOpeningAtOrDuringIsTheOccasionOfTheWords() {
        assertThat(statementDate("At Tuesday's hearing, the senator said the bill was dead.", "said", "the bill was dead"))
                .isEqualTo(new DateValue("2031-05-13", "day", "text"));
        assertThat(statementDate("during tuesday's hearing, the senator said the bill was dead.", "said", "the bill was dead"))
                .isEqualTo(new DateValue("2031-05-13", "day", "text"));
        assertThat(statementDate("The senator hailed Tuesday's vote and said the bill was dead.", "said", "the bill was dead"))
                .isNull();
    }
}

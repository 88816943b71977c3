package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexesTest {
    /** A Friday. */
    private static final LocalDate DCT = LocalDate.of(2031, 5, 16);

    private static String only(String sentence, LocalDate dct) {
        List<Timex> found = Timexes.find(sentence, dct);
        assertThat(found).hasSize(1);
        Timex t = found.get(0);
        return t.text() + "|" + t.type() + "|" + t.value();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The mayor spoke on May 9.; May 9|DATE|2031-05-09",
            "The vote was held on Sept. 3, 2029.; Sept. 3, 2029|DATE|2029-09-03",
            "The port reopened on 2 February.; 2 February|DATE|2031-02-02",
            "The port reopened on Tuesday, 13 May 2031.; Tuesday, 13 May 2031|DATE|2031-05-13",
            "The port reopened on Tuesday, May 13, 2031.; Tuesday, May 13, 2031|DATE|2031-05-13",
            "The fair ran in June 2030.; June 2030|DATE|2030-06",
            "The lower house voted in early October this year.; early October this year|DATE|2031-10",
            "The bank failed in July last year.; July last year|DATE|2030-07",
            "Sales should recover by year-end.; year-end|DATE|2031",
            "The plant will close by the end of the year.; the end of the year|DATE|2031",
            "Rents rise at the end of the month.; the end of the month|DATE|2031-05",
            "The plant opens in April next year.; April next year|DATE|2032-04",
            "Rents have climbed since mid-April.; mid-April|DATE|2031-04",
            "The law dates from 2012.; 2012|DATE|2012",
            "Growth slowed in the 1980s.; the 1980s|DATE|198X",
            "Sales rose in the third quarter of 2030.; the third quarter of 2030|DATE|2030-Q3",
            "The bridge closed at 6:30 p.m.; 6:30 p.m.|TIME|2031-05-16T18:30",
            "The market shut at midday.; midday|TIME|2031-05-16T12:00",
    })
    void absoluteAndPartialDatesTakeTheDocumentYear(String sentence, String expected) {
        assertThat(only(sentence, DCT)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The clinic opened yesterday.; yesterday|DATE|2031-05-15",
            "The talks resume tomorrow.; tomorrow|DATE|2031-05-17",
            "The council met last week.; last week|DATE|2031-W19",
            "Inspectors return next week.; next week|DATE|2031-W21",
            "Crowds gathered last weekend.; last weekend|DATE|2031-W19-WE",
            "The lake froze three years ago.; three years ago|DATE|2028",
            "Prices fell earlier this month.; earlier this month|DATE|2031-05",
            "The ferry sank last year.; last year|DATE|2030",
            "Storms hit the coast overnight.; overnight|DATE|2031-05-15",
            "Farmers are struggling now.; now|DATE|PRESENT_REF",
    })
    void relativeExpressionsCountFromTheDocumentDate(String sentence, String expected) {
        assertThat(only(sentence, DCT)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The governor resigned on Tuesday.; Tuesday|DATE|2031-05-13",
            "The governor will resign on Tuesday.; Tuesday|DATE|2031-05-20",
            "The committee visited the site last Friday.; last Friday|DATE|2031-05-09",
            "The committee plans to visit next Monday.; next Monday|DATE|2031-05-19",
            "Officials said the bridge reopened on Wednesday evening.; Wednesday evening|DATE|2031-05-14",
            "Rally in the capital on Saturday draws thousands; Saturday|DATE|2031-05-10",
            "Asked on Tuesday about the strike, the mayor said: we will talk.; Tuesday|DATE|2031-05-13",
            "The vote is set for Tuesday.; Tuesday|DATE|2031-05-20",
            "Trading in the shares is to resume Tuesday.; Tuesday|DATE|2031-05-20",
            "A fire next to the depot on Tuesday.; Tuesday|DATE|2031-05-13",
            "On Tuesday the mayor set aside her holiday.; Tuesday|DATE|2031-05-13",
            "Protest over plans for a new port on Tuesday; Tuesday|DATE|2031-05-13",
            "The judge postponed the hearing until Tuesday.; Tuesday|DATE|2031-05-20",
            "Bidders have until 5 p.m. Wednesday to respond.; 5 p.m. Wednesday|TIME|2031-05-21T17:00",
            "Until Tuesday, the police had not named a suspect.; Tuesday|DATE|2031-05-13",
            // "by" is a deadline ahead only outside a past clause: else an agent, or a deadline met
            "The council must decide by Tuesday.; Tuesday|DATE|2031-05-20",
            "The rebels were driven out of the town by Tuesday.; Tuesday|DATE|2031-05-13",
            "The roof was torn off by Tuesday's storm.; Tuesday|DATE|2031-05-13",
    })
    void weekdaysFallOnTheSideOfTheDocumentDateTheirTenseSays(String sentence, String expected) {
        assertThat(only(sentence, DCT)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in a page of {1}")
    @CsvSource(delimiter = ';', value = {
            // an irregular participle after "be" is a passive, not a past: "will" decides
            "The regional summit will be held on April 24.; 2031-02-10; 2031-04-24",
            // a future cue after "had been" looked ahead from a time now past
            "The tender offer had been due to expire on Tuesday.; 2031-05-16; 2031-05-13",
            // wire copy's ASCII quotation marks bound the quotation like curly ones
            "``The ferry will sail early in the day (6 a.m. Tuesday),'' he said.; 2031-05-16; 2031-05-20T06:00",
            // a participle after a determiner is an adjective, not a past verb
            "The bonus will go out on an unspecified date in January.; 2031-10-26; 2032-01",
            // a deadline or an effective date lies ahead whatever the tense of the verb that sets it
            "The board approved a new fee, effective Feb. 1.; 2031-10-26; 2032-02-01",
            "Ministers agreed that the reactor must close by August.; 2031-02-13; 2031-08",
            // unless a past perfect says it was met
            "Most members had paid their dues by Wednesday.; 2031-05-16; 2031-05-14",
            // a date after a commitment's infinitive lies ahead of it; one before the infinitive dates the commitment
            "The brewery agreed to buy the maltings in February.; 2031-10-30; 2032-02",
            "The brewery agreed in February to buy the maltings.; 2031-10-30; 2031-02",
    })
    void theTenseOfTheClauseIsReadPastPassivesPerfectsQuotationsAndAdjectives(String sentence, LocalDate dct, String value) {
        assertThat(Timexes.find(sentence, dct)).singleElement().extracting(Timex::value).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} in a page of {1}")
    @CsvSource(delimiter = ';', value = {
            "The envoy arrived on Dec. 11.; 2031-03-04; 2030-12-11",
            "The envoy will arrive on Jan. 8.; 2031-11-20; 2032-01-08",
            "The envoy arrived on March 22.; 2031-03-20; 2031-03-22",
            "Rents remain high since the Oct. 3 ruling.; 2031-05-16; 2030-10-03",
            "The deputy will succeed her on Feb. 3.; 2031-10-20; 2032-02-03",
    })
    void aPartialDateGoesToTheNearestYearUnlessTheTenseSaysOtherwise(String sentence, LocalDate dct, String value) {
        assertThat(Timexes.find(sentence, dct)).singleElement().extracting(Timex::value).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The siege lasted three years.; three years|DURATION|P3Y",
            "The ceasefire held for 48 hours.; 48 hours|DURATION|PT48H",
            "The plant has run for the past two weeks.; the past two weeks|DURATION|P2W",
            "The committee meets every month.; every month|SET|P1M",
            "The paper is printed daily.; daily|SET|P1D",
            "The market opens every Tuesday.; every Tuesday|SET|XXXX-WXX-2",
            "The fair returns each August.; each August|SET|XXXX-08",
            "The refugees lived in camps for 2 1/2 years.; 2 1/2 years|DURATION|P2Y6M",
            "The envoy spent five and a half hours in the city.; five and a half hours|DURATION|PT5H30M",
            "The strike lasted 3 1/2 days.; 3 1/2 days|DURATION|P3DT12H",
            "The storm raged for 1 1/2 months.; 1 1/2 months|DURATION|P1.5M",
            "The crossing took an hour and a half.; an hour and a half|DURATION|PT1H30M",
            "Miners were trapped for twenty-six hours.; twenty-six hours|DURATION|PT26H",
            "The hostages were held for forty one days.; forty one days|DURATION|P41D",
    })
    void durationsAndSetsAreCountedNotPlaced(String sentence, String expected) {
        assertThat(only(sentence, DCT)).isEqualTo(expected);
    }

    @Test
    void withoutADocumentDateUnknownPartsStayX() {
        assertThat(Timexes.find("The envoy arrived on Dec. 11 and left on Friday.", null))
                .extracting(Timex::value).containsExactly("XXXX-12-11", "XXXX-WXX-5");
    }

    @Test
    void aYearEndedOnADayIsTwelveMonthsNotACalendarYear() {
        assertThat(Timexes.find("The mill lost money in the fiscal year ending March 31, 2030.", DCT))
                .extracting(t -> t.text() + "|" + t.type() + "|" + t.value())
                .containsExactly("the fiscal year|DURATION|P1Y", "March 31, 2030|DATE|2030-03-31");
    }

    @Test
    void theWeekOfADayIsThatDaysIsoWeek() {
        assertThat(only("A hearing is planned for the week of June 2.", DCT)).isEqualTo("the week of June 2|DATE|2031-W23");
        assertThat(only("The vote came in the week of Jan. 10, 2029.", DCT)).isEqualTo("the week of Jan. 10, 2029|DATE|2029-W02");
    }

    @Test
    void rangesOfDaysKeepBothEnds() {
        assertThat(Timexes.find("Talks took place on Oct. 4 - 5.", DCT)).singleElement()
                .satisfies(t -> assertThat(t.value() + " " + t.granularity()).isEqualTo("2030-10-04/2030-10-05 range"));
    }

    @Test
    void modalMayAndCountedYearsAreNoDates() {
        assertThat(Timexes.find("Voters may leave; 2000 workers marched.", DCT)).isEmpty();
    }

    @Test
    void aShortMonthNameBeforeACapitalizedWordIsAFirstName() {
        assertThat(Timexes.find("The treaty was signed by the envoys of Jan Novak and of May Chen.", DCT)).isEmpty();
        assertThat(Timexes.find("Prices have risen since Jan and fell in May.", DCT)).extracting(Timex::text).containsExactly("Jan", "May");
    }

    @Test
    void aMonthTakesAYearSpokenInWords() {
        assertThat(only("The mine closed in March nineteen eighty-four.", DCT)).isEqualTo("March nineteen eighty-four|DATE|1984-03");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Dockers began a day-long strike.; day-long|DURATION|P1D",
            "The two villages ended a decades-long feud.; decades-long|DURATION|PXY",
            "Drivers faced hours-long queues at the border.; hours-long|DURATION|PTXH",
    })
    void aUnitBeforeLongIsADuration(String sentence, String expected) {
        assertThat(only(sentence, DCT)).isEqualTo(expected);
    }

    @Test
    void aDayWordInCapitalsAmongLowerCaseIsATitle() {
        assertThat(Timexes.find("The mayor told USA TODAY that the ferry would run.", DCT)).isEmpty();
        assertThat(Timexes.find("BRIDGE REOPENS TODAY", DCT)).extracting(Timex::value).containsExactly("2031-05-16");
    }

    @Test
    void agesAreNoDurations() {
        assertThat(Timexes.find("A 42-year-old farmer was hurt.", DCT)).isEmpty();
        assertThat(Timexes.find("The farmer, 61 years old, was hurt.", DCT)).isEmpty();
        assertThat(Timexes.find("She travelled with her 6-month-old son.", DCT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The mill is currently closed.; currently|DATE|PRESENT_REF",
            "Sales slipped over the past year.; the past year|DATE|2030",
            "Fog closed the airport this morning.; this morning|TIME|2031-05-16TMO",
            "Thieves broke in last night.; last night|TIME|2031-05-15TNI",
            "The budget for fiscal 2032 is tight.; fiscal 2032|DATE|2032",
            "The pier was rebuilt and reopened three months later.; three months|DURATION|P3M",
    })
    void vagueReferencesPartsOfDayAndFiscalYears(String sentence, String expected) {
        assertThat(only(sentence, DCT)).isEqualTo(expected);
    }

    @Test
    void aYearEarlierAfterANamedQuarterIsThatQuarterOfTheYearBefore() {
        String text = "The brewery earned $3 million in the first quarter, up from $2 million a year earlier. "
                + "Its sales in the quarter rose too, while in the 2029 second quarter they had fallen.";
        assertThat(Timexes.find(text, DCT)).extracting(t -> t.text() + "|" + t.value())
                .containsExactly("the first quarter|2031-Q1", "a year earlier|2030-Q1", "the quarter|2031-Q1",
                        "the 2029 second quarter|2029-Q2");
    }

    @Test
    void withoutANamedQuarterAYearAgoIsLastYear() {
        assertThat(only("The brewery opened a year ago.", DCT)).isEqualTo("a year ago|DATE|2030");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The polls closed at 8 p.m. Tuesday.; 8 p.m. Tuesday|TIME|2031-05-13T20:00",
            "Bids are due by 5 p.m. EDT May 21.; 5 p.m. EDT May 21|TIME|2031-05-21T17:00",
            "The vote is set for Thursday, May 22.; Thursday, May 22|DATE|2031-05-22",
    })
    void aClockTimeOrAWeekdayTakesTheDayThatFollowsIt(String sentence, String expected) {
        assertThat(only(sentence, DCT)).isEqualTo(expected);
    }

    @Test
    void aClockTimeWithoutItsDayTakesTheDayItsSentenceNames() {
        assertThat(Timexes.find("The ferry left Tuesday from the old harbour at 07:30 GMT.", DCT))
                .extracting(t -> t.text() + "|" + t.value()).containsExactly("Tuesday|2031-05-13", "07:30 GMT|2031-05-13T07:30Z");
        assertThat(Timexes.find("The ferry left at 7:30 a.m.", DCT)).extracting(Timex::value).containsExactly("2031-05-16T07:30");
    }

    @ParameterizedTest(name = "{0} in a page of {1}")
    @CsvSource(delimiter = ';', value = {
            "Prices peaked in March.; 2031-10-20; 2031-03",
            "Prices peaked in November.; 2031-02-10; 2030-11",
            "The levy applies from January.; 2031-11-03; 2032-01",
            "The levy applies from December.; 2031-05-03; 2031-12",
            "The levy applies since November.; 2031-03-03; 2030-11",
            "The new bridge will be opened in February.; 2031-05-16; 2032-02",
            "The works are supposed to finish by September.; 2031-03-20; 2031-09",
    })
    void aMonthWithoutAYearIsTheDocumentYearsUnlessAtTheFarEnd(String sentence, LocalDate dct, String value) {
        assertThat(Timexes.find(sentence, dct)).singleElement().extracting(Timex::value).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Shops were shut on Christmas Day.; Christmas Day|DATE|2030-12-25",
            "Turnout fell on Election Day.; Election Day|DATE|2030-11-05",
            "Families will gather on Thanksgiving.; Thanksgiving|DATE|2031-11-27",
            "The roads were quiet over the weekend.; the weekend|DATE|2031-W19-WE",
            "The ferry will sail over the weekend.; the weekend|DATE|2031-W20-WE",
            "The mill closed in nineteen eighty-four.; nineteen eighty-four|DATE|1984",
            "Cards were printed for the year two thousand.; the year two thousand|DATE|2000",
    })
    void holidaysWeekendsAndYearsInWords(String sentence, String expected) {
        assertThat(only(sentence, DCT)).isEqualTo(expected);
    }

    @Test
    void theYearEarlierPeriodAndTheLatestPeriodFollowTheQuarterNamed() {
        String text = "Sales for the first quarter rose 4%. Margins in the latest period were thin, as in the year-earlier period.";
        assertThat(Timexes.find(text, DCT.plusMonths(3))).extracting(t -> t.text() + "|" + t.value())
                .containsExactly("the first quarter|2031-Q1", "the latest period|2031-Q1", "the year-earlier period|2030-Q1");
    }

    @Test
    void aQuarterNotYetEndedIsNotTheOneReportedOn() {
        String text = "Output will recover in the fourth quarter. The plant earned $2 million, down from $3 million a year earlier.";
        assertThat(Timexes.find(text, DCT)).extracting(Timex::value).containsExactly("2031-Q4", "2030");
    }

    @Test
    void aPeriodOfANamedYearTakesTheQuarterReportedOn() {
        String text = "Profit in the first quarter doubled; in the same period last year it fell, and in the 2029 quarter too. "
                + "This year's fourth quarter looks weaker.";
        assertThat(Timexes.find(text, DCT)).extracting(t -> t.text() + "|" + t.value())
                .containsExactly("the first quarter|2031-Q1", "the same period last year|2030-Q1", "the 2029 quarter|2029-Q1",
                        "This year's fourth quarter|2031-Q4");
    }

    @Test
    void sharesInQuartersAreNoDurations() {
        assertThat(Timexes.find("Three-quarters of the voters and a quarter of the staff agreed.", DCT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The dam was built in the 19th century.; the 19th century|DATE|18",
            "Jazz clubs boomed in the twenties.; the twenties|DATE|192",
            "Rates may ease in the near future.; the near future|DATE|FUTURE_REF",
            "Profit for the current fiscal year is lower.; the current fiscal year|DATE|2031",
            "The lake dried out during the summer.; the summer|DATE|2030-SU",
            "The camp opened this past spring.; this past spring|DATE|2031-SP",
            "The harbour froze in the winter of nineteen sixty-three.; the winter of nineteen sixty-three|DATE|1963-WI",
    })
    void centuriesDecadesInWordsVagueFuturesAndSeasons(String sentence, String expected) {
        assertThat(only(sentence, DCT)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The launch is set for 18:30 UTC.; 18:30 UTC|TIME|2031-05-16T18:30Z",
            "The polls close at 0700 GMT Tuesday.; 0700 GMT Tuesday|TIME|2031-05-13T07:00Z",
            "Shares rose for six straight days.; six straight days|DURATION|P6D",
            "Rainfall doubled over the past decade.; the past decade|DURATION|P10Y",
            "Exports grew in the first quarter of last year.; the first quarter of last year|DATE|2030-Q1",
            "Exports fell in the final quarter of 2029.; the final quarter of 2029|DATE|2029-Q4",
            "The bridge opened two weeks ago.; two weeks ago|DATE|2031-05-02",
            "The minister will speak on Friday.; Friday|DATE|2031-05-16",
            "The council met in the spring of 2030 and again during the winter.; the spring of 2030|DATE|2030-SP",
    })
    void zonedClockTimesCountedSpansAndQuartersOfNamedYears(String sentence, String expected) {
        assertThat(Timexes.find(sentence, DCT).get(0)).extracting(t -> t.text() + "|" + t.type() + "|" + t.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The brewer expects higher margins for the full year.; the full year|DATE|2031",
            "For the year, bottled water sales were flat.; the year|DATE|2031",
            "Harvests were delayed earlier in the year by drought.; earlier in the year|DATE|2031",
            "Revenue fell for the year ended March 31.; the year|DURATION|P1Y",
    })
    void theYearOfResultsIsTheDocumentsYear(String sentence, String expected) {
        assertThat(Timexes.find(sentence, DCT).get(0)).extracting(t -> t.text() + "|" + t.type() + "|" + t.value()).isEqualTo(expected);
    }

    @Test
    void theYearAloneOrBeforeANumberIsNoExpressionOfItsOwn() {
        assertThat(Timexes.find("The year was hard. The bridge opened in the year 2029.", DCT))
                .extracting(Timex::text).containsExactly("2029");
    }

    @Test
    void aSecondTermIsNoDuration() {
        assertThat(Timexes.find("She won a second term.", DCT)).isEmpty();
    }

    @Test
    void aSeasonInAPastClauseIsTheLastOneBegun() {
        assertThat(only("Crops failed during the autumn.", LocalDate.of(2031, 10, 2))).isEqualTo("the autumn|DATE|2031-FA");
    }
}

package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.quote.QuoteFixture.quotes;

import java.util.List;
import org.dossier.annotate.Annotator;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Each construction on a short article of our own writing. A quote prints as {@code kind|speaker|text}; speakers are
 * the canonical names the document gives them.
 */
class QuoteExtractorTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    private static Quote only(String text) {
        List<Quote> quotes = QuoteFixture.extract(text);
        assertThat(quotes).hasSize(1);
        return quotes.get(0);
    }

    @Test
    void aCueClosingATokenizedQuoteAndItsSentenceReportsNoClause() {
        // tokenized text as corpora print it (`` '' quotes, spaces before punctuation): the cue ends the sentence
        assertThat(quotes("`` The ferry will not sail before the storm ends , '' Jansen explained .\n"
                + "The port stays closed until Monday ."))
                .containsExactly("direct|Jansen|The ferry will not sail before the storm ends ,");
    }

    @Test
    void quoteThenTitledSpeakerAndCue() {
        Quote q = only("“We will not accept any deal made without us at the table,” Danish Foreign Minister Lars Holm said on Monday.");
        assertThat(q.speakerName()).isEqualTo("Lars Holm");
        assertThat(q.speakerRole()).isEqualTo("Danish Foreign Minister");
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
    }

    @Test
    void quoteThenCueThenSpeaker() {
        assertThat(quotes("\"The border will stay open for trade and for families,\" said Ana Ruiz, the region's governor."))
                .containsExactly("direct|Ana Ruiz|The border will stay open for trade and for families,");
    }

    @Test
    void everyQuotationMarkStyle() {
        assertThat(quotes("„Wir sind bereit für schwierige Gespräche“, sagte er. Then « nous ne céderons rien sur ce point », Paul Martin said."))
                .contains("direct|Paul Martin|nous ne céderons rien sur ce point");
    }

    @Test
    void aQuoteSplitByItsCueIsTwoQuotesOfOneSpeaker() {
        assertThat(quotes("“The plan is ready,” Maria Novak said, “and we will present it to the cabinet next week.”"))
                .containsExactly("direct|Maria Novak|The plan is ready,",
                        "direct|Maria Novak|and we will present it to the cabinet next week.");
    }

    @Test
    void aPronounSpeakerIsThePersonNamedBefore() {
        assertThat(quotes("Finance Minister Peter Lang presented the budget on Tuesday.\n“This budget protects jobs and pensions,” he said."))
                .containsExactly("direct|Peter Lang|This budget protects jobs and pensions,");
    }

    @Test
    void aRoleNounSpeakerIsThePersonWithThatRole() {
        assertThat(quotes("Polish President Jan Kowal met the envoy in Warsaw.\n“Our support will not weaken in the coming years,” the Polish president added."))
                .containsExactly("direct|Jan Kowal|Our support will not weaken in the coming years,");
    }

    @Test
    void anUnnamedOfficialSpeaksForTheirBody() {
        assertThat(quotes("An EU official said the ministers “agreed to speed up deliveries of ammunition to the front”."))
                .contains("indirect|European Union|the ministers “agreed to speed up deliveries of ammunition to the front”");
    }

    @Test
    void theOfficialIsTheBodyLastHeardThroughAnOfficial() {
        assertThat(quotes("An official from the Ministry of Defence said the drills had ended.\n“The scale of the drills is still being assessed,” the official said."))
                .containsExactlyInAnyOrder("indirect|Ministry of Defence|the drills had ended",
                        "direct|Ministry of Defence|The scale of the drills is still being assessed,");
    }

    @Test
    void aCapitalSpeaksForItsCountry() {
        assertThat(quotes("Moscow said the talks in Istanbul had produced no result at all."))
                .containsExactly("indirect|Russia|the talks in Istanbul had produced no result at all");
    }

    @Test
    void reportedSpeechWithThatAndAnAdjunct() {
        Quote q = only("Chancellor Eva Brandt said on Thursday in an interview with Radio Nord that the tanks would arrive by spring.");
        assertThat(q.kind()).isEqualTo(Quote.Kind.INDIRECT);
        assertThat(q.text()).isEqualTo("the tanks would arrive by spring");
        assertThat(q.medium()).isEqualTo("in an interview with Radio Nord");
        assertThat(q.speakerName()).isEqualTo("Eva Brandt");
    }

    @Test
    void aLaterQuoteTakesTheRoleTheDocumentGaveItsSpeakerBefore() {
        String text = "Port\n\nThe port will reopen next week, according to Ines Varga, the Finance Minister.\n\n"
                + "Varga added that the ferries would return in May.\n\n“We are ready for the summer,” Varga said.";

        assertThat(withActors(text)).extracting(q -> q.speakerName() + "|" + q.speakerRole())
                .containsExactly("Ines Varga|Finance Minister", "Ines Varga|Finance Minister", "Ines Varga|Finance Minister");
        // a role the text states only in a later sentence is not the quote's
        assertThat(withActors("Port\n\nVarga said the ferries would return in May.\n\n"
                + "Finance Minister Ines Varga spoke in Oslo.")).extracting(Quote::speakerRole).containsOnlyNulls();
    }

    /** The quotes of {@code text} after the actor stage has run, as in the pipeline: roles come from the actors. */
    private static List<Quote> withActors(String text) {
        DocumentFacts facts = new DocumentFacts();
        var doc = ANNOTATOR.annotate("t", text, null);
        new org.dossier.extract.actor.ActorExtractor().extract(doc, facts);
        EXTRACTOR.extract(doc, facts);
        return facts.quotes();
    }

    @Test
    void theMediumKeepsTheOutletsNameWithTheNounOfItsKind() {
        assertThat(only("Chancellor Eva Brandt said in an interview with Danish broadcaster Kanal Syd 24 that the tanks "
                + "would arrive by spring.").medium()).isEqualTo("in an interview with Danish broadcaster Kanal Syd 24");
        assertThat(only("Eva Brandt said in an interview with the weekly Nordposten that the tanks would arrive by spring.")
                .medium()).isEqualTo("in an interview with the weekly Nordposten");
    }

    @Test
    void reportedSpeechBeforeItsCue() {
        assertThat(quotes("The ceasefire will hold through the holidays, the mediator Omar Haddad told reporters."))
                .containsExactly("indirect|Omar Haddad|The ceasefire will hold through the holidays");
    }

    @Test
    void anAppositionGivesTheRole() {
        Quote q = only("Karl Berg, the alliance's deputy secretary general, said the new brigade was ready.");
        assertThat(q.speakerName()).isEqualTo("Karl Berg");
        assertThat(q.speakerRole()).isEqualTo("the alliance's deputy secretary general");
    }

    @Test
    void aPersonsOfficeSpeaksForThePerson() {
        assertThat(quotes("Prime Minister Sofia Lind's office said the government would not send soldiers to the region."))
                .containsExactly("indirect|Sofia Lind|the government would not send soldiers to the region");
    }

    @Test
    void accordingToBeforeOrAfter() {
        assertThat(quotes("According to Berlin, the shipment left the port on Sunday night.\nThe shipment was delayed by a storm, according to the harbour master Jens Olsen."))
                .containsExactly("indirect|Germany|the shipment left the port on Sunday night",
                        "indirect|Jens Olsen|The shipment was delayed by a storm");
    }

    @Test
    void aPartialQuoteWovenIntoReportedSpeechIsBothKinds() {
        assertThat(quotes("Senator Alan Park said the agreement was “a first step toward a lasting peace” in the region."))
                .containsExactlyInAnyOrder(
                        "indirect|Alan Park|the agreement was “a first step toward a lasting peace” in the region",
                        "direct|Alan Park|a first step toward a lasting peace");
    }

    @Test
    void aContinuedParagraphKeepsItsSpeaker() {
        assertThat(quotes("“We have lost too many people already,” Mayor Ivan Petrenko said. “Every day the shelling goes on.\n“We need air defence now, not next year,” he went on."))
                .hasSize(3)
                .allMatch(q -> q.contains("|Ivan Petrenko|"));
    }

    @Test
    void aQuoteLeftOpenTakesTheSpeakerOfTheParagraphThatContinuesIt() {
        // the convention for a quote over several paragraphs: no closing mark until the last, whose cue is the whole quote's
        assertThat(quotes("The harbour board met on Monday. “The pier has served this town for a century. We will not let it rot.\n"
                + "“The board has had ten years to fix it, and it has done nothing,” Mayor Ida Brenner said."))
                .containsExactly("direct|Ida Brenner|The pier has served this town for a century. We will not let it rot.",
                        "direct|Ida Brenner|The board has had ten years to fix it, and it has done nothing,");
        // a closed quote is not continued by the next paragraph's
        assertThat(quotes("“The pier has served this town for a century,” the sign read.\n"
                + "“The board has had ten years to fix it, and it has done nothing,” Mayor Ida Brenner said."))
                .contains("direct|Ida Brenner|The board has had ten years to fix it, and it has done nothing,")
                .noneMatch(q -> q.startsWith("direct|Ida Brenner|The pier"));
    }

    @Test
    void scareQuotesAndLabelsAreNoQuotes() {
        assertThat(quotes("Leaders spoke of “new momentum” and the so-called “coalition of the willing” met again.\n“Peace through strength”: the motto was everywhere."))
                .isEmpty();
    }

    @Test
    void aQuoteCutOffByThePageRunsToTheParagraphEnd() {
        assertThat(quotes("Lena Fischer wrote: “The summit showed that Europe can act when it has to and that"))
                .containsExactly("direct|Lena Fischer|The summit showed that Europe can act when it has to and that");
    }

    @Test
    void aQuoteWhoseOpeningMarkThePageLostStartsAtItsParagraph() {
        assertThat(quotes("The talks will resume after the holidays,\" Foreign Minister Ana Lopes said."))
                .containsExactly("direct|Ana Lopes|The talks will resume after the holidays,");
    }

    @Test
    void aSpeakersLaterUndatedQuoteCarriesTheDateOfTheirDatedStatement() {
        DocumentFacts facts = new DocumentFacts();
        EXTRACTOR.extract(ANNOTATOR.annotate("t",
                "Chancellor Eva Brandt said on March 3 the aid would arrive soon.\n“We will not wait,” Brandt added.\nBrandt says the plan is sound.",
                java.time.LocalDate.parse("2025-03-05")), facts);
        assertThat(facts.quotes()).extracting(q -> q.date() == null ? null : q.date().value() + "/" + q.date().source())
                .containsExactly("2025-03-03/text", "2025-03-03/inferred", null);
    }

    @Test
    void aQuoteSignedWithADashAndANameIsThatPersons() {
        assertThat(quotes("“The buses never come on time and nobody listens to us.” ― Lena Hart\n"))
                .containsExactly("direct|Lena Hart|The buses never come on time and nobody listens to us.");
    }

    @Test
    void aTitleWordAfterAnHonorificIsASurname() {
        assertThat(quotes("“We will campaign in every county of the state,” Mr. Bishop added."))
                .containsExactly("direct|Bishop|We will campaign in every county of the state,");
    }

    @Test
    void aSurnameThatIsAlsoACountrysNameIsThePersonNamedInFull() {
        DocumentFacts facts = new DocumentFacts();
        var doc = ANNOTATOR.annotate("t", "Representative Ada Jordan said the port bill was dead. Jordan added that she would vote no.", null);
        new org.dossier.extract.actor.ActorExtractor().extract(doc, facts);
        EXTRACTOR.extract(doc, facts);
        assertThat(facts.quotes()).extracting(Quote::speakerName).containsExactly("Ada Jordan", "Ada Jordan");
        assertThat(facts.actors()).extracting(org.dossier.model.Actor::name).containsExactly("Ada Jordan");
        // with no one of that surname, the country speaks
        assertThat(quotes("Jordan said the border crossing would reopen on Monday."))
                .containsExactly("indirect|Jordan|the border crossing would reopen on Monday");
    }

    @Test
    void aPersonsNameBeforeAnAsideSpeaksWhereverItStandsInTheSentence() {
        assertThat(quotes("In a statement on Monday, Senator Ruth Alder, D-Ore., said the bill was dead."))
                .containsExactly("indirect|Ruth Alder|the bill was dead");
    }

    @Test
    void aBracketedAffiliationAndLowerCaseRolesBeforeANameKeepTheSpeaker() {
        assertThat(quotes("“We will hold hearings in the spring,” Rep. Dana Cole (R-Utah), a committee member, said.\n"
                + "According to veteran radio host Sam Ortiz, the race is close."))
                .containsExactly("direct|Dana Cole|We will hold hearings in the spring,", "indirect|Sam Ortiz|the race is close");
    }

    @Test
    void aNameAndAColonOpeningAHeadlineReportThatPersonsWords() {
        assertThat(quotes("Senator Maria Vale: Budget talks will collapse without new taxes\n"))
                .containsExactly("indirect|Maria Vale|Budget talks will collapse without new taxes");
    }

    @Test
    void aCueMayOpenTheSentence() {
        assertThat(quotes("Said Tom Reyes: “I have never seen turnout like this in any election.”"))
                .containsExactly("direct|Tom Reyes|I have never seen turnout like this in any election.");
    }

    @Test
    void anUndatedQuoteTakesTheDayTheSentenceBeforeNamesInItsParagraph() {
        DocumentFacts facts = new DocumentFacts();
        EXTRACTOR.extract(ANNOTATOR.annotate("t",
                "Mayor Rosa Lind said on May 2 that the bridge would open. She gave an interview aired on May 9. “It will open in June,” Lind added.",
                java.time.LocalDate.parse("2025-05-12")), facts);
        assertThat(facts.quotes()).extracting(q -> q.date() == null ? null : q.date().value())
                .containsExactly("2025-05-02", "2025-05-09");
    }

    @Test
    void theUnitedStatesIsNoSpeechCue() {
        assertThat(quotes("The United States and Canada are expected to sign the accord next week.")).isEmpty();
    }

    @Test
    void aSubjectThatNamesNoOneStillReportsWhatWasSaid() {
        assertThat(quotes("Many of the fishermen at the harbour said the new quotas would ruin them."))
                .containsExactly("indirect|null|the new quotas would ruin them");
    }

    @Test
    void aCueCoordinatedWithAnEarlierVerbTakesTheSentenceSubject() {
        assertThat(quotes("Mayor Ann Holt opened the new bridge on Tuesday and said traffic in the old town would halve."))
                .containsExactly("indirect|Ann Holt|traffic in the old town would halve");
    }

    @Test
    void aRelativeWhoSpeaksForTheNameBeforeIt() {
        assertThat(quotes("Peter Lund, who said the vote had been fair, left the party a week later."))
                .containsExactly("indirect|Peter Lund|the vote had been fair");
    }

    @Test
    void aCueThatIsAlsoANounNeedsASubjectThatNamesSomeone() {
        assertThat(quotes("The treaty binds the union and its member states to the new rules.")).isEmpty();
        assertThat(quotes("The new claims about the harbour were false, the mayor said.")).containsExactly(
                "indirect|null|The new claims about the harbour were false");
    }

    @Test
    void aNameAfterAQuoteWithoutASpeechVerbIsItsSpeaker() {
        assertThat(quotes("“We will keep the harbour open through the whole winter,” Ingrid Dahl, who chairs the port board."))
                .containsExactly("direct|Ingrid Dahl|We will keep the harbour open through the whole winter,");
    }

    @Test
    void aQuoteTouchingTheProfilesProposalsHasThemAsTopics() {
        Quote q = only("Kyiv will not give up on joining NATO and wants a peacekeeping force after any ceasefire, "
                + "Ukraine's envoy Olena Marchuk said on Monday.");

        assertThat(q.topics()).containsExactly("nato-membership", "foreign-troops", "ceasefire");
    }

    @Test
    void aQuoteOutsideTheProfilesSubjectHasNoTopics() {
        Quote q = only("The ceasefire in the valley has held for a week, the regional governor Paul Amsel said.");

        assertThat(q.topics()).isEmpty();
    }

    @Test
    void theMediumIsReadFromTheCuesAdjuncts() {
        assertThat(only("Ukraine needs more air defence before winter, Olena Marchuk said on X.").medium()).isEqualTo("on X");
        assertThat(only("Olena Marchuk told Reuters that talks would resume in May.").medium()).isEqualTo("Reuters");
        assertThat(only("Olena Marchuk said in a social media post that talks would resume in May.").medium())
                .isEqualTo("in a social media post");
        assertThat(only("“Talks will resume in May and we will be ready,” Olena Marchuk said in an interview with Le Parisien.")
                .medium()).isEqualTo("in an interview with Le Parisien");
    }

    @Test
    void beliefsAndFindingsAreReportedAsSpeechIs() {
        assertThat(quotes("Many farmers in the valley fear the drought will last another year."))
                .containsExactly("indirect|null|the drought will last another year");
        assertThat(quotes("Mayor Ann Holt thinks the bridge will be finished by June."))
                .containsExactly("indirect|Ann Holt|the bridge will be finished by June");
        assertThat(quotes("There is little hope that the bridge will open soon.")).isEmpty();
    }

    @Test
    void aReportEndingInAQuotedPhraseBeforeAnInvertedCue() {
        assertThat(quotes("The new rules may be \"a disaster for the harbour,\" said Ingrid Dahl, who chairs the port board."))
                .contains("indirect|Ingrid Dahl|The new rules may be \"a disaster for the harbour");
    }

    @Test
    void aQuoteParagraphAfterAnAttributedQuoteGoesOnWithItsSpeaker() {
        assertThat(quotes("“The harbor will reopen by spring,” Mayor Lena Ortiz said.\n\n“We owe that to the fishermen who waited all winter.”"))
                .containsExactly("direct|Lena Ortiz|The harbor will reopen by spring,",
                        "direct|Lena Ortiz|We owe that to the fishermen who waited all winter.");
    }

    @Test
    void aQuoteParagraphAfterALongNarrativeTailIsNotContinued() {
        assertThat(quotes("“The harbor will reopen by spring,” Mayor Lena Ortiz said, before the council turned to the budget, the"
                + " school board and a long list of complaints about parking downtown.\n\n“We owe that to the fishermen who waited all winter.”"))
                .contains("direct|null|We owe that to the fishermen who waited all winter.");
    }

    @Test
    void anAsideBetweenTheNameAndItsCueKeepsTheSpeaker() {
        assertThat(quotes("Ortiz herself said the harbor would reopen by spring. Novak however said the budget was short."
                + " Brandt quietly said the vote would be delayed."))
                .containsExactly("indirect|Ortiz|the harbor would reopen by spring",
                        "indirect|Novak|the budget was short",
                        "indirect|Brandt|the vote would be delayed");
    }

    @Test
    void aBareWeekdayAfterTheCueIsNotWhatWasSaid() {
        assertThat(quotes("Lena Ortiz said Thursday that the harbor would reopen by spring."))
                .containsExactly("indirect|Lena Ortiz|the harbor would reopen by spring");
        assertThat(quotes("Lena Ortiz said Thursday’s vote would reopen the harbor."))
                .containsExactly("indirect|Lena Ortiz|Thursday’s vote would reopen the harbor");
    }

    @Test
    void aPersonOfAPlaceIsTheSpeakerNotThePlace() {
        assertThat(quotes("Senator Ann Reyes of Ohio said the bridge bill would pass in June."))
                .containsExactly("indirect|Ann Reyes|the bridge bill would pass in June");
        assertThat(quotes("“Nobody asked the farmers what they needed,” said Tom Hale from the Harbor Institute."))
                .containsExactly("direct|Tom Hale|Nobody asked the farmers what they needed,");
    }

    @Test
    void aTownAndStateInsideAnAsideLeaveTheNameBeforeItAsSpeaker() {
        assertThat(quotes("Mary Lee, a nurse from Ava, Mo., said the clinic would close in May."))
                .containsExactly("indirect|Mary Lee|the clinic would close in May");
    }

    @Test
    void aCueInTheMiddleOfItsClauseGivesBothPiecesToTheSpeaker() {
        assertThat(quotes("The new ferry schedule, Mayor Ann Holt said, will add three crossings every weekday."))
                .containsExactly("indirect|Ann Holt|The new ferry schedule",
                        "indirect|Ann Holt|will add three crossings every weekday");
    }

    @Test
    void whatTheNarratorAddsAfterAMidSentenceCueIsNotSaid() {
        assertThat(quotes("The ferry schedule will change in May, port officials said, a week after the storm closed the harbor."))
                .containsExactly("indirect|null|The ferry schedule will change in May");
        assertThat(quotes("The ferry schedule will change in May, Ann Holt said, who runs the port."))
                .containsExactly("indirect|Ann Holt|The ferry schedule will change in May");
    }

    @Test
    void aReportedClauseEndsBeforeARelativeClauseOrAParticipleCueAtItsEnd() {
        assertThat(quotes("Lena Ortiz said voters would stay with Mayor Tom Hale, who held a rally in the harbor town on Friday."))
                .containsExactly("indirect|Lena Ortiz|voters would stay with Mayor Tom Hale");
        assertThat(quotes("Lena Ortiz said the ferry plan would cost too much, adding that the port needed repairs first."))
                .contains("indirect|Lena Ortiz|the ferry plan would cost too much");
    }

    @Test
    void anApostropheInsideTypewriterQuotesDoesNotCloseThem() {
        assertThat(quotes("''We don't want a new tax on the ferry crossings,'' Mayor Lena Ortiz said."))
                .containsExactly("direct|Lena Ortiz|We don't want a new tax on the ferry crossings,");
    }

    @Test
    void aQuoteOnlyCueAttributesTheQuoteButReportsNoClause() {
        assertThat(quotes("“The ferry will be late again, as it always is on Mondays,” Lena Ortiz quipped."))
                .containsExactly("direct|Lena Ortiz|The ferry will be late again, as it always is on Mondays,");
        assertThat(quotes("Lena Ortiz continued to campaign along the harbor all week.")).isEmpty();
    }

    @Test
    void theSpeakerIsTheNameBeforeSeveralAsidesNotANameInsideThem() {
        assertThat(quotes("Tom Brand, 21, a junior from Ames, said he would vote for the ferry plan."))
                .containsExactly("indirect|Tom Brand|he would vote for the ferry plan");
        assertThat(quotes("Ms. Dana Lee, who helped found Harborwatch, a group based in Ames, said the ferry plan was too costly."))
                .containsExactly("indirect|Dana Lee|the ferry plan was too costly");
    }

    @Test
    void aDescriptionAfterTheNameIsNoNameEvenWhenItEndsInOne() {
        assertThat(quotes("Eva Lind, an activist for the group Harborwatch, said the ferry plan was too costly."))
                .containsExactly("indirect|Eva Lind|the ferry plan was too costly");
    }

    @Test
    void aRelativeClauseOrADashAsideBetweenSubjectAndCueIsSkipped() {
        assertThat(quotes("Tom Brand, who calls the ferry plan a “boondoggle,” said the harbor needed repairs first."))
                .contains("indirect|Tom Brand|the harbor needed repairs first");
        assertThat(quotes("Mayor Lena Ortiz - the town's longest-serving mayor by far - said the ferry would run all winter."))
                .containsExactly("indirect|Lena Ortiz|the ferry would run all winter");
    }

    @Test
    void aCueThatIntroducesTheNextQuoteDoesNotAttributeTheFinishedOneBeforeIt() {
        assertThat(quotes("Mayor Lena Ortiz spoke at the pier. “The ferry will run all winter long.” Tom Brand added: “Nobody asked the"
                + " fishermen what they wanted.”"))
                .containsExactly("direct|null|The ferry will run all winter long.",
                        "direct|Tom Brand|Nobody asked the fishermen what they wanted.");
    }

    @Test
    void aCueBeforeASpacedFinalStopDoesNotFailOnTheQuote() {
        // tokenized text, as corpora ship it: the stop stands apart from the cue
        assertThat(quotes("`` We will open the plant again , '' she said .\nThe company declined to comment ."))
                .isNotEmpty();
    }

    @Test
    void accordingToAnySourceReportsItsClauseEvenWhenNoOneIsNamed() {
        assertThat(quotes("The ferry line will close in March, according to a notice posted at the harbour."))
                .containsExactly("indirect|null|The ferry line will close in March");
    }

    @Test
    void accordingToASourceByANameOwesTheClauseToThatName() {
        assertThat(quotes("According to a tally by Harbor Analytics, the region lost four hundred jobs in a year."))
                .containsExactly("indirect|Harbor Analytics|the region lost four hundred jobs in a year");
    }

    @Test
    void aCueWhoseObjectAPrepositionOpensReportsNoClause() {
        assertThat(quotes("The harbour master has asked for a new timetable for the ferries.")).isEmpty();
        assertThat(quotes("Clara Voss warned about the cost of the new tunnel.")).isEmpty();
    }

    @Test
    void aPrepositionAfterThatOrBeforeANumberStillOpensAClause() {
        assertThat(quotes("Clara Voss said that after the vote the tunnel would be finished in two years."))
                .containsExactly("indirect|Clara Voss|after the vote the tunnel would be finished in two years");
        assertThat(quotes("Clara Voss said about 40 families had left the valley."))
                .containsExactly("indirect|Clara Voss|about 40 families had left the valley");
    }

    @Test
    void aParticipleCueSharesTheSubjectOfTheSentenceItEnds() {
        assertThat(quotes("In a long speech, Clara Voss praised the ferry crews, noting that no sailing had been cancelled in March."))
                .containsExactly("indirect|Clara Voss|no sailing had been cancelled in March");
        assertThat(quotes("The storm closed the port for two days, forcing the ferries to stay in the harbour.")).isEmpty();
    }

    @Test
    void aSecondCueCoordinatedWithTheFirstEndsTheFirstReport() {
        assertThat(quotes("Clara Voss said the tunnel would open in May and added that the tolls would stay low."))
                .containsExactly("indirect|Clara Voss|the tunnel would open in May",
                        "indirect|Clara Voss|the tolls would stay low");
    }

    @Test
    void aThatCueReportsTheClauseItsThatIntroduces() {
        assertThat(quotes("Clara Voss pointed out that the tunnel was already two years late."))
                .containsExactly("indirect|Clara Voss|the tunnel was already two years late");
        assertThat(quotes("Clara Voss made it clear that the tolls would not rise before 2030."))
                .containsExactly("indirect|Clara Voss|the tolls would not rise before 2030");
    }

    @Test
    void aThatCueBeforeANounOrInsideAnotherReportIsNoReportOfItsOwn() {
        assertThat(quotes("The ferry union agreed that plan in March after a long night of talks.")).isEmpty();
        assertThat(quotes("The two councils had agreed that the tunnel would open in May, Clara Voss told reporters."))
                .containsExactly("indirect|Clara Voss|The two councils had agreed that the tunnel would open in May");
    }

    @Test
    void aSourceOfFindingsTakesACueThatIsAlsoANoun() {
        assertThat(quotes("A new study of river towns suggests floods will double by 2050."))
                .containsExactly("indirect|null|floods will double by 2050");
        assertThat(quotes("Member states want more time, and his claims were false.")).isEmpty();
    }

    @Test
    void aShareInFiguresOrANounBeforeWhoIsTheSubjectOfItsCue() {
        assertThat(quotes("Six in 10 say the tunnel is too expensive."))
                .containsExactly("indirect|null|the tunnel is too expensive");
        assertThat(quotes("The paper met farmers who say the harvest will be the worst in a decade."))
                .containsExactly("indirect|null|the harvest will be the worst in a decade");
    }

    @Test
    void anAdjunctAfterTheCueIsNoClauseButTheClauseAfterItsThatIs() {
        assertThat(quotes("Clara Voss said in an email to staff that the tunnel would open in May."))
                .containsExactly("indirect|Clara Voss|the tunnel would open in May");
        assertThat(quotes("The tunnel row was first reported by the Harbor Herald.")).isEmpty();
        assertThat(quotes("Clara Voss wrote to her staff on the eve of the vote.")).isEmpty();
    }

    @Test
    void aSentenceOpenedByInAndASourceOfFindingsReportsWhatItFound() {
        assertThat(quotes("In the latest harbour survey, most ferry workers want shorter shifts."))
                .containsExactly("indirect|null|most ferry workers want shorter shifts");
        assertThat(quotes("In the morning, the ferry left the harbour for the islands.")).isEmpty();
    }

    @Test
    void aLongAudienceBeforeThatIsNoPartOfTheReport() {
        assertThat(quotes("Clara Voss told the Harbor Herald of Leeds on Saturday that the tunnel would open in May."))
                .containsExactly("indirect|Clara Voss|the tunnel would open in May");
    }

    @Test
    void lessCommonVerbsOfSayingReportAClauseWithoutThat() {
        assertThat(quotes("Clara Voss contended the new toll was unfair to commuters."))
                .containsExactly("indirect|Clara Voss|the new toll was unfair to commuters");
    }

    @Test
    void theNarratorsAsideAfterAReportEndsIt() {
        assertThat(quotes("Clara Voss said the tolls would stay low, even as the costs of the tunnel kept rising."))
                .containsExactly("indirect|Clara Voss|the tolls would stay low");
    }

    @Test
    void aLongPlainSubjectStillMakesItsCueAReport() {
        assertThat(quotes("Large majorities of ferry workers in the three northern ports said they support the strike."))
                .containsExactly("indirect|null|they support the strike");
    }

    @Test
    void accordingToAtTheEndWithoutACommaStillReportsTheClauseBeforeIt() {
        assertThat(quotes("Nearly nine thousand ferry workers will lose their jobs according to the harbour board."))
                .containsExactly("indirect|null|Nearly nine thousand ferry workers will lose their jobs");
    }

    @Test
    void aSubjectOpeningTheSentenceBeforeAsidesSpeaksTheClauseAfterTheCue() {
        // the pronoun after the cue opens what was said; it is no speaker after an inverted cue
        assertThat(quotes("The harbour clerk, a volunteer who has worked at the port for years, said she counted the ballots twice."))
                .containsExactly("indirect|null|she counted the ballots twice");
        assertThat(quotes("One former ferry pilot, speaking on condition of anonymity, said Captain Berg ignored the storm warning."))
                .containsExactly("indirect|null|Captain Berg ignored the storm warning");
        // a subject that names no one, and a name in the aside after it: the name speaks
        assertThat(quotes("A longtime ferry pilot, Tom Berg (retired), said the harbour needs a second tug."))
                .containsExactly("indirect|Tom Berg|the harbour needs a second tug");
    }

    @Test
    void aNameAfterAnInvertedCueBeforeAnAdjunctStaysTheSpeaker() {
        assertThat(quotes("The bridge will reopen in May after repairs, said Tom Berg, the county engineer, on Monday."))
                .containsExactly("indirect|Tom Berg|The bridge will reopen in May after repairs");
    }

    @Test
    void aShareOrCountOfPeopleIsTheSubjectOfACue() {
        assertThat(quotes("Two in five said the ferry fares were too high. More than six in 10 said they would take the bus."))
                .containsExactly("indirect|null|the ferry fares were too high",
                        "indirect|null|they would take the bus");
        assertThat(quotes("Of the 900 members polled, 12,400 said nothing. After the vote, many said on Friday that the merger was rushed."))
                .contains("indirect|null|the merger was rushed");
    }

    @Test
    void aReportEndsWhereASecondReportJoinedToItBegins() {
        assertThat(quotes("Two in five said the ferry fares were too high, and the mayor said the town would cut them."))
                .containsExactly("indirect|null|the ferry fares were too high",
                        "indirect|null|the town would cut them");
        // a report nested in another, with no comma joining them, stays whole
        assertThat(quotes("The mayor said the harbour master told him that the tug was sold."))
                .contains("indirect|null|the harbour master told him that the tug was sold");
    }

    @Test
    void anAdjunctOfTheSayingIsNoReportedClause() {
        assertThat(quotes("The ferry pilot Tom Berg said as the gulls circled the pier.")).isEmpty();
        assertThat(quotes("The harbour master said before the tug left.")).isEmpty();
        // a report that opens with such a word after "that", or goes on into a main clause, stays
        assertThat(quotes("Tom Berg noted that when the tide turned the tug could not leave the pier."))
                .containsExactly("indirect|Tom Berg|when the tide turned the tug could not leave the pier");
        assertThat(quotes("Tom Berg said as many as nine boats had left the pier."))
                .containsExactly("indirect|Tom Berg|as many as nine boats had left the pier");
    }

    @Test
    void aLabelOrAHeadlineBeforeAColonIsNoSpeaker() {
        assertThat(quotes("Correction: An earlier version misspelled the name of the harbour.")).isEmpty();
        assertThat(quotes("Gulls Over Harbour: The town counts its birds again.")).isEmpty();
        assertThat(quotes("The Latest: Ferry crews strike for a second day in Leeds harbour.")).isEmpty();
        assertThat(quotes("Contributing: Ann Reyes and Tom Hale, Harbour Gazette.")).isEmpty();
        assertThat(quotes("Berg: The harbour needs a second tug.")).containsExactly("indirect|Berg|The harbour needs a second tug");
    }

    @Test
    void aPluralSubjectWithNoDeterminerAfterACommaSpeaks() {
        assertThat(quotes("The ferry will not sail on Sunday, veteran Democrats said."))
                .containsExactly("indirect|Democrats|The ferry will not sail on Sunday");
        assertThat(quotes("The pier was closed, and several harbour pilots said the tug was too old."))
                .containsExactly("indirect|null|the tug was too old");
    }

    @Test
    void aRelativeWhoReportsAndItsClauseEndsAtItsComma() {
        // "who" speaks where no antecedent is read, and a relative with no comma before it ends at the comma after it
        assertThat(quotes("Half the riders took the bus, compared with nine in 10 who said the ferry was too slow."))
                .contains("indirect|null|the ferry was too slow");
        assertThat(quotes("Among riders who said they cared most about the fares, half took the bus."))
                .containsExactly("indirect|null|they cared most about the fares");
    }

    @Test
    void theNarratorsComparisonEndsAReportedClause() {
        assertThat(quotes("The harbour master said 60 percent of the boats were late, compared with 20 percent in May."))
                .containsExactly("indirect|null|60 percent of the boats were late");
        assertThat(quotes("Tom Berg said the tug should be sold, as has Anna Holm, the council leader."))
                .containsExactly("indirect|Tom Berg|the tug should be sold");
    }
}

package org.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.annotate.Annotator;
import org.dossier.extract.actor.ActorExtractor;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Event;
import org.junit.jupiter.api.Test;

/** Events of one-sentence articles of our own writing, printed as {@code TYPE mode status [participant:role]}. */
class EventExtractorTest {
    private static final Annotator ANNOTATOR = new Annotator();

    private static List<Event> events(String text) {
        DocumentFacts facts = new DocumentFacts();
        var doc = ANNOTATOR.annotate("t", text, null);
        new ActorExtractor().extract(doc, facts);
        new EventExtractor().extract(doc, facts);
        return facts.events();
    }

    private static String shown(Event e) {
        return e.type() + " " + e.mode() + " " + e.status() + " "
                + e.participants().stream().map(p -> p.name() + ":" + p.role()).toList();
    }

    @Test
    void aMeetingThatHappened() {
        assertThat(events("The Spanish foreign minister met Ukraine's envoy in Madrid on Monday.").stream().map(EventExtractorTest::shown))
                .containsExactly("CONSULT null occurred [Spain:participant, Ukraine:participant]");
    }

    @Test
    void troopsSentAreAMobilizationWithTheirCount() {
        Event e = events("Belarus sent 2,000 soldiers to Russia last month.").get(0);
        assertThat(shown(e)).isEqualTo("MOBILIZE troops occurred [Belarus:giver, Russia:recipient]");
        assertThat(e.quantity().amount()).isEqualTo(2000);
        assertThat(e.quantity().unit()).isEqualTo("soldiers");
    }

    @Test
    void weaponsSentAreAid() {
        assertThat(shown(events("Norway sent weapons and ammunition to Ukraine in March.").get(0)))
                .isEqualTo("AID military occurred [Norway:giver, Ukraine:recipient]");
    }

    @Test
    void theSubjectOfAPassiveVerbOfGivingReceivesTheAid() {
        assertThat(events("Moldova was promised new military aid on Tuesday.").get(0).participants())
                .extracting(p -> p.name() + ":" + p.role()).containsExactly("Moldova:recipient");
    }

    @Test
    void aPledgeOfMoneyIsAidWithItsCurrency() {
        Event e = events("Denmark pledged 1.5 billion euros in aid to Moldova.").get(0);
        assertThat(e.type()).isEqualTo("AID");
        assertThat(e.quantity().amount()).isEqualTo(1.5e9);
        assertThat(e.quantity().unit()).isEqualTo("EUR");
    }

    @Test
    void futureAndNegatedEvents() {
        assertThat(events("Poland will host talks with Ukraine next week.").get(0).status()).isEqualTo("planned");
        assertThat(events("Austria does not plan to send soldiers to Ukraine.").get(0).status()).isEqualTo("denied");
        assertThat(events("Finland proposed sending troops to Ukraine.").get(0).status()).isEqualTo("proposed");
        assertThat(events("A truce was agreed by Russia and Ukraine, subject to conditions.").get(0).status()).isEqualTo("conditional");
    }

    @Test
    void anAttackWithItsToll() {
        Event e = events("Russia attacked Ukraine overnight and at least 7 people were killed.").get(0);
        assertThat(shown(e)).isEqualTo("ASSAULT null occurred [Russia:source, Ukraine:target]");
        assertThat(e.quantity().amount()).isEqualTo(7);
    }

    @Test
    void anAccusation() {
        assertThat(shown(events("Moscow accused Kyiv of shelling the plant.").get(0)))
                .isEqualTo("ACCUSE null occurred [Russia:source, Ukraine:target]");
    }

    @Test
    void anAbstractPeaceDealIsNoEventAndASentenceWithoutActorsHasNone() {
        assertThat(events("Hopes for a peace deal with Russia faded.")).isEmpty();
        assertThat(events("The meeting lasted three hours.")).isEmpty();
    }

    private static List<String> types(String text) {
        return events(text).stream().map(e -> e.type() + " " + e.mode()).toList();
    }

    @Test
    void releasingPeopleConcedesButReleasingFootageIsNoEvent() {
        assertThat(types("Belarus released twelve prisoners to Lithuania on Friday.")).containsExactly("CONCEDE release");
        assertThat(types("Belarus released footage of the border crossing near Lithuania.")).isEmpty();
    }

    @Test
    void aPassiveTakesItsObjectFromBeforeTheVerb() {
        assertThat(types("About 500 soldiers were sent to Belarus by Russia in May.")).containsExactly("MOBILIZE troops");
    }

    @Test
    void aPledgeToActIsAPromiseAndAQuestionIsNoRequest() {
        assertThat(types("Sweden pledged to help Moldova rebuild its power grid.")).containsExactly("AGREE null");
        assertThat(types("Norway's minister was asked about Finland at a press conference.")).isEmpty();
    }

    @Test
    void theWordBeforeACeasefireDecidesWhatHappened() {
        assertThat(types("Ethiopia declared a unilateral ceasefire in Tigray on Monday.")).containsExactly("CONCEDE ceasefire");
        assertThat(types("Armenia violated the truce with Azerbaijan on Sunday.")).containsExactly("ASSAULT null");
    }

    @Test
    void cuttingAidAndExpellingEnvoysReduceRelations() {
        assertThat(types("Canada suspended aid to Haiti after the vote.")).containsExactly("SANCTION aid");
        assertThat(types("Latvia expelled two Russian diplomats on Tuesday.")).containsExactly("SANCTION expel");
        assertThat(types("Latvia expelled a Russian journalist on Tuesday.")).containsExactly("COERCE null");
    }

    @Test
    void liftingSanctionsConcedes() {
        assertThat(types("Canada lifted sanctions on Belarus in June.")).containsExactly("CONCEDE ease");
    }

    @Test
    void rejectingAnAccusationIsADenialNoRejection() {
        assertThat(types("Serbia rejected the accusations made by Kosovo.")).isEmpty();
        assertThat(types("Serbia rejected the plan put forward by Kosovo.")).containsExactly("REJECT null");
    }

    @Test
    void anEventNamedInAStatementOrAnOptionWeighedIsNoEvent() {
        assertThat(types("Japan expressed condolences to Kenya over the attack on its embassy.")).isEmpty();
        assertThat(types("Chile is considering sending aid to Peru.")).isEmpty();
        assertThat(types("Spain showed little interest in sending troops to Mali.")).isEmpty();
        assertThat(types("By continuing to attack Georgia, Russia lost support.")).isEmpty();
    }

    @Test
    void aHyphenatedTriggerIsFoundAcrossItsSplitTokens() {
        assertThat(types("Georgia announced a cease-fire with Abkhazia.")).containsExactly("CONCEDE ceasefire");
    }

    @Test
    void imposingASanctionSanctionsImposingACurfewCoercesReturningHomeIsNoEvent() {
        assertThat(types("Canada imposed sanctions on Belarus.")).containsExactly("SANCTION null");
        assertThat(types("Serbia imposed a curfew on Kosovo border towns.")).containsExactly("COERCE null");
        assertThat(types("The Estonian minister returned to Latvia on Sunday.")).isEmpty();
        assertThat(types("Estonia returned the seized boats to Latvia.")).containsExactly("CONCEDE return");
    }

    @Test
    void aNounAloneIsAnEventOnlyWhereTheSentenceTiesItToAnOccasion() {
        assertThat(types("Finland said the package was too small for Estonia.")).isEmpty();
        assertThat(types("Finland hosted nobody; the Nordic summit in Oslo drew Estonia's leaders.")).isNotEmpty();
        assertThat(types("The ELN declared a monthlong ceasefire with Colombia.")).containsExactly("CONCEDE ceasefire");
    }

    @Test
    void reducingAidReducesRelations() {
        assertThat(types("Norway reduced its aid to Mali last year.")).containsExactly("SANCTION aid");
    }

    @Test
    void whoeverReportsTheEventIsNoPartyToIt() {
        assertThat(shown(events("Estonia said it had expelled a journalist from Russia.").get(0))).isEqualTo("COERCE null occurred [Russia:target]");
        assertThat(shown(events("Belarus sent 300 soldiers to Russia, Lithuania said.").get(0)))
                .isEqualTo("MOBILIZE troops occurred [Belarus:giver, Russia:recipient]");
    }

    @Test
    void aPromiseRetypedToAgreeHasParticipantsNotGivers() {
        assertThat(shown(events("Sweden pledged to help Moldova rebuild its power grid.").get(0))).isEqualTo("AGREE null occurred [Sweden:participant, Moldova:participant]");
    }

    @Test
    void backgroundInARelativeClauseAndANegatedNounAreNoEvents() {
        assertThat(types("The Oslo summit in May will gather Latvia and other states that have pledged to help Moldova."))
                .containsExactly("CONSULT multilateral");
        assertThat(types("No sanctions relief for Belarus in Estonia's plan.")).isEmpty();
        assertThat(types("Serbia says peace can come without a ceasefire in Kosovo.")).isEmpty();
    }

    @Test
    void aPassiveLightVerbMakesTheNounBeforeItAnEvent() {
        assertThat(types("After talks mediated by Qatar, an agreement was announced between Chad and Sudan.")).contains("AGREE agreement");
    }

    @Test
    void anUndatedEventTakesTheDayTheSentenceBeforeNames() {
        Event e = events("Latvia's president met Estonia's prime minister on 4 May 2024. The two leaders called on Russia to release the prisoners.").get(1);
        assertThat(e.type()).isEqualTo("REQUEST");
        assertThat(e.date().value()).isEqualTo("2024-05-04");
    }

    @Test
    void aCallForSomethingIsARequestAndDeliveringASpeechIsNoAid() {
        assertThat(types("Lithuania threw its support behind a call by Poland for a Baltic naval patrol.")).contains("REQUEST null");
        assertThat(types("Poland's president delivered a speech in Vilnius.")).isEmpty();
    }

    @Test
    void aSignOfSomethingIsNoSigningAndAnObjectIsReachedPastPunctuation() {
        assertThat(types("Serbia showed no sign of accepting the offer from Kosovo.")).isEmpty();
        assertThat(types("Poland's president delivered a candid, wide-ranging interview to Lithuania's radio.")).isEmpty();
        assertThat(types("Poland's president gave a well-received speech in Lithuania.")).doesNotContain("CONSULT visit");
    }

    @Test
    void aPledgeOrAWillingnessProposesWhatItNames() {
        assertThat(events("Norway pledged new support to Moldova.").get(0).status()).isEqualTo("proposed");
        assertThat(events("Japan is willing to provide drones to Ukraine.").get(0).status()).isEqualTo("proposed");
    }

    @Test
    void peacekeepersAndSuppliesSentAreAidAndADealStruckIsAnAgreement() {
        assertThat(types("Ireland sent peacekeepers to Lebanon in May.")).containsExactly("AID peacekeeping");
        assertThat(types("Turkey sent food and medicine to Syria.")).containsExactly("AID humanitarian");
        assertThat(types("Serbia struck a deal with Kosovo on Friday.")).containsExactly("AGREE agreement");
    }

    @Test
    void aWarningGivenThreatens() {
        assertThat(types("Poland gave Belarus a stern warning about the border.")).containsExactly("THREATEN null");
    }

    @Test
    void aDemonymAfterInIsNoPlace() {
        assertThat(events("Five people were killed in Russian strikes on Ukraine.").get(0).location()).isNull();
        assertThat(events("Russia struck Ukraine in Kharkiv overnight.").get(0).location()).isEqualTo("Kharkiv");
    }

    @Test
    void aHeadCountIsNoAmountOfAid() {
        assertThat(events("Belarus sent 300 soldiers to Russia and supplied shells to Russia.").stream()
                .filter(e -> e.type().equals("AID")).findFirst().orElseThrow().quantity()).isNull();
    }

    @Test
    void whoReceivesAidIsItsRecipient() {
        assertThat(shown(events("France is a close ally. Kyiv received new French aid on Monday.").get(0)))
                .isEqualTo("AID null occurred [Ukraine:recipient, France:giver]");
        assertThat(events("Moldova received 5 million euros in aid from Romania.").stream().filter(e -> e.type().equals("AID"))
                .map(EventExtractorTest::shown)).containsExactly("AID null occurred [Moldova:recipient, Romania:giver]");
    }

    @Test
    void aNounOfNoEventYetIsReadThroughItsAdjectives() {
        assertThat(types("The Serbian envoy left Kosovo without a formal agreement in Pristina.")).isEmpty();
        assertThat(types("Serbia signed a formal agreement with Kosovo in Pristina.")).containsExactly("AGREE agreement");
    }

    @Test
    void aLaterUndatedMentionOfAnEventIsFoldedIntoItsDatedReport() {
        List<Event> es = events("Japanese officials briefed Australia and India on May 6, 2025 about the talks.\n\n"
                + "In the call, Japanese officials spoke with envoys of Australia and India.");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CONSULT");
            assertThat(e.date()).isNotNull();
            assertThat(e.summary()).startsWith("Japanese officials briefed");
        });
    }

    @Test
    void undatedEventsWithTheirPartiesInOppositeRolesStayApart() {
        assertThat(events("Ukraine would buy drones from Poland.\n\nPoland would buy grain from Ukraine.").stream().map(EventExtractorTest::shown))
                .containsExactly("COOPERATE military planned [Ukraine:recipient, Poland:giver]",
                        "COOPERATE military planned [Poland:recipient, Ukraine:giver]");
    }

    @Test
    void oneSentenceStatesTwoEventsOfOneTypeWhereTheirAmountsDiffer() {
        assertThat(events("Belarus deployed 2,000 soldiers to Russia in May, in addition to the 5,000 soldiers it deployed in March.")
                .stream().map(e -> e.type() + " " + e.quantity().amount()))
                .containsExactly("MOBILIZE 2000.0", "MOBILIZE 5000.0");
    }

    @Test
    void aSecondMentionInOneSentenceWithNothingOfItsOwnIsNoSecondEvent() {
        assertThat(events("Chile met Peru in Lima and met Peru again at dinner.")).hasSize(1);
    }

    @Test
    void refusingToTakePartIsARejectionThatHappened() {
        assertThat(shown(events("Greece will not take part in the peacekeeping force in Cyprus, the government said.").get(0)))
                .isEqualTo("REJECT null occurred [Greece:source, Cyprus:target]");
        assertThat(shown(events("Spain will take part in the talks with Morocco.").get(0)))
                .isEqualTo("CONSULT null planned [Spain:participant, Morocco:participant]");
    }

    @Test
    void progressTowardsADealIsNoDealYet() {
        assertThat(types("Serbia and Kosovo made progress on a new border agreement in Brussels.")).isEmpty();
        assertThat(types("Serbia and Kosovo reached a new border agreement in Brussels.")).containsExactly("AGREE agreement");
    }

    @Test
    void theTwoMenAreThePairOfPersonsAnEarlierSentenceNamesTogether() {
        List<Event> es = events("Mr. Orban and Mr. Fico held a long call after a meeting with Mr. Vucic.\n"
                + "The two men agreed that a new pipeline would be built.");
        assertThat(es.stream().filter(e -> e.type().equals("AGREE")).map(EventExtractorTest::shown))
                .containsExactly("AGREE agreement occurred [Viktor Orbán:participant, Robert Fico:participant]");
    }

    @Test
    void theTwoMenStandForNoPairOfNamesNotJoinedByAnd() {
        assertThat(events("Mr. Orban spoke after a meeting with Mr. Vucic.\nThe two men agreed that a new pipeline would be built.")
                .stream().filter(e -> e.type().equals("AGREE"))).isEmpty();
    }

    @Test
    void anIndefiniteEventThatTimesAnotherIsNoEventYet() {
        assertThat(types("Observers from Ireland would stay in Cyprus after a truce.")).isEmpty();
        assertThat(types("Observers from Ireland would stay in Cyprus after the truce.")).containsExactly("AGREE ceasefire");
    }

    @Test
    void thePossibilityOfSendingTroopsProposesTheSending() {
        assertThat(shown(events("Belgium raised the possibility of sending troops to Mali.").get(0)))
                .isEqualTo("MOBILIZE troops proposed [Belgium:giver, Mali:recipient]");
        assertThat(types("Belgium is tired of sending troops to Mali.")).isEmpty();
    }

    @Test
    void theAgencyThatReportsAnEventIsNoPartyToIt() {
        assertThat(shown(events("Belarus has sent more soldiers to Russia, Lithuania's intelligence service told reporters.").get(0)))
                .isEqualTo("MOBILIZE troops occurred [Belarus:giver, Russia:recipient]");
        // "saying" is no speech verb of a reporter: Peru is what was defended
        assertThat(shown(events("Chile's minister defended Peru's fishing policies, saying the quotas were fair.").get(0)))
                .isEqualTo("SUPPORT null occurred [Chile:source, Peru:target]");
    }

    private static List<Event> events(String text, String published) {
        DocumentFacts facts = new DocumentFacts();
        var doc = ANNOTATOR.annotate("t", text, java.time.LocalDate.parse(published));
        new ActorExtractor().extract(doc, facts);
        new EventExtractor().extract(doc, facts);
        return facts.events();
    }

    @Test
    void anEventAtTheMeetingTakesTheDayOfTheMeetingLastReported() {
        List<Event> es = events("Chile's president met Peru's president in Lima on Tuesday.\n\n"
                + "During the meeting, Chile backed Peru's bid for a seat on the council.", "2024-06-14");
        assertThat(es).extracting(Event::type).containsExactly("CONSULT", "SUPPORT");
        assertThat(es.get(1).date().value()).isEqualTo("2024-06-11");
    }

    @Test
    void aNounDatedByItsOwnPhraseIsAnEventBesidesTheVerbsWithThatDateAndTheNamesOfThatPhrase() {
        List<Event> es = events("Norway's foreign minister briefed Danish officials on Monday about the summit of"
                + " Sweden's ministers in Oslo two days earlier.", "2024-06-14");
        assertThat(es).extracting(Event::type).containsExactly("CONSULT", "CONSULT");
        assertThat(es).extracting(e -> e.date().value()).containsExactly("2024-06-10", "2024-06-08");
        // the summit's parties are those its own phrase names, not the officials briefed about it
        assertThat(es.get(1).participants()).extracting(p -> p.name()).containsExactly("Sweden");
        // another name of an actor the text names elsewhere: "the alliance" is NATO
        assertThat(events("NATO's chief briefed Danish officials on Monday about the meeting of the alliance's"
                + " ministers in Oslo two days earlier.", "2024-06-14").get(1).participants())
                .extracting(p -> p.name()).containsExactly("NATO");
        // "Wednesday's talks" took place on Wednesday, not on the Friday of the praise
        assertThat(events("On Friday, Finland praised Wednesday's talks with Estonia.", "2024-06-14").stream()
                .filter(e -> e.type().equals("CONSULT"))).extracting(e -> e.date().value()).containsExactly("2024-06-12");
        // an undated noun beside a verb still names its event in passing, and so does a dated one that names nobody
        assertThat(events("Norway's foreign minister briefed Danish officials on Monday about the summit of Sweden's"
                + " ministers in Oslo.", "2024-06-14")).hasSize(1);
        assertThat(events("Norway's foreign minister briefed Danish officials on Monday about Saturday's summit.",
                "2024-06-14")).hasSize(1);
        // the object of a verb trigger is that verb's event, and a date past an infinitive or a possessive after the
        // noun dates something else
        assertThat(events("Canada imposed new sanctions on Belarus in 2021.", "2024-06-14")).hasSize(1);
        assertThat(events("Denmark briefed Norway on Monday about its pledge to cut emissions by 2030.", "2024-06-14"))
                .hasSize(1);
        assertThat(events("Denmark briefed Norway on Monday about its talks with Sweden over Tuesday's vote.", "2024-06-14"))
                .hasSize(1);
        // the phrase of "Sunday's summit" ends at the verb after it: the names past "comes after" are not its parties
        assertThat(events("Sunday's summit comes after Estonia and Finland met in Tallinn on Friday.", "2024-06-14"))
                .extracting(Event::type).containsExactly("CONSULT");
    }

    @Test
    void anUndatedAgreementRightAfterADatedMeetingOfItsPartiesWasReachedThere() {
        String first = "Chile's president met Peru's president in Lima on Tuesday.\n\n";
        assertThat(events(first + "Chile agreed to reopen the border crossings.", "2024-06-14").get(1).date().value())
                .isEqualTo("2024-06-11");
        // an agreement of other parties, or one after something else, is not the meeting's outcome
        assertThat(events(first + "Bolivia agreed to reopen the border crossings.", "2024-06-14").get(1).date()).isNull();
        assertThat(events(first + "Chile sent 200 soldiers to the border.\n\nChile agreed to reopen the border crossings.",
                "2024-06-14").get(2).date()).isNull();
    }

    @Test
    void aSubjectThatRefersBackGoesOnWithTheDayOfTheSentenceBefore() {
        String first = "Czechia's prime minister spoke to Slovakia's president on Thursday.\n\n";
        assertThat(events(first + "The two leaders urged Hungary to drop its veto.", "2024-06-14").get(1).date().value())
                .isEqualTo("2024-06-13");
        // a sentence that starts afresh does not
        assertThat(events(first + "Austria urged Hungary to drop its veto.", "2024-06-14").get(1).date()).isNull();
    }

    @Test
    void partiesThatAccuseEachOtherAreEachTheOthersTarget() {
        assertThat(events("Armenia and Azerbaijan accused each other of shelling border villages.").stream().map(EventExtractorTest::shown))
                .containsExactly("ACCUSE null occurred [Armenia:source, Azerbaijan:target]",
                        "ACCUSE null occurred [Azerbaijan:source, Armenia:target]");
        assertThat(events("Armenia and Azerbaijan met each other in Geneva.")).hasSize(1);
    }

    @Test
    void anEventThatTimesSomethingElseIsNamedInPassing() {
        assertThat(types("Trade between Chile and Peru fell sharply three years after Chile's invasion of Peru.")).isEmpty();
        assertThat(types("Prices in Peru have doubled since Chile's invasion.")).isEmpty();
        assertThat(types("Exports fell after Chile's invasion of Peru.")).containsExactly("ASSAULT ground");
    }

    @Test
    void theyAreTheGroupOfPeopleTheSentenceBeforeNamesByTheirCountry() {
        List<Event> es = events("Belarus held drills in May. Vilnius said Belarusian troops had stayed near the border for weeks.\n\n"
                + "Poland later said they had withdrawn from the area.");
        assertThat(es.stream().map(EventExtractorTest::shown)).containsExactly("RETREAT null occurred [Belarus:source]");
        // a "they" with no group of people before it stays unresolved
        assertThat(events("Belarus held drills in May. Vilnius said the weather had been cold for weeks.\n\nPoland later said they had withdrawn from the area."))
                .isEmpty();
    }

    @Test
    void aCountWithItsNounLeftOutIsASecondEventOfTheKindBeforeIt() {
        List<Event> es = events("Chad has deployed 400 more soldiers to Niger, in addition to the 1,200 already sent.");
        assertThat(es).extracting(EventExtractorTest::shown).containsExactly(
                "MOBILIZE troops occurred [Chad:giver, Niger:recipient]", "MOBILIZE troops occurred [Chad:giver, Niger:recipient]");
        assertThat(es).extracting(e -> e.quantity().amount()).containsExactly(400.0, 1200.0);
    }

    @Test
    void goingOnDoingSomethingStatesItButDoingItByGoingOnNamesItInPassing() {
        assertThat(types("Iran continued to supply drones to Russia.")).containsExactly("AID military");
        assertThat(types("By continuing to supply drones, Iran has angered Ukraine.")).isEmpty();
        assertThat(types("Kyiv accused Iran of continuing to supply drones to Russia.")).contains("AID military");
    }

    @Test
    void noObjectOfATriggerIsLookedForPastACommaAndAConjunction() {
        assertThat(types("Chad said the aid was sent, and that weapons would follow.")).doesNotContain("AID military");
    }

    @Test
    void guaranteesProvidedAreNoAid() {
        assertThat(types("Leaders met in Oslo to settle the guarantees to be provided to Moldova.")).doesNotContain("AID null");
        assertThat(types("Norway provided security guarantees to Moldova.")).isEmpty();
        assertThat(types("Norway will provide a $50 million loan guarantee to Moldova.")).containsExactly("AID economic");
    }

    @Test
    void theyInASecondClauseIsTheSubjectThatOpensTheSentence() {
        assertThat(events("Chile hosted a two-day regional summit on trade and security in Valparaiso last month, where they pledged to fight smuggling.")
                .stream().filter(e -> e.type().equals("AGREE")).map(EventExtractorTest::shown))
                .containsExactly("AGREE null occurred [Chile:participant]");
    }

    @Test
    void theyInASecondClauseIsAGroupOfPeopleNamedBeforeIt() {
        assertThat(events("The talks came after African leaders met Chad's president at a summit in Valparaiso, where they pledged to fight smuggling.")
                .stream().filter(e -> e.type().equals("AGREE")).map(EventExtractorTest::shown))
                .containsExactly("AGREE null occurred [African leaders:participant, Chad:participant]");
    }

    @Test
    void aNounThatBecomesTheSubjectOfAnotherVerbHasNoPartiesPastThatVerb() {
        assertThat(events("Next month's talks in Geneva will focus on helping Moldova.")).isEmpty();
        assertThat(events("Next month's talks with Moldova in Geneva will focus on trade.").stream().map(EventExtractorTest::shown))
                .containsExactly("CONSULT null planned [Moldova:participant]");
    }

    @Test
    void suppliesStoppedAreAidCut() {
        assertThat(types("Chile suspended fuel deliveries to Bolivia.")).containsExactly("SANCTION aid");
        assertThat(types("Chile has halted food supplies to Bolivia.")).containsExactly("SANCTION aid");
    }

    @Test
    void whatSomeoneFailedToDoDidNotHappen() {
        assertThat(types("Serbia and Kosovo failed to reach an agreement in Brussels.")).isEmpty();
        assertThat(events("Serbia failed to sign the accord with Kosovo.").get(0).status()).isEqualTo("denied");
    }

    @Test
    void troopsSentOnAPeacekeepingMissionAreAid() {
        assertThat(types("Ghana is sending 400 troops to the African Union peacekeeping mission in Somalia.")).containsExactly("AID peacekeeping");
        assertThat(types("Ghana is sending 400 troops to the border with Togo.")).containsExactly("MOBILIZE troops");
    }
}

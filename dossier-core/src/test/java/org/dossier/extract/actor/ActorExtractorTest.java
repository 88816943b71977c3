package org.dossier.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.annotate.Annotator;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Role;
import org.junit.jupiter.api.Test;

/** Actors of short articles of our own writing, printed as {@code KIND name [aliases]}. */
class ActorExtractorTest {
    private static final Annotator ANNOTATOR = new Annotator();

    private static List<Actor> actors(String text) {
        DocumentFacts facts = new DocumentFacts();
        new ActorExtractor().extract(ANNOTATOR.annotate("t", text, null), facts);
        return facts.actors();
    }

    @Test
    void aRoleBeforeTheNameBetweenCommasIsThePersonsRole() {
        assertThat(actors("Ferries\n\nThe transport minister, Ola Strand, said the ferries would run.")).filteredOn(a -> a.name().equals("Ola Strand"))
                .singleElement().satisfies(a -> assertThat(a.roles()).extracting(org.dossier.model.Role::title).containsExactly("transport minister"));
        assertThat(actors("Ferries\n\nNorway's transport minister, Ola Strand, said the ferries would run.")).filteredOn(a -> a.name().equals("Ola Strand"))
                .singleElement().satisfies(a -> assertThat(a.roles()).isNotEmpty());
        // an adjunct that ends in a noun of persons is no role: it opens with neither a determiner nor a possessor
        assertThat(actors("Ferries\n\nIn talks with ministers, Ola Strand, the mayor, said the ferries would run.")).filteredOn(a -> a.name().equals("Ola Strand"))
                .singleElement().satisfies(a -> assertThat(a.roles()).extracting(org.dossier.model.Role::title).containsExactly("mayor"));
    }

    private static List<String> shown(String text) {
        return actors(text).stream().map(a -> a.kind() + " " + a.name() + " " + a.aliases()).toList();
    }

    @Test
    void aPersonIsOneActorUnderTheFullestNameWithTheRoleTheTextGives() {
        List<Actor> found = actors("Finnish Prime Minister Aino Virtanen arrived on Monday. Virtanen met students.");
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Aino Virtanen");
            assertThat(a.aliases()).containsExactly("Virtanen");
            assertThat(a.country()).isEqualTo("FI");
            assertThat(a.roles()).extracting(Role::title).containsExactly("Finnish Prime Minister");
        });
    }

    @Test
    void namesOfOneCountryAreOneActor() {
        assertThat(shown("Britain and the UK are one country; the U.K. said so."))
                .containsExactly("COUNTRY United Kingdom [Britain, UK, U.K.]");
    }

    @Test
    void aCapitalThatActsIsItsCountryAndOneThatIsAPlaceIsNoActor() {
        assertThat(shown("Kyiv rejected the plan after talks in Moscow.")).containsExactly("COUNTRY Ukraine [Kyiv]");
        assertThat(shown("Kiev said the Paris summit went well.")).containsExactly("COUNTRY Ukraine [Kiev]");
    }

    @Test
    void aSeatOfGovernmentSpeaksForItsCountry() {
        assertThat(shown("The Kremlin and Downing Street both denied it.")).containsExactly(
                "COUNTRY Russia [Kremlin]", "COUNTRY United Kingdom [Downing Street]");
    }

    @Test
    void countriesBeyondTheProfileByTheirOtherNamesAndCapitals() {
        assertThat(shown("Burma freed the prisoners, and Khartoum welcomed it.")).containsExactly(
                "COUNTRY Myanmar [Burma]", "COUNTRY Sudan [Khartoum]");
        // the capital of the Maldives is no word of English that the gazetteer takes: "Male voters"
        assertThat(shown("Male voters in Ohio turned out early.")).isEmpty();
    }

    @Test
    void aCountrysAdjectiveBeforeItsStateBodiesOrAgentsIsTheCountryActing() {
        assertThat(shown("Chadian troops crossed the border on Monday.")).containsExactly("COUNTRY Chad []");
        assertThat(shown("The Peruvian navy recalled its ships.")).containsExactly("COUNTRY Peru []");
        // a title in a person's name is that person's role, no country acting
        assertThat(shown("Chilean President Elena Rojas left.")).containsExactly("PERSON Elena Rojas []");
        // an adjective of origin before anything else makes no actor
        assertThat(shown("Chilean wine and Thai food were served at the Peruvian restaurant.")).isEmpty();
    }

    @Test
    void aNameTheTextCallsAThingIsABody() {
        assertThat(shown("Vollmar said its sales fell in March.")).containsExactly("ORGANIZATION Vollmar []");
        assertThat(shown("Output fell, and Kestrel, which makes trucks, cut jobs.")).containsExactly("ORGANIZATION Kestrel []");
        // "it" is no evidence: persons say "it would take years" as often
        assertThat(shown("Vollmar said it would take years.")).doesNotContain("ORGANIZATION Vollmar []");
    }

    @Test
    void bodiesByTheirShortNames() {
        assertThat(shown("NATO and the EU met; the North Atlantic Treaty Organization spoke first."))
                .containsExactly("ORGANIZATION NATO [North Atlantic Treaty Organization]", "ORGANIZATION European Union [EU]");
    }

    @Test
    void aCountryNameInsideAPersonsNameIsNoCountry() {
        assertThat(shown("Prime Minister Luis Montenegro spoke in Lisbon."))
                .containsExactly("PERSON Luís Montenegro [Luis Montenegro]");
    }

    @Test
    void newspapersAndTitleCasedHeadlinesAreNoPersons() {
        assertThat(actors("Leaders Gather for Crucial Security Talks in Rome\nShe told Le Parisien and the Berliner Morgenpost nothing."))
                .isEmpty();
    }

    @Test
    void anUnknownNameWrittenTwiceOrWithACompanysEndingIsABody() {
        assertThat(shown("Shares of Nordvik Shipping Ltd. rose. Analysts said Nordvik Shipping would grow. Kestrel fell once."))
                .containsExactly("ORGANIZATION Nordvik Shipping Ltd. [Nordvik Shipping]");
    }

    @Test
    void anAcronymIsTheBodyWhoseInitialsItTakes() {
        assertThat(shown("Vestland Power Grid cut prices. VPG said demand fell, and VPG expects more cuts."))
                .containsExactly("ORGANIZATION Vestland Power Grid [VPG]");
    }

    @Test
    void aTransliterationVariantOfAKnownLeaderIsFiledUnderTheListsName() {
        assertThat(actors("Volodymyr Zelenskiy flew to Oslo on Tuesday. Zelenskyy thanked the hosts.")).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Volodymyr Zelensky");
            assertThat(a.aliases()).contains("Volodymyr Zelenskiy", "Zelenskyy");
            assertThat(a.country()).isEqualTo("UA");
        });
    }

    @Test
    void aKnownSurnameStandingAloneIsThePerson() {
        assertThat(shown("Lavrov dismissed the offer, and Sybiha called it a stalling tactic."))
                .containsExactly("PERSON Sergei Lavrov [Lavrov]", "PERSON Andrii Sybiha [Sybiha]");
    }

    @Test
    void anUnknownSurnameStandingAloneIsNoPerson() {
        assertThat(actors("Korhonen dismissed the offer on Monday.")).isEmpty();
    }

    @Test
    void aFullNameThatSharesOnlyTheSurnameOfAKnownLeaderIsSomeoneElse() {
        assertThat(shown("Rates will hold, Paula Merz told reporters.")).containsExactly("PERSON Paula Merz []");
    }

    @Test
    void aKnownBodyIsFoundByItsEpithet() {
        assertThat(shown("The Pentagon paused the shipment."))
                .containsExactly("ORGANIZATION United States Department of Defense [Pentagon]");
    }

    @Test
    void aBodyNamedInAPersonsRoleIsAnActorToo() {
        assertThat(shown("NATO Secretary General Mark Rutte arrived in Vilnius.")).containsExactly(
                "PERSON Mark Rutte []", "ORGANIZATION NATO []");
    }

    @Test
    void aRegionsAdjectiveBeforeAPluralNounOfAGroupIsAGroup() {
        assertThat(shown("Nordic governments backed the plan, and Western allies followed. Danish officials declined to comment."))
                .containsExactly("COUNTRY Denmark []", "GROUP Nordic governments []", "GROUP Western allies []");
    }

    @Test
    void aSurnameWithLowerCaseParticlesIsOneName() {
        assertThat(shown("The talks were led by Commissioner Hendrik van der Berg and Senator Ana da Silva."))
                .containsExactly("PERSON Hendrik van der Berg []", "PERSON Ana da Silva []");
    }

    @Test
    void aGivenNameMakesAPersonWithoutATitleAndACapitalizedPairWithoutOneIsNone() {
        assertThat(shown("Mary Okonjo opened the Harbour Gallery on Friday."))
                .containsExactly("PERSON Mary Okonjo []");
    }

    @Test
    void aTitleWordOpensABodysNameWhenNoPersonIsMeant() {
        assertThat(shown("General Holdings cut 300 jobs. Shares of General Holdings fell."))
                .containsExactly("ORGANIZATION General Holdings []");
    }

    @Test
    void twoCapitalLettersWrittenTwiceAreABodyNotAPerson() {
        assertThat(shown("Sales of KX rose in May, and KX spokesman Tom Reed said more was to come."))
                .contains("ORGANIZATION KX []").noneMatch(a -> a.startsWith("PERSON KX"));
    }

    private static List<String> references(String text) {
        DocumentFacts facts = new DocumentFacts();
        new ActorExtractor().extract(ANNOTATOR.annotate("t", text, null), facts);
        return facts.references().stream().map(r -> r.span().of(text) + " -> " + facts.actor(r.actorKey()).name()).toList();
    }

    @Test
    void pronounsAndDescriptionsReferToTheLastActorOfTheirKind() {
        assertThat(references("Vestra Dynamics Inc. reported a loss. The company said its orders fell, and CEO Ruth Ambler said she expected a rebound."))
                .containsExactly("CEO -> Ruth Ambler", "The company -> Vestra Dynamics Inc.", "its -> Vestra Dynamics Inc.", "she -> Ruth Ambler");
    }

    @Test
    void anImpersonalItAndAnAnaphorWithNoActorBeforeItReferToNothing() {
        assertThat(references("It is likely that the company will grow. Vestra Dynamics Inc. said nothing.")).isEmpty();
    }

    @Test
    void aDemonymRefersToItsCountryWhenTheArticleNamesItAndMakesNoActorAlone() {
        assertThat(references("Norway raised its budget. The Norwegian government said so.")).containsExactly(
                "its -> Norway", "Norwegian -> Norway");
        assertThat(actors("They drank Chilean wine.")).isEmpty();
    }

    @Test
    void aTitleBeforeAPersonsNameOpensNoBody() {
        assertThat(shown("President Hanna Berglund spoke first. Later, Mr. Berglund and President Hanna Berglund left."))
                .containsExactly("PERSON Hanna Berglund [Berglund]");
    }

    @Test
    void aRelativePronounAfterANameAndACommaIsThatActor() {
        assertThat(references("Shares of Vestra Dynamics Inc., which makes pumps, fell.")).containsExactly(
                "which -> Vestra Dynamics Inc.");
    }

    @Test
    void theyIsTheLastBodyOrGroupAndTheGovernmentTheLastCountry() {
        assertThat(references("Nordic leaders met in Oslo. They agreed that Norway should pay, and the government did."))
                .containsExactly("They -> Nordic leaders", "the government -> Norway");
    }

    @Test
    void anOwnersNameBeforeANameIsNoRoleAndABuildingNoPerson() {
        assertThat(actors("Chile's Merval index fell as flights left Peru's Jorge Chavez Airport.")).noneMatch(a -> a.kind() == ActorKind.PERSON);
    }

    @Test
    void aNameOpeningSentencesThatTheTextNeverWritesInLowerCaseIsABody() {
        assertThat(shown("Vantor unveiled a drone. Vantor said orders doubled. Vantor expects more."))
                .containsExactly("ORGANIZATION Vantor []");
    }

    @Test
    void aGivenNameAloneIsThePersonItOpensTheNameOfAndNoBody() {
        assertThat(shown("Mary Okonjo spoke. Mary thanked the staff, and Mary left.")).containsExactly("PERSON Mary Okonjo []");
        assertThat(references("Mary Okonjo spoke. Mary thanked the staff.")).containsExactly("Mary -> Mary Okonjo");
    }

    @Test
    void aRoleWrittenBeforeAPersonsNameRefersToThePerson() {
        assertThat(references("Vestra chief executive Ruth Ambler resigned. Mr. Tom Reed replaced her."))
                .contains("chief executive -> Ruth Ambler")
                .noneMatch(r -> r.startsWith("Mr."));
    }

    @Test
    void itPassesOverACountryWrittenAsAModifierOrAPlace() {
        assertThat(references("Vestra Motors Inc. asked the US Treasury and Norway's tax office for aid because it lost money."))
                .contains("it -> Vestra Motors Inc.");
        assertThat(references("Vestra Motors Inc. cut jobs in Norway because it lost money."))
                .contains("it -> Vestra Motors Inc.");
        assertThat(references("Vestra Motors Inc. met Norway, and Norway said it would pay."))
                .contains("it -> Norway");
    }

    @Test
    void aResolvedPronounCarriesItsPersonOnBeyondTheReachOfTheName() {
        assertThat(references("Ruth Ambler arrived at noon. The hall was full. Tea was served. The lights were dim. "
                + "She spoke for an hour. Rain fell outside. The crowd stayed. Cars waited. She left at six."))
                .containsExactly("She -> Ruth Ambler", "She -> Ruth Ambler");
    }

    @Test
    void aLowerCaseTitleAfterANameEndsTheNameAndATitlesModifierAloneIsNoRole() {
        assertThat(shown("Vestra CEO Ruth Ambler first met the staff.")).contains("PERSON Ruth Ambler []");
        assertThat(shown("At a New York press event, Tom Reed spoke.")).containsExactly("PERSON Tom Reed []");
    }

    @Test
    void aRoleAfterANameBetweenCommasMakesAPersonWhoseHeadRefersToThem() {
        String text = "Yesterday, Oskar Lindqvist, the chief financial officer of Vestra Motors Inc., left. Lindqvist gave no reason.";
        assertThat(actors(text)).filteredOn(a -> a.kind() == ActorKind.PERSON).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Oskar Lindqvist");
            assertThat(a.aliases()).containsExactly("Lindqvist");
            assertThat(a.roles()).extracting(Role::title).containsExactly("chief financial officer of Vestra Motors Inc.");
        });
        assertThat(references(text)).contains("chief financial officer -> Oskar Lindqvist");
        assertThat(references("Oskar Lindqvist, plant manager and Vestra vice president, left."))
                .containsExactly("vice president -> Oskar Lindqvist");
    }

    @Test
    void aDescriptionBetweenCommasWithoutATitleMakesNoPerson() {
        assertThat(shown("Vestra Motors, the largest plant in the region, closed.")).noneMatch(a -> a.startsWith("PERSON"));
    }

    @Test
    void aCountrysGovernmentByItsNameOrAdjectiveIsTheCountry() {
        assertThat(shown("The Romanian government and the Peru government signed.")).contains(
                "COUNTRY Romania [Romanian government]", "COUNTRY Peru [Peru government]");
    }

    @Test
    void aNameWrittenOnceInAListBesideABodyIsABody() {
        assertThat(shown("Yesterday Vestra Motors Inc., Dravik and Lumora cut jobs."))
                .contains("ORGANIZATION Vestra Motors Inc. []", "ORGANIZATION Dravik []", "ORGANIZATION Lumora []");
        assertThat(shown("Yesterday Vestra Motors Inc. and Company staff cut jobs."))
                .noneMatch(a -> a.contains("Company []"));
        assertThat(shown("Yesterday Dravik met Lumora.")).isEmpty();
    }

    @Test
    void theNameAfterARolesOfIsNoPerson() {
        assertThat(shown("Yesterday the Vice Chairman of Vestra Logistics spoke to the Managing Director of Dravik."))
                .noneMatch(a -> a.startsWith("PERSON"));
    }

    @Test
    void aDescriptionMayCarryLowerCaseModifiersButNoName() {
        assertThat(references("Vestra Motors Inc. cut jobs. The auto parts company said sales fell."))
                .contains("The auto parts company -> Vestra Motors Inc.");
        assertThat(references("Norway met Vestra Motors Inc. on Monday, and the Peru government objected."))
                .noneMatch(r -> r.contains("government ->"));
    }

    @Test
    void aPronounOpeningSentencesIsNoName() {
        assertThat(shown("Ruth Ambler took over in May. She cut costs. She sold the plant. She hired staff."))
                .containsExactly("PERSON Ruth Ambler []");
    }

    @Test
    void aCommonNounOfBodiesRightBeforeABodysNameRefersToIt() {
        assertThat(references("Norwegian shipping company Vestra Lines Ltd. grew, and the carrier hired staff."))
                .contains("shipping company -> Vestra Lines Ltd.", "the carrier -> Vestra Lines Ltd.")
                .noneMatch(r -> r.startsWith("Norwegian shipping"));
        assertThat(references("Sales at the company, Vestra Lines Ltd., grew.")).noneMatch(r -> r.startsWith("company"));
    }

    @Test
    void aNameWrittenOnceAfterANounOfBodiesOrAsAHoldingIsABody() {
        assertThat(shown("Yesterday automaker Dravik said so.")).containsExactly("ORGANIZATION Dravik []");
        assertThat(shown("The fund bought a stake in Lumora, then more shares in Lumora.")).containsExactly("ORGANIZATION Lumora []");
        assertThat(shown("The fund opened an office in Lumora, then a shop in Lumora.")).isEmpty();
    }

    @Test
    void aGivenNameSharedBySeveralIsThePersonNamedLastBeforeIt() {
        assertThat(references("Mary Okonjo spoke. Mary thanked the staff. Later Mary Adeyemi arrived, and Mary sat down."))
                .containsExactly("Mary -> Mary Okonjo", "Mary -> Mary Adeyemi");
    }

    @Test
    void aCountrysNameWithACapitalizedCompanyEndingIsABodyButNotWithACommonNoun() {
        assertThat(shown("Yesterday Norway Airlines ordered jets.")).contains("ORGANIZATION Norway Airlines []");
        assertThat(shown("Yesterday a Norway company ordered jets.")).noneMatch(a -> a.startsWith("ORGANIZATION"));
    }

    @Test
    void aNameWrittenOnceWithABodysNounAtItsHeadIsABody() {
        assertThat(shown("Yesterday the Bank of Lumora raised rates.")).containsExactly("ORGANIZATION Bank of Lumora []");
        assertThat(shown("Yesterday the Dravik Transport Agency raised fares.")).containsExactly("ORGANIZATION Dravik Transport Agency []");
        assertThat(shown("Yesterday the Dravik Transport plan failed.")).isEmpty();
    }

    @Test
    void aMakersNameWithAModelsCodeIsAProductNotABody() {
        assertThat(shown("Lumora Air bought the Dravik X500 jet. The Dravik X500 flies far, and Lumora Air said so."))
                .contains("ORGANIZATION Lumora Air []").noneMatch(a -> a.contains("X500"));
    }

    @Test
    void aDescriptionFollowedByOfNamesItsOwnReferent() {
        assertThat(references("Norway spoke first. Later the government of Peru objected."))
                .contains("the government -> Peru").noneMatch(r -> r.startsWith("the government -> Norway"));
        assertThat(references("Norway spoke first. Later the government of Lumora objected.")).noneMatch(r -> r.startsWith("the government"));
        assertThat(references("Vestra Motors Inc. grew. The maker of the trucks hired staff."))
                .contains("The maker -> Vestra Motors Inc.");
    }

    @Test
    void theHeadOfAnAppositionAfterABodysNameRefersToIt() {
        assertThat(references("Vestra Lines Ltd., Norway's largest shipping company in the north, grew."))
                .contains("largest shipping company -> Vestra Lines Ltd.");
        assertThat(references("Vestra Lines Ltd., which sold ships, grew.")).noneMatch(r -> r.contains("ships"));
    }

    @Test
    void aCurrencysSignMakesNoName() {
        assertThat(shown("Vestra Motors Inc. paid US$ 5 million, then US$ 2 million more.")).containsExactly("ORGANIZATION Vestra Motors Inc. []");
    }

    @Test
    void aMakersNameBeforeAModelsCodeCountsAsTheMakersName() {
        assertThat(shown("Jets ordered\nMay 2, 2011\nLumora Air ordered ten Dravik Q400 jets. The Dravik Q400 is the best seller of Dravik."))
                .contains("ORGANIZATION Dravik []").noneMatch(a -> a.contains("Q400"));
    }

    @Test
    void aDescriptionPassesOverAMakersNameBeforeAModelsCode() {
        String text = "Jets ordered\nMay 2, 2011\nDravik sells jets. Lumora Airlines ordered ten Dravik Q400 jets. The airline flies to Oslo.";
        DocumentFacts facts = new DocumentFacts();
        new ActorExtractor().extract(ANNOTATOR.annotate("t", text, null), facts);
        assertThat(facts.references()).extracting(r -> r.span().of(text) + " -> " + facts.actor(r.actorKey()).name())
                .containsExactly("The airline -> Lumora Airlines");
    }

    @Test
    void aNameWrittenOnceBeforeAnAppositionEndingInABodysNounIsABody() {
        assertThat(shown("Dealers close\nMay 2, 2011\nSales fell a day after Korvath, another U.K. truck maker, cut prices."))
                .containsExactly("COUNTRY United Kingdom [U.K.]", "ORGANIZATION Korvath []");
    }

    @Test
    void anAcronymIntroducedInParenthesesIsTheNamesAliasAndMakesItABody() {
        assertThat(shown("Jets delivered\nMay 2, 2011\nThe first jet went to Lumora Carriers (LCX) on Monday. LCX will fly it to Oslo."))
                .containsExactly("ORGANIZATION Lumora Carriers [LCX]");
    }

    @Test
    void itPassesOverACountryWrittenInAnAmount() {
        String text = "Profits up\nMay 2, 2011\nVardo Motors posted a profit of US$ 40 million and said that it would hire.";
        DocumentFacts facts = new DocumentFacts();
        new ActorExtractor().extract(ANNOTATOR.annotate("t", text, null), facts);
        assertThat(facts.references()).extracting(r -> r.span().of(text) + " -> " + facts.actor(r.actorKey()).name())
                .containsExactly("it -> Vardo Motors");
    }

    @Test
    void aRegionsNameMakesNoCountry() {
        assertThat(shown("Plants close\nMay 2, 2011\nVardo Motors will close two plants in South America and one in Canada."))
                .containsExactly("COUNTRY Canada []", "ORGANIZATION Vardo Motors []");
    }

    @Test
    void anAdjectiveOfOriginWithACompanysNounIsNoBody() {
        assertThat(shown("Stake sold\nMay 2, 2011\nVardo Motors sold its stake to a Norwegian company. The Swedish Company declined. "
                + "Korvan Airlines bought the rest."))
                .containsExactly("ORGANIZATION Vardo Motors []", "ORGANIZATION Korvan Airlines []");
    }
}

package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.store.TestDocuments.actor;
import static org.dossier.store.TestDocuments.document;
import static org.dossier.store.TestDocuments.span;

import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.dossier.model.Position;
import org.dossier.model.Quote;
import org.dossier.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorResolutionTest {
    @TempDir
    Path dir;

    @Test
    void theSameNameInTwoDocumentsIsOneActor() {
        try (Store store = Store.open(dir)) {
            store.save(document("a", "Zelensky spoke.", f -> f.put(actor("z", ActorKind.PERSON, "Zelensky"))));
            store.save(document("b", "ZELENSKY  spoke.", f -> f.put(actor("z1", ActorKind.PERSON, " zelensky "))));

            assertThat(store.actors()).singleElement().satisfies(a -> {
                assertThat(a.name()).isEqualTo("Zelensky");
                assertThat(a.aliases()).isEmpty();
            });
        }
    }

    @Test
    void aBodyWithAndWithoutItsCompanyEndingIsOneActor() {
        try (Store store = Store.open(dir)) {
            store.save(document("a", "x", f -> f.put(actor("k", ActorKind.ORGANIZATION, "Kestrel Motor Company"))));
            store.save(document("b", "y", f -> f.put(actor("k", ActorKind.ORGANIZATION, "Kestrel"))));
            store.save(document("c", "z", f -> f.put(actor("k", ActorKind.ORGANIZATION, "Kestrel Inc."))));

            assertThat(store.actors()).singleElement().satisfies(a -> {
                assertThat(a.name()).isEqualTo("Kestrel Motor Company");
                assertThat(a.aliases()).containsExactly("Kestrel", "Kestrel Inc.");
            });
        }
    }

    @Test
    void aBareOneWordPersonIsTheBodyAnotherArticleNamesWhicheverComesFirst() {
        try (Store store = Store.open(dir)) {
            store.save(document("a", "x", f -> f.put(actor("k", ActorKind.ORGANIZATION, "Kestrel Inc."))));
            store.save(document("b", "y", f -> f.put(actor("k", ActorKind.PERSON, "Kestrel"))));
            store.save(document("c", "z", f -> f.put(actor("v", ActorKind.PERSON, "Vantor"))));
            store.save(document("d", "w", f -> f.put(actor("v", ActorKind.ORGANIZATION, "Vantor Group"))));

            assertThat(store.actors()).extracting(a -> a.kind() + " " + a.name())
                    .containsExactly("ORGANIZATION Kestrel Inc.", "ORGANIZATION Vantor");
        }
    }

    @Test
    void aBarePersonNamedWithACompanysEndingIsTheBodyAnotherArticleNames() {
        try (Store store = Store.open(dir)) {
            store.save(document("a", "x", f -> f.put(actor("k", ActorKind.ORGANIZATION, "Kestrel Inc."))));
            store.save(document("b", "y", f -> f.put(actor("k", ActorKind.PERSON, "Kestrel Computer"))));
            store.save(document("c", "z", f -> f.put(actor("t", ActorKind.PERSON, "Tom Kestrel"))));

            assertThat(store.actors()).extracting(a -> a.kind() + " " + a.name())
                    .containsExactly("ORGANIZATION Kestrel Inc.", "PERSON Tom Kestrel");
        }
    }

    @Test
    void aBodysNameOpenedByACountrysNameIsTheBodyAnotherArticleNamesWithoutIt() {
        try (Store store = Store.open(dir)) {
            store.save(document("a", "x", f -> f.put(actor("k", ActorKind.ORGANIZATION, "Norway Coastal Guard Service"))));
            store.save(document("b", "y", f -> f.put(actor("k", ActorKind.ORGANIZATION, "Coastal Guard Service"))));
            store.save(document("c", "z", f -> f.put(actor("k", ActorKind.ORGANIZATION, "Norwegian Coastal Guard Service"))));

            assertThat(store.actors()).extracting(a -> a.name())
                    .containsExactly("Norway Coastal Guard Service", "Norwegian Coastal Guard Service");
        }
    }

    @Test
    void aPersonWithARoleStaysAPersonBesideABodyOfTheSameName() {
        try (Store store = Store.open(dir)) {
            store.save(document("a", "x", f -> f.put(actor("k", ActorKind.ORGANIZATION, "Kestrel"))));
            store.save(document("b", "y", f -> f.put(new Actor("k", ActorKind.PERSON, "Kestrel", List.of(), null,
                    List.of(new Role("Senator", "US", new org.dossier.model.Span(0, 7)))))));

            assertThat(store.actors()).extracting(a -> a.kind() + " " + a.name())
                    .containsExactly("ORGANIZATION Kestrel", "PERSON Kestrel");
        }
    }

    @Test
    void aGenericWordIsNotTheBaseOfABodysName() {
        try (Store store = Store.open(dir)) {
            store.save(document("a", "x", f -> f.put(actor("k", ActorKind.ORGANIZATION, "National Airlines"))));
            store.save(document("b", "y", f -> f.put(actor("k", ActorKind.ORGANIZATION, "National"))));

            assertThat(store.actors()).hasSize(2);
        }
    }

    @Test
    void aSurnameInOneArticleIsThePersonAnotherNamesInFull() {
        try (Store store = Store.open(dir)) {
            store.save(document("a", "x", f -> f.put(actor("t", ActorKind.PERSON, "Donald Trump"))));
            store.save(document("b", "y", f -> f.put(actor("t", ActorKind.PERSON, "Trump"))));

            assertThat(store.actors()).singleElement().satisfies(a -> {
                assertThat(a.name()).isEqualTo("Donald Trump");
                assertThat(a.aliases()).containsExactly("Trump");
            });
        }
    }

    @Test
    void aFullNameLaterCompletesAPersonKnownBySurname() {
        try (Store store = Store.open(dir)) {
            store.save(document("a", "x", f -> f.put(actor("t", ActorKind.PERSON, "Ushakov"))));
            store.save(document("b", "y", f -> f.put(actor("t", ActorKind.PERSON, "Yuri Ushakov"))));

            assertThat(store.actors()).singleElement().satisfies(a -> {
                assertThat(a.name()).isEqualTo("Yuri Ushakov");
                assertThat(a.aliases()).containsExactly("Ushakov");
            });
        }
    }

    @Test
    void aSurnameTwoPersonsShareStaysItsOwnActor() {
        try (Store store = Store.open(dir)) {
            store.save(document("a", "x", f -> f.put(actor("a", ActorKind.PERSON, "Hillary Clinton"))));
            store.save(document("b", "y", f -> f.put(actor("b", ActorKind.PERSON, "Bill Clinton"))));
            store.save(document("c", "z", f -> f.put(actor("c", ActorKind.PERSON, "Clinton"))));

            assertThat(store.actors()).extracting(StoredActor::name)
                    .containsExactly("Hillary Clinton", "Bill Clinton", "Clinton");
        }
    }

    @Test
    void accentsDoNotSeparateNames() {
        try (Store store = Store.open(dir)) {
            store.save(document("a", "x", f -> f.put(actor("z", ActorKind.PERSON, "Volodymyr Zelenskyy"))));
            store.save(document("b", "y", f -> f.put(actor("z", ActorKind.PERSON, "Volodýmyr Zelénskyy"))));

            assertThat(store.actors()).hasSize(1);
        }
    }

    @Test
    void anAliasMatchMergesTheAliasesIntoOneActor() {
        try (Store store = Store.open(dir)) {
            store.save(document("a", "x", f -> f.put(actor("z", ActorKind.PERSON, "Volodymyr Zelenskyy", "Zelensky"))));
            store.save(document("b", "y", f -> f.put(actor("z", ActorKind.PERSON, "Mr. Zelensky", "zelensky",
                    "President Zelensky"))));

            assertThat(store.actors()).singleElement().satisfies(a -> {
                assertThat(a.name()).isEqualTo("Volodymyr Zelenskyy");
                assertThat(a.aliases()).containsExactly("Zelensky", "Mr. Zelensky", "President Zelensky");
            });
        }
    }

    @Test
    void theSameNameOfAnotherKindIsAnotherActor() {
        try (Store store = Store.open(dir)) {
            store.save(document("a", "x", f -> f.put(actor("w", ActorKind.ORGANIZATION, "Washington"))));
            store.save(document("b", "y", f -> f.put(new Actor("w", ActorKind.PERSON, "Washington", List.of(), null,
                    List.of(new Role("General", null, new org.dossier.model.Span(0, 7)))))));

            assertThat(store.actors()).extracting(StoredActor::kind)
                    .containsExactly(ActorKind.ORGANIZATION, ActorKind.PERSON);
        }
    }

    @Test
    void rolesOfBothDocumentsAndAMissingCountryGoToTheMatchedActor() {
        try (Store store = Store.open(dir)) {
            String text = "Prime Minister Meloni";
            long first = store.save(document("a", text, f -> f.put(new Actor("m", ActorKind.PERSON, "Meloni",
                    List.of(), null, List.of(new Role("Prime Minister", "IT", span(text, "Prime Minister")))))))
                    .documentId();
            long second = store.save(document("b", text, f -> f.put(new Actor("m", ActorKind.PERSON, "Meloni",
                    List.of(), "IT", List.of(new Role("Premier", null, null)))))).documentId();

            StoredActor meloni = store.actors().get(0);
            assertThat(meloni.country()).isEqualTo("IT");
            assertThat(meloni.roles()).containsExactly(
                    new StoredActor.Role("Prime Minister", "IT", first, span(text, "Prime Minister")),
                    new StoredActor.Role("Premier", null, second, null));
        }
    }

    @Test
    void localKeysOfQuotesParticipantsAndPositionsBecomeGlobalIds() {
        try (Store store = Store.open(dir)) {
            String text = "Macron said France would help.";
            store.save(document("a", text, f -> f.put(actor("fr", ActorKind.COUNTRY, "France"))));
            store.save(document("b", text, f -> {
                f.put(actor("m", ActorKind.PERSON, "Macron"));
                f.put(actor("f", ActorKind.COUNTRY, "France"));
                f.add(new Quote(span(text, "France would help"), "France would help", Quote.Kind.INDIRECT, "m",
                        "Macron", null, "said", null, null, List.of()));
                f.add(new Event("AID", null, "planned", null, List.of(new Participant("f", "France", "giver")),
                        null, null, null, span(text, text)));
                f.add(new Position("f", "France", "arms-supply", "support", null, span(text, text)));
            }));

            List<StoredActor> actors = store.actors();
            assertThat(actors).extracting(StoredActor::name).containsExactly("France", "Macron");
            long france = actors.get(0).id(), macron = actors.get(1).id();
            assertThat(store.quotes().get(0).speakerId()).isEqualTo(macron);
            assertThat(store.events().get(0).participants().get(0).actorId()).isEqualTo(france);
            assertThat(store.positions().get(0).actorId()).isEqualTo(france);
        }
    }
}

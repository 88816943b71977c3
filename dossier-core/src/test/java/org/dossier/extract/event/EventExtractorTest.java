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
                .containsExactly("CONSULT null occurred [Ukraine:participant]");
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
}

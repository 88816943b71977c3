package org.dossier.eval.meantime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.extract.actor.ActorOccurrences.Occurrence;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

/** The pieces of the MEANTIME harness: B³ per mention, the head of a mention, the form of a mention. */
class MeantimeEvalTest {
    @Test
    void aMissedMentionIsAClusterOfItsOwnAndCostsRecallOnly() {
        // gold: three mentions of one entity; the system joins two and misses one
        double[][] each = MeantimeEval.bCubedEach(List.of("g", "g", "g"), List.of("a1", "a1", "none0"));
        assertThat(each[0]).containsExactly(1, 1, 1);
        assertThat(each[1]).containsExactly(2 / 3.0, 2 / 3.0, 1 / 3.0);
    }

    private static Occurrence at(String text, String name, ActorKind kind) {
        int i = text.indexOf(name);
        return new Occurrence(new Span(i, i + name.length()), new Actor(name, kind, name, List.of(), null, List.of()));
    }

    @Test
    void theHeadOfAMentionIsTheLastActorInItUnlessItModifiesOrCompletesAnotherNoun() {
        String text = "Kestrel spokeswoman Ruth Ambler met the Norway envoy and the President of Norway.";
        List<Occurrence> written = List.of(at(text, "Kestrel", ActorKind.ORGANIZATION), at(text, "Ruth Ambler", ActorKind.PERSON),
                at(text, "Norway", ActorKind.COUNTRY), new Occurrence(new Span(text.lastIndexOf("Norway"), text.lastIndexOf("Norway") + 6),
                        new Actor("Norway", ActorKind.COUNTRY, "Norway", List.of(), null, List.of())));
        assertThat(MeantimeEval.head(text, new Span(0, text.indexOf(" met")), written).actor().name()).isEqualTo("Ruth Ambler");
        assertThat(MeantimeEval.head(text, new Span(text.indexOf("the Norway"), text.indexOf(" and")), written)).isNull();
        assertThat(MeantimeEval.head(text, new Span(text.indexOf("the President"), text.length() - 1), written)).isNull();
        String role = "Ruth Ambler, the chief executive of Kestrel, spoke.";
        Occurrence chief = new Occurrence(new Span(role.indexOf("chief"), role.indexOf(" of")),
                new Actor("Ruth Ambler", ActorKind.PERSON, "Ruth Ambler", List.of(), null, List.of()));
        assertThat(MeantimeEval.head(role, new Span(role.indexOf("the chief"), role.indexOf(", spoke")),
                List.of(chief, at(role, "Kestrel", ActorKind.ORGANIZATION))).actor().name()).isEqualTo("Ruth Ambler");
        String bank = "Kestrel is the largest bank in Norway.";
        assertThat(MeantimeEval.head(bank, new Span(bank.indexOf("the largest"), bank.length() - 1),
                List.of(at(bank, "Norway", ActorKind.COUNTRY)))).isNull();
    }

    @Test
    void mentionsAreNamesPronounsOrDescriptions() {
        assertThat(MentionForm.of("the Air Force")).isEqualTo(MentionForm.NAME);
        assertThat(MentionForm.of("GM")).isEqualTo(MentionForm.NAME);
        assertThat(MentionForm.of("its")).isEqualTo(MentionForm.PRONOUN);
        assertThat(MentionForm.of("the company")).isEqualTo(MentionForm.DESCRIPTION);
    }
}

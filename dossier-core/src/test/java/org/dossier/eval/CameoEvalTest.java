package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Event;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class CameoEvalTest {
    private static Event event(String type, String mode, String status) {
        return new Event(type, mode, status, "s", List.of(), null, null, null, new Span(0, 1));
    }

    @Test
    void anAppealHasNoQuadClassAndADemandIsVerbalConflict() {
        assertThat(CameoEval.quad(event("REQUEST", null, "occurred"))).isNull();
        assertThat(CameoEval.quad(event("REQUEST", "demand", "occurred"))).isEqualTo(3);
    }

    @Test
    void aidOfferedIsVerbalCooperationAidGivenMaterial() {
        assertThat(CameoEval.quad(event("AID", null, "proposed"))).isEqualTo(1);
        assertThat(CameoEval.quad(event("AID", null, "occurred"))).isEqualTo(2);
    }

    @Test
    void sanctionsAreVerbalConflict() {
        assertThat(CameoEval.quad(event("SANCTION", null, "occurred"))).isEqualTo(3);
    }

    @Test
    void cooperationRefusedIsVerbalConflict() {
        assertThat(CameoEval.quad(event("CONCEDE", "ease", "denied"))).isEqualTo(3);
    }
}

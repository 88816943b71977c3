package org.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class MojibakeRepairTest {
    @Test
    void repairsCurlyQuotesAndAccentsDecodedAsWindows1252() {
        String raw = "â€œwe will stay,â€\uFFFD said the minister of SÃ£o Paulo â€” itâ€™s over.";
        MojibakeRepair.Mapped fixed = MojibakeRepair.repair(raw);
        assertThat(fixed.text()).isEqualTo("“we will stay,” said the minister of São Paulo — it’s over.");
    }

    @Test
    void mapsRepairedOffsetsBackToTheMojibake() {
        String raw = "say â€œyesâ€\uFFFD";
        MojibakeRepair.Mapped fixed = MojibakeRepair.repair(raw);
        int yes = fixed.text().indexOf("yes");
        assertThat(fixed.offsets().toRaw(new Span(yes, yes + 3)).of(raw)).isEqualTo("yes");
        assertThat(fixed.offsets().toRaw(new Span(4, 5)).of(raw)).isEqualTo("â€œ");
    }

    @Test
    void leavesCorrectTextAlone() {
        String text = "Ça va, Zelenskyy — “déjà vu” at 5 °C, Â is a letter too.";
        assertThat(MojibakeRepair.repair(text).text()).isEqualTo(text);
    }
}

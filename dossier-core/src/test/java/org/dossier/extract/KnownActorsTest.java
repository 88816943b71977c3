package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.model.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The known-actors list: bundled names, aliases and a user's own file. */
class KnownActorsTest {
    @TempDir
    Path dir;

    @Test
    void everySpellingOfALeaderLeadsToOneName() {
        KnownActors known = KnownActors.load(null);
        for (String spelling : new String[]{"Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy", "ZELENSKIY"})
            assertThat(known.person(spelling)).get().extracting(KnownActors.Known::name).isEqualTo("Volodymyr Zelensky");
        assertThat(known.person("Vladimir V. Putin")).get().extracting(KnownActors.Known::name).isEqualTo("Vladimir Putin");
        assertThat(known.person("Donald J. Q. Trump")).get().extracting(KnownActors.Known::name).isEqualTo("Donald Trump");
        assertThat(known.person("Recep Tayyip Erdogan")).get().extracting(KnownActors.Known::country).isEqualTo("TR");
    }

    @Test
    void aUsersFileAddsActorsAndComesFirst() throws IOException {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "# my actors\nPERSON\tIlse Brandvik\tBrandvik\tNO\tDefence Minister\n"
                + "ORGANIZATION\tNordic Shield Council\tNSC\t\t\n");
        KnownActors known = KnownActors.load(file);
        assertThat(known.person("Brandvik")).get().extracting(KnownActors.Known::name).isEqualTo("Ilse Brandvik");
        assertThat(known.find("NSC")).get().extracting(KnownActors.Known::kind).isEqualTo(ActorKind.ORGANIZATION);
        assertThat(known.person("Lavrov")).isPresent();
    }

    @Test
    void aBadKindInAUsersFileIsReportedWithFileAndRow() throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "PERSON\tIlse Brandvik\n" + "MINISTER\tOle Brandvik\n");
        assertThatThrownBy(() -> KnownActors.load(file)).hasMessageContaining("bad.tsv").hasMessageContaining("row 2")
                .hasMessageContaining("MINISTER");
    }
}

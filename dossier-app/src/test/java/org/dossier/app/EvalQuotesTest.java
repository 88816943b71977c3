package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier eval quotes} on a one-article PolNeAR folder. */
class EvalQuotesTest {
    @TempDir
    Path dir;

    @Test
    void evalQuotesPrintsDossiersRowsForTheSplitAndRefusesAMissingOne() throws IOException {
        Path text = Files.createDirectories(dir.resolve("dev/text")), ann = Files.createDirectories(dir.resolve("dev/attributions"));
        Files.writeString(text.resolve("a.txt"), "Vote\n\n“We won,” Smith said.\n");
        Files.writeString(ann.resolve("a_x.ann"), "T1\tContent 7 14\tWe won,\nT2\tSource 16 21\tSmith\nE1\tAttribution:T3 Content:T1 Source:T2\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldOut = System.out, oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        int ok, missing;
        try {
            ok = Main.commandLine().execute("eval", "quotes", dir.toString());
            missing = Main.commandLine().execute("eval", "quotes", "--split", "train", dir.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }

        assertThat(ok).isZero();
        assertThat(missing).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("1 gold attributions (1 direct, 0 indirect)")
                .contains("dossier  direct        1      0      0");
    }
}

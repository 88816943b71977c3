package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier positions} on two articles of our own: the matrix, a cell's history with its shift, a bad id. */
class PositionsCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    private PrintStream oldOut, oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private String run(String... args) {
        out.reset();
        err.reset();
        int rc = Main.commandLine().execute(args);
        return rc + "\n" + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheMatrixAndTheHistoryOfACell() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "date 2025-02-01\nSpain is ready to send peacekeepers to Ukraine, Spanish Prime Minister Pedro Sanchez said on Saturday.\n");
        Files.writeString(in.resolve("b.txt"), "date 2025-03-15\nSpain does not plan to send peacekeepers to Ukraine, Spanish Prime Minister Pedro Sanchez said on Saturday.\n");
        String store = dir.resolve("store").toString();
        assertThat(run("ingest", in.toString(), "--store", store)).startsWith("0\n");

        String matrix = run("positions", "--store", store);
        assertThat(matrix).contains("Spain", "-*", "1 foreign-troops");

        String history = run("positions", "--store", store, "--actor", "spain", "--proposal", "foreign-troops");
        assertThat(history).contains("Spain × foreign-troops: oppose", "2025-02-01 support", "2025-03-15 oppose      (shift from support)",
                "\"Spain does not plan to send peacekeepers to Ukraine\"");

        assertThat(run("positions", "--store", store, "--proposal", "no-such")).startsWith("2\n").contains("no proposal 'no-such'");
    }
}

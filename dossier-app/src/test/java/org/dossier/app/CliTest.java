package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.dossier.export.FactsShapeAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** The command line end to end: every input format into one store, bad files reported, re-ingest a no-op, export. */
class CliTest {
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

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.commandLine().execute(args);
    }

    @Test
    void ingestsEveryFormatReportsBadFilesAndExportsTheFactsJson() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/nested"));
        Files.writeString(in.resolve("a.txt"), "date 2025-03-08 Leaders met in Brussels on Thursday.\nNo comments:\n");
        Files.writeString(in.resolve("b.html"), """
                <html><head><title>Summit ends</title>
                <meta property="article:published_time" content="2025-03-07T10:00:00Z"></head>
                <body><nav>Home | World | Sport</nav><article><h1>Summit ends</h1>
                <p>European leaders agreed on Thursday to raise defence spending, officials said after a long night of talks in Brussels.</p>
                <p>The plan still needs the approval of national parliaments, which will vote on it in the spring.</p>
                </article><footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>
                """);
        Files.writeString(in.resolve("c.jsonl"), """
                {"name": "c1", "title": "One", "text": "The talks resumed in Geneva on Monday.", "published": "2025-02-03"}
                {"name": "c2", "title": "Broken
                {"name": "c3", "title": "No body"}
                """);
        writeWarc(in.resolve("d.warc"));
        Files.writeString(in.resolve("e.rss"), """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><link>https://example.org</link><description>d</description>
                <item><title>Ceasefire holds</title><link>https://example.org/ceasefire</link>
                <pubDate>Tue, 25 Mar 2025 08:00:00 GMT</pubDate><description>The ceasefire held overnight, both armies said.</description></item>
                </channel></rss>
                """);
        Files.write(in.resolve("f.txt"), new byte[]{0, 1, 2, 3, (byte) 0xFF, 0});
        Files.write(in.resolve("g.txt"), new byte[0]);
        String store = dir.resolve("store").toString();

        assertThat(run("ingest", dir.resolve("in").toString(), "--store", store)).isEqualTo(1);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("f.txt").contains("g.txt").contains("c.jsonl:2").contains("c.jsonl:3");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("5 article(s) stored");

        // the same content again: nothing new, nothing duplicated
        run("ingest", dir.resolve("in").toString(), "--store", store);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 article(s) stored, 5 already stored");

        Path json = dir.resolve("export.json");
        assertThat(run("export", "--format", "json", "--out", json.toString(), "--store", store)).isZero();
        JsonNode export = new ObjectMapper().readTree(json.toFile());
        FactsShapeAccess.check(export);
        assertThat(export.get("documents")).hasSize(5);
        JsonNode a = byName(export, "a.txt");
        assertThat(a.get("published").asText()).isEqualTo("2025-03-08");
        assertThat(a.get("published_source").asText()).isEqualTo("text");
        assertThat(a.get("text").asText()).doesNotContain("No comments");
        JsonNode b = byName(export, "b.html");
        assertThat(b.get("published").asText()).isEqualTo("2025-03-07");
        assertThat(b.get("text").asText()).contains("raise defence spending").doesNotContain("Home | World");
        assertThat(byName(export, "c1").get("published").asText()).isEqualTo("2025-02-03");
        assertThat(byName(export, "https://example.org/warc-page").get("published").asText()).isEqualTo("2025-03-26");

        assertThat(run("export", "--format", "csv", "--out", dir.resolve("csv").toString(), "--store", store)).isZero();
        assertThat(Files.readAllLines(dir.resolve("csv/documents.csv"))).hasSize(6);
        assertThat(Files.readAllLines(dir.resolve("csv/commitments.csv")).get(0)).startsWith("event,type,mode,status,date,giver,recipient,amount");
        assertThat(Files.exists(dir.resolve("csv/commitments-totals.csv"))).isTrue();

        Path plover = dir.resolve("plover.json");
        assertThat(run("export", "--format", "plover", "--out", plover.toString(), "--store", store)).isZero();
        JsonNode records = new ObjectMapper().readTree(plover.toFile());
        assertThat(records.isArray()).isTrue();
        for (JsonNode r : records)
            assertThat(r.has("event") && r.has("source") && r.has("target") && r.has("context") && r.has("citations")).isTrue();

        assertThat(run("stats", "--store", store)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("documents\\s+5");
    }

    @Test
    void aPathThatDoesNotExistIsAnErrorNamingIt() {
        assertThat(run("ingest", dir.resolve("missing").toString(), "--store", dir.resolve("s").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[]{"ingest", "export", "stats", "demo"})
            assertThat(run(command, "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: dossier demo");
    }

    private static JsonNode byName(JsonNode export, String name) {
        for (JsonNode d : export.get("documents"))
            if (d.get("name").asText().equals(name))
                return d;
        throw new AssertionError("no document named " + name);
    }

    private static void writeWarc(Path file) throws IOException {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                + "<html><body><article><p>Ministers of the coalition met in Paris and agreed on a plan for the next phase of support.</p>"
                + "<p>The plan will be presented to the leaders at their next summit, the French presidency said.</p></article></body></html>";
        try (OutputStream o = Files.newOutputStream(file); WarcWriter w = new WarcWriter(o)) {
            w.write(new WarcResponse.Builder(URI.create("https://example.org/warc-page"))
                    .date(Instant.parse("2025-03-26T12:00:00Z"))
                    .body(MediaType.HTTP_RESPONSE, http.getBytes(StandardCharsets.UTF_8)).build());
        }
    }
}

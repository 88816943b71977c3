package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code dossier bench} runs end to end on the bundled samples; no figure is asserted beyond being there. */
class BenchCommandTest {
    @Test
    void benchOnTheSamplesPrintsEveryFigureAsPositiveJson() throws Exception {
        Path seeds = Path.of(System.getProperty("dossier.root", "..")).resolve("samples/seeds");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int rc;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            rc = Main.commandLine().execute("bench", "--corpus", seeds.toString(), "--copies", "1", "--threads", "1", "--json");
        } finally {
            System.setOut(old);
        }
        assertThat(rc).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("articles").asInt()).isEqualTo(5);
        for (String key : new String[] {"tokens", "dossier_tokens_per_s", "dossier_articles_per_s", "peak_rss_mb",
                "peak_heap_mb", "first_article_s", "threads"})
            assertThat(json.get(key).asDouble()).as(key).isPositive();
        for (String key : new String[] {"baseline_tokens_per_s", "ratio"})
            assertThat(json.has(key)).as(key).isTrue();
    }
}

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
    private static final Path SEEDS = Path.of(System.getProperty("dossier.root", "..")).resolve("samples/seeds");

    @Test
    void benchOnTheSamplesPrintsEveryFigureAsPositiveJson() throws Exception {
        JsonNode json = bench("--copies", "1", "--threads", "1");
        assertThat(json.get("articles").asInt()).isEqualTo(5);
        for (String key : new String[] {"tokens", "dossier_tokens_per_s", "dossier_articles_per_s", "peak_rss_mb",
                "peak_heap_mb", "first_article_s", "threads"})
            assertThat(json.get(key).asDouble()).as(key).isPositive();
        for (String key : new String[] {"baseline_tokens_per_s", "ratio"})
            assertThat(json.has(key)).as(key).isTrue();
        for (String key : new String[] {"jit_cpu_s", "gc_cpu_s", "save_s"})
            assertThat(json.get(key).asDouble()).as(key).isNotNegative();
    }

    @Test
    void warmUpCopiesAreLeftOutOfTheFigures() throws Exception {
        JsonNode cold = bench("--threads", "1");
        JsonNode warm = bench("--warmup", "1", "--threads", "1");
        assertThat(warm.get("articles").asInt()).isEqualTo(5);
        assertThat(warm.get("warmup_copies").asInt()).isEqualTo(1);
        assertThat(warm.get("tokens").asLong()).isEqualTo(cold.get("tokens").asLong());
    }

    private static JsonNode bench(String... options) throws Exception {
        String[] args = new String[options.length + 4];
        args[0] = "bench";
        args[1] = "--corpus";
        args[2] = SEEDS.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        args[args.length - 1] = "--json";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int rc;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            rc = Main.commandLine().execute(args);
        } finally {
            System.setOut(old);
        }
        assertThat(rc).isZero();
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }
}

package org.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.clean.CleanText;
import org.dossier.clean.Cleaner;
import org.dossier.ingest.RawArticle;

/**
 * Runs CoreNLP's quote pipeline on the cleaned text of the first articles of a corpus in a separate JVM
 * ({@link BaselineMain}, same class path, {@code -Xmx5g}) and reads back its figures.
 *
 * @param articles    documents annotated
 * @param tokens      CoreNLP's tokens of them
 * @param seconds     annotation time, model loading excluded
 * @param loadSeconds model loading time
 * @param peakRssMb   the baseline process's peak resident set
 */
public record Baseline(int articles, long tokens, double seconds, double loadSeconds, double peakRssMb) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public double tokensPerSecond() {
        return tokens / seconds;
    }

    public double articlesPerSecond() {
        return articles / seconds;
    }

    /**
     * Cleans {@code articles} as Dossier does and runs the baseline process on their texts in {@code dir}; the first
     * {@code warmup} of them are annotated untimed and left out of the figures.
     */
    static Baseline run(List<RawArticle> articles, int warmup, Path dir, String heap)
            throws IOException, InterruptedException {
        Cleaner cleaner = Cleaner.standard();
        List<String> lines = new ArrayList<>();
        for (RawArticle a : articles) {
            CleanText clean = cleaner.clean(a);
            ObjectNode line = JSON.createObjectNode();
            line.put("text", clean.text());
            LocalDate published = a.published() != null ? a.published() : clean.published();
            if (published != null)
                line.put("published", published.toString());
            lines.add(JSON.writeValueAsString(line));
        }
        Path in = Files.write(dir.resolve("baseline.jsonl"), lines, StandardCharsets.UTF_8);
        Path log = dir.resolve("baseline.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                BaselineMain.class.getName(), in.toString(), Integer.toString(warmup))
                .redirectError(log.toFile())
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        if (rc != 0 || out.isBlank()) {
            List<String> err = Files.readAllLines(log);
            throw new IllegalStateException("the baseline process failed (exit " + rc + "): "
                    + String.join("\n", err.subList(Math.max(0, err.size() - 15), err.size())));
        }
        JsonNode r = JSON.readTree(out.lines().reduce((a, b) -> b).orElseThrow());
        return new Baseline(r.get("articles").asInt(), r.get("tokens").asLong(), r.get("seconds").asDouble(),
                r.get("load_s").asDouble(), r.get("peak_rss_mb").asDouble());
    }
}

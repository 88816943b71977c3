package org.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.eval.polnear.CoreNlpQuotes;

/**
 * The baseline's own process: loads CoreNLP's quote pipeline ({@link CoreNlpQuotes}), runs it on one thread over
 * the documents of a JSON Lines file ({@code text}, optional {@code published}) and prints one JSON object: load
 * seconds, articles, CoreNLP tokens, annotation seconds, quotes found, peak resident set. The first {@code WARMUP}
 * documents (default none) are annotated first and left out of the figures, as the bench's warm-up copies are. It runs apart from the
 * benchmark so that its gigabytes do not count against Dossier's resident set.
 */
public final class BaselineMain {
    private BaselineMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BaselineMain FILE.jsonl [WARMUP]");
            System.exit(2);
        }
        int warmup = args.length == 2 ? Integer.parseInt(args[1]) : 0;
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        long t0 = System.nanoTime();
        CoreNlpQuotes corenlp = new CoreNlpQuotes();
        double load = (System.nanoTime() - t0) / 1e9;
        long tokens = 0, quotes = 0;
        int articles = 0;
        lines.removeIf(String::isBlank);
        for (String line : lines.subList(0, Math.min(warmup, lines.size())))
            annotate(corenlp, json.readTree(line));
        long t1 = System.nanoTime();
        for (String line : lines.subList(Math.min(warmup, lines.size()), lines.size())) {
            Annotation doc = annotate(corenlp, json.readTree(line));
            tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
            List<?> q = doc.get(CoreAnnotations.QuotationsAnnotation.class);
            quotes += q == null ? 0 : q.size();
            articles++;
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        ObjectNode out = json.createObjectNode();
        out.put("load_s", load);
        out.put("articles", articles);
        out.put("tokens", tokens);
        out.put("seconds", seconds);
        out.put("quotes", quotes);
        out.put("peak_rss_mb", Memory.peakRssMb());
        System.out.println(json.writeValueAsString(out));
    }

    private static Annotation annotate(CoreNlpQuotes corenlp, JsonNode node) {
        LocalDate published = node.hasNonNull("published") ? LocalDate.parse(node.get("published").asText()) : null;
        return corenlp.annotate(node.get("text").asText(), published);
    }
}

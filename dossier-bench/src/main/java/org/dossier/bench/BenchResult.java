package org.dossier.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one bench run.
 *
 * @param articles     articles stored
 * @param tokens       CoreNLP tokens of their cleaned texts
 * @param seconds      the ingest run's wall time (store open and pipeline build excluded)
 * @param cpuSeconds   CPU time of this process during the ingest run, all threads together
 * @param jitCpuSeconds the part of it that the JIT compilers took
 * @param gcCpuSeconds the part of it that the garbage collector's threads took
 * @param saveSeconds  wall time the workers spent in the store's save, waits for its lock included: the serial part
 *                     of the run, which bounds how far more threads help
 * @param loadSeconds  opening the store and building the pipeline
 * @param firstArticle seconds from the JVM's start to the first stored article (corpus copying excluded)
 * @param peakRssMb    this process's peak resident set
 * @param peakHeapMb   the sum of the heap pools' peaks
 * @param failures     articles and files that failed
 * @param baseline     CoreNLP's figures, or null when not run
 */
public record BenchResult(int articles, long tokens, double seconds, double cpuSeconds, double jitCpuSeconds,
                          double gcCpuSeconds, double saveSeconds, double loadSeconds, double firstArticle,
                          double peakRssMb, double peakHeapMb, int threads, int copies, int warmup, int failures,
                          Baseline baseline) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public double tokensPerSecond() {
        return tokens / seconds;
    }

    public double articlesPerSecond() {
        return articles / seconds;
    }

    /** Dossier's tokens per second over the baseline's, or NaN without a baseline. */
    public double ratio() {
        return baseline == null ? Double.NaN : tokensPerSecond() / baseline.tokensPerSecond();
    }

    /** The figures as one JSON object; the baseline's are null when it did not run. */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", articles);
        m.put("tokens", tokens);
        m.put("copies", copies);
        m.put("warmup_copies", warmup);
        m.put("threads", threads);
        m.put("failures", failures);
        m.put("seconds", round(seconds));
        m.put("cpu_s", round(cpuSeconds));
        m.put("dossier_tokens_per_cpu_s", round(tokens / cpuSeconds));
        m.put("jit_cpu_s", round(jitCpuSeconds));
        m.put("gc_cpu_s", round(gcCpuSeconds));
        m.put("save_s", round(saveSeconds));
        m.put("load_s", round(loadSeconds));
        m.put("dossier_articles_per_s", round(articlesPerSecond()));
        m.put("dossier_tokens_per_s", round(tokensPerSecond()));
        m.put("first_article_s", round(firstArticle));
        m.put("peak_rss_mb", round(peakRssMb));
        m.put("peak_heap_mb", round(peakHeapMb));
        m.put("baseline_articles", baseline == null ? null : baseline.articles());
        m.put("baseline_tokens", baseline == null ? null : baseline.tokens());
        m.put("baseline_load_s", baseline == null ? null : round(baseline.loadSeconds()));
        m.put("baseline_articles_per_s", baseline == null ? null : round(baseline.articlesPerSecond()));
        m.put("baseline_tokens_per_s", baseline == null ? null : round(baseline.tokensPerSecond()));
        m.put("baseline_peak_rss_mb", baseline == null ? null : round(baseline.peakRssMb()));
        m.put("ratio", baseline == null ? null : round(ratio()));
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The figures for people, one per line. */
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(f("Dossier: %d articles (%d cop%s%s), %,d tokens, %d thread(s), %d failed%n", articles, copies,
                copies == 1 ? "y" : "ies", warmup == 0 ? "" : f(", after %d untimed for warm-up", warmup), tokens, threads,
                failures));
        s.append(f("  throughput      %.1f articles/s, %,.0f tokens/s (%.1f s; store and pipeline ready in %.2f s)%n",
                articlesPerSecond(), tokensPerSecond(), seconds, loadSeconds));
        s.append(f("  CPU             %.1f s in the run (JIT compilers %.1f s, garbage collector %.1f s), %,.0f tokens per CPU"
                + " second%n", cpuSeconds, jitCpuSeconds, gcCpuSeconds, tokens / cpuSeconds));
        s.append(f("  store           %.1f s in saves, waits for the store's lock included%n", saveSeconds));
        s.append(f("  first article   stored %.2f s after the JVM started%n", firstArticle));
        s.append(f("  memory          peak resident %.0f MB, peak heap %.0f MB%n", peakRssMb, peakHeapMb));
        if (baseline != null) {
            s.append(f("CoreNLP quote pipeline (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote), 1 thread, own JVM,"
                    + " on the first %d articles only: %,d tokens%n", baseline.articles(), baseline.tokens()));
            s.append(f("  throughput      %.2f articles/s, %,.0f tokens/s (%.1f s; models loaded in %.1f s)%n",
                    baseline.articlesPerSecond(), baseline.tokensPerSecond(), baseline.seconds(), baseline.loadSeconds()));
            s.append(f("  memory          peak resident %.0f MB%n", baseline.peakRssMb()));
            s.append(f("Ratio (tokens/s, Dossier over the whole corpus with %d thread(s) / CoreNLP on its %d articles): %.1f×%n",
                    threads, baseline.articles(), ratio()));
        }
        return s.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static Double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 100) / 100.0 : null;
    }
}

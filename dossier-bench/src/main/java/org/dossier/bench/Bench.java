package org.dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.dossier.annotate.Annotator;
import org.dossier.pipeline.DocumentSink;
import org.dossier.pipeline.IngestListener;
import org.dossier.pipeline.IngestReport;
import org.dossier.pipeline.IngestRun;
import org.dossier.pipeline.Pipeline;
import org.dossier.pipeline.ProcessedDocument;
import org.dossier.store.StoredDocument;
import org.dossier.store.Store;

/**
 * The whole-pipeline benchmark: ingests a corpus (cleaning, annotation, every extractor, actor resolution, store
 * writes) into a fresh store in a temporary folder, as {@code dossier ingest} does, and measures it; optionally runs
 * CoreNLP's quote pipeline on the first documents in a process of its own for comparison. The temporary folder is
 * deleted afterwards.
 * <p>
 * What is timed: throughput over the ingest run (store opened and pipeline built, which {@code load_s} reports, are
 * excluded, as the baseline's model loading is); the first stored article from the JVM's start, less the time spent
 * writing the corpus copies; tokens are CoreNLP's tokens of each cleaned text, counted after the timed run.
 */
public final class Bench {
    private Bench() {
    }

    /**
     * What to run.
     *
     * @param corpus           files and folders of articles
     * @param copies           how many times the corpus is ingested, each copy distinct by content hash
     * @param warmup           how many further copies are ingested first, untimed, so that the timed run measures
     *                         the steady state after the JIT compilers have done most of their work
     * @param threads          ingest worker threads
     * @param baselineArticles how many of the first articles the baseline annotates; 0 for no baseline
     * @param baselineHeap     the baseline process's maximum heap, as {@code -Xmx} takes it
     */
    public record Options(List<Path> corpus, int copies, int warmup, int threads, int baselineArticles,
                          String baselineHeap) {
        public Options {
            corpus = List.copyOf(corpus);
            if (corpus.isEmpty())
                throw new IllegalArgumentException("no corpus to run on");
            if (copies < 1 || threads < 1 || warmup < 0 || baselineArticles < 0)
                throw new IllegalArgumentException("copies and threads must be at least 1, warm-up copies and baseline"
                        + " articles at least 0, were " + copies + ", " + threads + ", " + warmup + ", "
                        + baselineArticles);
        }
    }

    /** Documents of the warm-up copies carry this name prefix, so that the figures leave them out. */
    private static final String WARMUP = "warmup-";

    /** Articles the baseline annotates untimed first when Dossier warms up: its JIT gets a warm-up too. */
    static final int BASELINE_WARMUP = 5;

    /** The default corpus for the repository at {@code root}: its samples and, where present, PolNeAR's texts. */
    public static List<Path> defaultCorpus(Path root) {
        return BenchCorpus.defaults(root);
    }

    /** Runs the benchmark. Progress and problems go to {@code System.err}. */
    public static BenchResult run(Options options) throws IOException, InterruptedException {
        double jvmToCall = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        Path tmp = Files.createTempDirectory("dossier-bench");
        try {
            List<Path> files = BenchCorpus.writeCopies(options.corpus(), options.copies(), tmp);
            List<Path> warmupFiles = BenchCorpus.writeCopies(options.corpus(), options.copies(), options.warmup(),
                    WARMUP, tmp);
            long ingestStart = System.nanoTime();
            AtomicLong firstStored = new AtomicLong();
            AtomicLong saveNanos = new AtomicLong();
            IngestReport report;
            Map<String, Integer> tokensByText = new HashMap<>();
            long tokens = 0;
            double loadSeconds, peakRss, peakHeap, cpuSeconds;
            Map<String, Double> threadCpu;
            try (Store store = Store.open(tmp.resolve("store"))) {
                Pipeline pipeline = Pipeline.standard();
                loadSeconds = (System.nanoTime() - ingestStart) / 1e9;
                DocumentSink sink = new DocumentSink() {
                    @Override
                    public boolean contains(String contentHash) {
                        return store.contains(contentHash);
                    }

                    @Override
                    public boolean save(ProcessedDocument document) {
                        long t0 = System.nanoTime();
                        boolean stored = store.save(document).isStored();
                        saveNanos.addAndGet(System.nanoTime() - t0);
                        if (stored)
                            firstStored.compareAndSet(0, System.nanoTime());
                        return stored;
                    }
                };
                if (!warmupFiles.isEmpty()) {
                    System.err.printf("bench: warming up on %d cop%s of the corpus ...%n", options.warmup(),
                            options.warmup() == 1 ? "y" : "ies");
                    new IngestRun(pipeline, sink, options.threads(), IngestListener.NONE).run(warmupFiles, null);
                    saveNanos.set(0);
                }
                double cpu0 = Memory.cpuSeconds();
                Map<String, Double> threadCpu0 = ThreadCpu.byKind();
                report = new IngestRun(pipeline, sink, options.threads(), IngestListener.NONE).run(files, null);
                cpuSeconds = Memory.cpuSeconds() - cpu0;
                threadCpu = ThreadCpu.byKind();
                threadCpu0.forEach((kind, s) -> threadCpu.merge(kind, -s, Double::sum));
                peakRss = Memory.peakRssMb();
                peakHeap = Memory.peakHeapMb();
                for (String p : report.problems())
                    System.err.println("bench: " + p);
                Annotator annotator = new Annotator();
                for (StoredDocument d : store.documents())
                    if (!d.name().startsWith(WARMUP))
                        tokens += tokensByText.computeIfAbsent(d.text(),
                            t -> annotator.annotate(d.name(), t, null).tokenCount());
            }
            double firstArticle = firstStored.get() == 0 ? Double.NaN
                    : jvmToCall + (firstStored.get() - ingestStart) / 1e9;
            Baseline baseline = null;
            if (options.baselineArticles() > 0) {
                System.err.printf("bench: CoreNLP's quote pipeline on the first %d articles, in its own JVM ...%n",
                        options.baselineArticles());
                int baselineWarmup = options.warmup() > 0 ? BASELINE_WARMUP : 0;
                baseline = Baseline.run(BenchCorpus.first(options.corpus(), baselineWarmup + options.baselineArticles()),
                        baselineWarmup, tmp, options.baselineHeap());
            }
            return new BenchResult(report.stored(), tokens, report.seconds(), cpuSeconds,
                    threadCpu.getOrDefault("jit", 0.0), threadCpu.getOrDefault("gc", 0.0), saveNanos.get() / 1e9,
                    loadSeconds, firstArticle, peakRss, peakHeap, options.threads(), options.copies(), options.warmup(),
                    report.failures(), baseline);
        } finally {
            delete(tmp);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

package org.dossier.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dossier.ingest.ArticleSink;
import org.dossier.ingest.RawArticle;
import org.dossier.ingest.Sources;
import org.dossier.pipeline.Pipeline;
import org.dossier.pipeline.ProcessedDocument;
import org.dossier.store.SaveResult;
import org.dossier.store.Store;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One document saved (actor resolution included) into an H2 file store that already holds {@code storedBefore}
 * real articles: the stage that took half the ingest time. The articles are those of the folder in system property
 * {@code dossier.bench.corpus} (default: PolNeAR's train texts in {@code ../shared}, else {@code samples/seeds}),
 * processed once in the setup; each save stores the next one again under a fresh content hash.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class StoreSaveBenchmark {
    @Param({"500"})
    int storedBefore;

    private Path dir;
    private Store store;
    private final List<ProcessedDocument> docs = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Pipeline pipeline = Pipeline.standard();
        List<RawArticle> articles = new ArrayList<>();
        Sources.read(List.of(corpus()), new ArticleSink() {
            @Override
            public void article(RawArticle a) {
                if (articles.size() < storedBefore + 100)
                    articles.add(a);
            }

            @Override
            public void problem(String where, String reason) {
            }
        });
        for (RawArticle a : articles)
            docs.add(pipeline.process(a, null));
        dir = Files.createTempDirectory("dossier-jmh");
        store = Store.open(dir);
        for (next = 0; next < Math.min(storedBefore, docs.size()); next++)
            store.save(copy(next));
    }

    @Benchmark
    public SaveResult save() {
        return store.save(copy(next++));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        store.close();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList())
                Files.delete(p);
        }
    }

    /** Document {@code i} modulo the corpus, under a content hash no other save has. */
    private ProcessedDocument copy(int i) {
        ProcessedDocument d = docs.get(i % docs.size());
        return new ProcessedDocument(d.name(), d.title(), d.url(), d.published(), d.publishedSource(), d.rawText(),
                d.text(), d.removed(), d.offsets(), d.contentHash().substring(0, 40) + "-" + i, d.facts());
    }

    private static Path corpus() {
        String given = System.getProperty("dossier.bench.corpus");
        if (given != null)
            return Path.of(given);
        Path polnear = Path.of("..", "shared", "data", "polnear", "train", "text");
        return Files.isDirectory(polnear) ? polnear : Path.of("samples", "seeds");
    }
}

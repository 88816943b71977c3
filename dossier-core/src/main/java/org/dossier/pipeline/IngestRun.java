package org.dossier.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.ingest.ArticleSink;
import org.dossier.ingest.RawArticle;
import org.dossier.ingest.Sources;

/**
 * Ingests files and folders: readers unpack the files on the calling thread, a pool of workers runs the pipeline on
 * each article and saves it. Bad input is reported and skipped; the batch goes on. Articles whose content is already
 * stored are skipped before any work is done on them.
 */
public final class IngestRun {
    private final Pipeline pipeline;
    private final DocumentSink sink;
    private final int threads;
    private final IngestListener listener;

    public IngestRun(Pipeline pipeline, DocumentSink sink, int threads, IngestListener listener) {
        if (threads < 1)
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        this.pipeline = pipeline;
        this.sink = sink;
        this.threads = threads;
        this.listener = listener;
    }

    /**
     * Ingests every article under {@code paths}.
     *
     * @param published a publication date for all articles, overriding what they state; may be null
     */
    public IngestReport run(List<Path> paths, LocalDate published) {
        long start = System.nanoTime();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger stored = new AtomicInteger(), duplicates = new AtomicInteger();
        Problems report = (where, reason) -> {
            problems.add(where + ": " + reason);
            listener.problem(where, reason);
        };
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            try {
                files.addAll(Sources.files(List.of(p)));
            } catch (IOException | RuntimeException e) {
                report.problem(p.toString(), reason(e));
            }
        }
        listener.started(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dossier-worker");
            t.setDaemon(true);
            return t;
        });
        // bounds the articles read ahead of the workers, so a large WARC does not fill the heap
        Semaphore inFlight = new Semaphore(threads * 4);
        try {
            for (Path file : files) {
                ArticleSink articles = new ArticleSink() {
                    @Override
                    public void article(RawArticle a) {
                        inFlight.acquireUninterruptibly();
                        pool.execute(() -> {
                            try {
                                String hash = Pipeline.contentHash(a);
                                if (sink.contains(hash)) {
                                    duplicates.incrementAndGet();
                                    return;
                                }
                                ProcessedDocument doc = pipeline.process(a, published);
                                if (sink.save(doc))
                                    stored.incrementAndGet();
                                else
                                    duplicates.incrementAndGet();
                            } catch (RuntimeException e) {
                                report.problem(a.name(), reason(e));
                            } finally {
                                inFlight.release();
                            }
                        });
                    }

                    @Override
                    public void problem(String where, String reason) {
                        report.problem(where, reason);
                    }
                };
                try {
                    Sources.readerFor(file).read(file, articles);
                } catch (IOException | RuntimeException e) {
                    report.problem(file.toString(), reason(e));
                }
                listener.fileRead(file);
            }
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(365, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new IngestReport(files.size(), stored.get(), duplicates.get(), problems, (System.nanoTime() - start) / 1e9);
    }

    private interface Problems {
        void problem(String where, String reason);
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}

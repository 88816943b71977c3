package org.dossier.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.pipeline.DocumentSink;
import org.dossier.pipeline.IngestListener;
import org.dossier.pipeline.IngestReport;
import org.dossier.pipeline.IngestRun;
import org.dossier.pipeline.Pipeline;
import org.dossier.pipeline.ProcessedDocument;
import org.dossier.store.Store;

/**
 * The facade that the command line (and later the web server) calls: a store and the pipeline that fills it.
 * The pipeline is built on first use, so that commands that only read the store start fast.
 */
public final class Dossier implements AutoCloseable {
    /** The embedded store's folder when neither {@code --store} nor {@code DOSSIER_STORE} names one. */
    public static final String DEFAULT_STORE = "dossier-data";

    private final Store store;
    private Pipeline pipeline;

    private Dossier(Store store) {
        this.store = store;
    }

    /** Opens (creating if needed) the embedded store in {@code dir}. */
    public static Dossier open(Path dir) {
        return new Dossier(Store.open(dir));
    }

    public Store store() {
        return store;
    }

    /**
     * Ingests files and folders into the store.
     *
     * @param published a publication date for every article, or null to read it from each
     * @param threads   worker threads
     */
    public IngestReport ingest(List<Path> paths, LocalDate published, int threads, IngestListener listener) {
        DocumentSink sink = new DocumentSink() {
            @Override
            public boolean contains(String contentHash) {
                return store.contains(contentHash);
            }

            @Override
            public boolean save(ProcessedDocument document) {
                return store.save(document).isStored();
            }
        };
        return new IngestRun(pipeline(), sink, threads, listener).run(paths, published);
    }

    private synchronized Pipeline pipeline() {
        if (pipeline == null)
            pipeline = Pipeline.standard();
        return pipeline;
    }

    @Override
    public void close() {
        store.close();
    }
}

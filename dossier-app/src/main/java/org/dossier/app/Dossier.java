package org.dossier.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.extract.position.Profile;
import org.dossier.pipeline.DocumentSink;
import org.dossier.pipeline.IngestListener;
import org.dossier.pipeline.IngestReport;
import org.dossier.pipeline.IngestRun;
import org.dossier.pipeline.Pipeline;
import org.dossier.pipeline.ProcessedDocument;
import org.dossier.resolve.SharedEventDates;
import org.dossier.store.Store;
import org.dossier.store.StoredDocument;

/**
 * The facade that the command line (and later the web server) calls: a store and the pipeline that fills it.
 * The pipeline is built on first use, so that commands that only read the store start fast.
 */
public final class Dossier implements AutoCloseable {
    /** The embedded store's folder when neither {@code --store} nor {@code DOSSIER_STORE} names one. */
    public static final String DEFAULT_STORE = "dossier-data";

    private final Store store;
    private final Profile profile;
    private Pipeline pipeline;

    private Dossier(Store store, Profile profile) {
        this.store = store;
        this.profile = profile;
    }

    /** Opens (creating if needed) the embedded store in {@code dir}, with the bundled profile. */
    public static Dossier open(Path dir) {
        return new Dossier(Store.open(dir), Profile.standard());
    }

    /** Opens the store in {@code dir}; positions are read on the proposals of {@code profile}. */
    public static Dossier open(Path dir, Profile profile) {
        return new Dossier(Store.open(dir), profile);
    }

    public Store store() {
        return store;
    }

    /**
     * Ingests files and folders into the store. Documents that nothing dates are held back until the batch is read,
     * then dated where other documents of the batch or of the store date occasions they call "today", "yesterday",
     * "on Thursday" or "next week" closely enough to pin their day ({@link SharedEventDates}), found again against that
     * date, and saved.
     *
     * @param published a publication date for every article, or null to read it from each
     * @param threads   worker threads
     */
    public IngestReport ingest(List<Path> paths, LocalDate published, int threads, IngestListener listener) {
        List<ProcessedDocument> undated = Collections.synchronizedList(new ArrayList<>());
        List<SharedEventDates.DatedText> dated = Collections.synchronizedList(new ArrayList<>());
        DocumentSink sink = new DocumentSink() {
            @Override
            public boolean contains(String contentHash) {
                return store.contains(contentHash);
            }

            @Override
            public boolean save(ProcessedDocument document) {
                if (document.published() == null) {
                    undated.add(document);
                    return true;
                }
                boolean stored = store.save(document).isStored();
                if (stored)
                    dated.add(new SharedEventDates.DatedText(document.name(), document.text(), document.published()));
                return stored;
            }
        };
        IngestReport report = new IngestRun(pipeline(), sink, threads, listener).run(paths, published);
        if (!undated.isEmpty())
            saveUndated(undated, dated, listener);
        return report;
    }

    /**
     * Dates what it can of {@code undated} from the other documents, in rounds (a document dated in one round can
     * date another in the next), and saves them all, dated or not.
     */
    private void saveUndated(List<ProcessedDocument> undated, List<SharedEventDates.DatedText> batch, IngestListener listener) {
        // each dated document is read for its occasions once, not once per undated document
        SharedEventDates.Occasions occasions = new SharedEventDates.Occasions();
        batch.forEach(occasions::add);
        Set<String> batchNames = new HashSet<>();
        batch.forEach(d -> batchNames.add(d.name()));
        for (StoredDocument d : store.documents())
            if (d.published() != null && !batchNames.contains(d.name()))
                occasions.add(new SharedEventDates.DatedText(d.name(), d.text(), d.published()));
        List<ProcessedDocument> left = new ArrayList<>(undated);
        boolean progress = true;
        while (progress && !left.isEmpty()) {
            progress = false;
            for (Iterator<ProcessedDocument> it = left.iterator(); it.hasNext(); ) {
                ProcessedDocument doc = it.next();
                Optional<SharedEventDates.Inference> found = occasions.infer(doc.text());
                if (found.isEmpty())
                    continue;
                it.remove();
                if (saveReporting(pipeline().redate(doc, found.get().date(), "inferred"), listener)) {
                    occasions.add(new SharedEventDates.DatedText(doc.name(), doc.text(), found.get().date()));
                    progress = true;
                }
            }
        }
        for (ProcessedDocument doc : left)
            saveReporting(doc, listener);
    }

    /** Saves {@code doc}; a failure is reported as the document's problem, so the rest of the batch is still saved. */
    private boolean saveReporting(ProcessedDocument doc, IngestListener listener) {
        try {
            return store.save(doc).isStored();
        } catch (RuntimeException e) {
            listener.problem(doc.name(), e.getMessage() == null ? e.toString() : e.getMessage());
            return false;
        }
    }

    private synchronized Pipeline pipeline() {
        if (pipeline == null)
            pipeline = Pipeline.standard(profile);
        return pipeline;
    }

    @Override
    public void close() {
        store.close();
    }
}

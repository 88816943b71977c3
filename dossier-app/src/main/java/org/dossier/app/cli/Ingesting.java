package org.dossier.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.app.Dossier;
import org.dossier.pipeline.IngestReport;

/** Runs an ingest with progress on stderr and prints its summary line: what {@code ingest} and {@code demo} share. */
final class Ingesting {
    private Ingesting() {
    }

    static IngestReport run(Dossier dossier, List<Path> paths, LocalDate published, int threads) {
        IngestReport report;
        try (ProgressListener progress = new ProgressListener(System.err)) {
            report = dossier.ingest(paths, published, threads, progress);
        }
        System.out.printf("Read %d file(s): %d article(s) stored, %d already stored, %d failed (%.1f s)%n",
                report.files(), report.stored(), report.duplicates(), report.failures(), report.seconds());
        return report;
    }
}

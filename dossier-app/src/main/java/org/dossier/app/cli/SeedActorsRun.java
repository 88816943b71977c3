package org.dossier.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.app.Dossier;
import org.dossier.export.ActorCheck;
import org.dossier.export.JsonExport;
import org.dossier.pipeline.IngestListener;

/** Ingests a corpus into a temporary store, deleted afterwards, and checks the export's actors against gold. */
public final class SeedActorsRun {
    private SeedActorsRun() {
    }

    /** The check of the actors that ingesting {@code corpus} gives against the gold files in {@code gold}. */
    public static ActorCheck.Report check(Path corpus, Path gold) throws IOException {
        Path store = Files.createTempDirectory("dossier-seed-actors");
        try (Dossier dossier = Dossier.open(store)) {
            dossier.ingest(List.of(corpus), null, 1, IngestListener.NONE);
            return ActorCheck.run(JsonExport.build(dossier.store()), gold);
        } finally {
            try (Stream<Path> s = Files.walk(store)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

package org.dossier.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.Dossier;
import org.dossier.extract.position.Profile;
import org.dossier.pipeline.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier ingest PATH...}: reads articles into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles from files and folders into the store.",
                "Formats: .txt, .html/.htm, .jsonl, .warc/.warc.gz and RSS/Atom feed files; folders are read recursively.",
                "Content already stored is skipped.",
                "Exit code 1 when any file or article failed; the others are stored all the same."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to read.")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of every article read, overriding what they state.")
    LocalDate published;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--profile", paramLabel = "FILE",
            description = "Proposals to read positions on (default: the bundled security-guarantees profile; format: see its header).")
    Path profile;

    @Option(names = "--actors", paramLabel = "FILE",
            description = {"Persons and bodies to know by name besides the bundled list (format: the header of",
                    "dossier-core/src/main/resources/org/dossier/extract/actors.tsv); default: $DOSSIER_ACTORS."})
    Path actors;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws java.io.IOException {
        if (actors != null) {
            if (Inputs.missing(actors, false))
                return 2;
            // read once, when the extractors' lists load: set before the first pipeline is built
            System.setProperty(org.dossier.extract.KnownActors.PROPERTY, actors.toAbsolutePath().toString());
        }
        try (Dossier dossier = profile == null ? store.open() : Dossier.open(store.dir(), Profile.load(profile))) {
            IngestReport report = Ingesting.run(dossier, paths, published, threads);
            return report.failures() == 0 ? 0 : 1;
        }
    }
}

package org.dossier.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.app.Dossier;
import org.dossier.export.CsvExport;
import org.dossier.export.JsonExport;
import org.dossier.export.PloverExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier export}: writes the store as JSON (FACTS.md) or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes everything stored as JSON, CSV or PLOVER records.",
                "--format json writes the JSON of FACTS.md to stdout or --out FILE;",
                "--format csv writes one CSV per fact kind and the commitments ledger into the folder --out (default: ./export);",
                "--format plover writes the events as PLOVER JSON records to stdout or --out FILE."})
public final class ExportCommand implements Callable<Integer> {
    enum Format { json, csv, plover }

    @Option(names = "--format", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "PATH", description = "Output file (json) or folder (csv).")
    Path out;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws IOException {
        try (Dossier dossier = store.open()) {
            if (format == Format.csv) {
                Path dir = out != null ? out : Path.of("export");
                for (Path file : CsvExport.write(dossier.store(), dir))
                    System.err.println("wrote " + file);
                return 0;
            }
            if (out == null) {
                if (format == Format.plover)
                    PloverExport.write(dossier.store(), new NonClosing(System.out));
                else
                    JsonExport.write(dossier.store(), new NonClosing(System.out));
                System.out.println();
                return 0;
            }
            if (out.getParent() != null)
                Files.createDirectories(out.getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                if (format == Format.plover)
                    PloverExport.write(dossier.store(), o);
                else
                    JsonExport.write(dossier.store(), o);
            }
            System.err.println("wrote " + out);
            return 0;
        }
    }

    /** Keeps Jackson from closing stdout. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

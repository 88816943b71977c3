package org.dossier.app.cli;

import java.nio.file.Path;
import org.dossier.app.Dossier;
import picocli.CommandLine.Option;

/** The {@code --store} option that every command that touches the store shares. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
            description = "Folder of the embedded database (default: $DOSSIER_STORE, else ./" + Dossier.DEFAULT_STORE + ").")
    Path store;

    Path dir() {
        if (store != null)
            return store;
        String env = System.getenv("DOSSIER_STORE");
        return Path.of(env != null && !env.isBlank() ? env : Dossier.DEFAULT_STORE);
    }

    Dossier open() {
        return Dossier.open(dir());
    }
}

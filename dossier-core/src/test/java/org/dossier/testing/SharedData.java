package org.dossier.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code ../shared} beside the repository; tests that need it are skipped where it is absent. */
public final class SharedData {
    private SharedData() {
    }

    /** The path {@code rel} under the shared folder; skips the calling test when it does not exist. */
    public static Path require(String rel) {
        String root = System.getProperty("dossier.root", ".");
        Path p = Path.of(root).toAbsolutePath().normalize().resolveSibling("shared").resolve(rel);
        if (!Files.exists(p))
            p = Path.of("..", "shared", rel).toAbsolutePath().normalize();
        assumeTrue(Files.exists(p), "shared data not present: " + rel);
        return p;
    }
}

package org.dossier.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The check that every command reading a file or folder makes first. */
final class Inputs {
    private Inputs() {
    }

    /** Whether {@code path} is absent (or of the wrong kind); says so on stderr, naming it. */
    static boolean missing(Path path, boolean folder) {
        if (folder ? Files.isDirectory(path) : Files.isRegularFile(path))
            return false;
        System.err.println("error: " + path + (folder ? ": no such folder" : ": no such file"));
        return true;
    }
}

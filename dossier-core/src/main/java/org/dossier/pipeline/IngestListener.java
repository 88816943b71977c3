package org.dossier.pipeline;

import java.nio.file.Path;

/** Hears about an ingest run's progress, to show it. Called from worker threads; implementations must be thread-safe. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
    };

    default void started(int files) {
    }

    default void fileRead(Path file) {
    }

    default void problem(String where, String reason) {
    }
}

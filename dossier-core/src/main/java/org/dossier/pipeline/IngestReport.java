package org.dossier.pipeline;

import java.util.List;

/**
 * What an ingest run did.
 *
 * @param files      files read
 * @param stored     articles stored
 * @param duplicates articles skipped because their content was already stored
 * @param problems   one line per article or file that failed, naming it and the reason
 */
public record IngestReport(int files, int stored, int duplicates, List<String> problems, double seconds) {
    public IngestReport {
        problems = List.copyOf(problems);
    }

    public int failures() {
        return problems.size();
    }
}

package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.pipeline.IngestListener;
import org.dossier.store.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest dates an undated article from another of the batch that gives its occasions their days. */
class CrossDocumentDatesTest {
    @TempDir
    Path dir;

    /** Name → "date source" of every stored document, after ingesting {@code files} (name, text) together. */
    private Map<String, String> ingest(String... files) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < files.length; i += 2)
            Files.writeString(in.resolve(files[i]), files[i + 1]);
        Map<String, String> dates = new TreeMap<>();
        try (Dossier dossier = Dossier.open(dir.resolve("store"))) {
            dossier.ingest(List.of(in), null, 1, IngestListener.NONE);
            for (StoredDocument d : dossier.store().documents())
                dates.put(d.name(), d.published() + " " + d.publishedSource());
        }
        return dates;
    }

    private static final String PREVIEW = """
            Harbour opens before the Bergen regatta
            Published 9 June 2031
            The Hanseatic Club's Bergen regatta on June 12 will bring crews from twelve countries, organisers said.
            The Oslo summit on June 17 is expected to discuss fishing quotas.
            """;

    @Test
    void aWeekdayAndTomorrowMatchedInADatedArticleGiveTheDay() throws IOException {
        // Thursday June 12 leaves June 12 to 18; the summit "tomorrow" is June 17, so the report is of June 16
        Map<String, String> dates = ingest("preview.txt", PREVIEW, "report.txt", """
                Wind and rain at sea
                Crews raced at the Hanseatic Club's Bergen regatta on Thursday in a stiff wind, and two boats capsized.
                Ministers prepare for the Oslo summit tomorrow, where fishing quotas top the agenda.
                """);
        assertThat(dates).containsEntry("report.txt", "2031-06-16 inferred");
    }

    @Test
    void aWeekdayAloneLeavesTheArticleUndated() throws IOException {
        Map<String, String> dates = ingest("preview.txt", PREVIEW, "report.txt", """
                Sailors look back
                Crews raced at the Hanseatic Club's Bergen regatta on Thursday in a stiff wind, organisers said.
                """);
        assertThat(dates).containsEntry("report.txt", "null none");
    }
}

package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlEvalTest {
    @TempDir
    Path dir;

    @Test
    void aPageIsScoredOnWordsTitleAndDate() throws Exception {
        Path page = Files.createDirectories(dir.resolve("page-1"));
        Files.writeString(page.resolve("source.html"), """
                <html><head><title>Storm  hits coast</title>
                <meta property="article:published_time" content="2024-03-06T10:00:00Z"></head>
                <body><p>The storm hit the coast on Tuesday.</p></body></html>""");
        Files.writeString(page.resolve("expected.html"), "<div><p>The storm hit the coast on Tuesday.</p></div>");
        Files.writeString(page.resolve("expected-metadata.json"),
                "{\"title\": \"Storm hits coast\", \"publishedTime\": \"2024-03-06T10:00:00.000Z\"}");
        Files.createDirectories(dir.resolve("not-a-page"));

        HtmlEval.Report report = HtmlEval.run(dir);

        assertThat(report.pages()).singleElement().satisfies(p -> {
            assertThat(p.page()).isEqualTo("page-1");
            assertThat(p.f1()).isEqualTo(1.0);
            assertThat(p.titleMatches()).isTrue();
            assertThat(p.date()).isEqualTo(LocalDate.of(2024, 3, 6));
        });
        assertThat(report.f1()).isEqualTo(1.0);
        assertThat(report.titlesMatched()).isEqualTo(1);
        assertThat(report.datesMatched()).isEqualTo(1);
        assertThat(report.toString()).contains("page-1", "mean of 1 pages", "titles 1/1, dates 1/1");
    }
}

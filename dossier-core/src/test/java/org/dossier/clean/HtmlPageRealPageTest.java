package org.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** One real page from the shared Readability test set; skipped where the shared folder is absent. */
class HtmlPageRealPageTest {
    static Path sharedData() {
        String root = System.getProperty("dossier.root");
        Path shared = root != null ? Path.of(root).resolve("../shared") : Path.of("../shared");
        return shared.resolve("data/readability-pages").normalize();
    }

    @Test
    void aNewsPageKeepsItsArticleAndItsDate() throws Exception {
        Path dir = sharedData().resolve("guardian-1");
        assumeTrue(Files.isRegularFile(dir.resolve("source.html")), "shared readability pages not found at " + dir);

        HtmlPage page = HtmlPage.parse(Files.readString(dir.resolve("source.html")), "http://fakehost/test/page.html");
        String expected = Jsoup.parse(Files.readString(dir.resolve("expected.html"))).body().text();

        String firstWords = expected.substring(0, expected.indexOf(' ', 60));
        assertThat(Normalized.collapse(page.mainText())).contains(firstWords);
        assertThat(page.mainText().length()).isBetween(expected.length() * 9 / 10, expected.length() * 11 / 10);
        assertThat(page.text().length()).isGreaterThan(page.mainText().length());
        assertThat(page.published()).isEqualTo(LocalDate.of(2019, 1, 3));
    }
}

package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.clean.DateStamp;
import org.dossier.clean.CleanText;
import org.dossier.clean.Cleaner;
import org.dossier.ingest.RawArticle;
import org.jsoup.Jsoup;

/**
 * Scores {@link HtmlPage} against Mozilla Readability's test pages ({@code readability-pages/}: one folder per page
 * with {@code source.html}, {@code expected.html} and {@code expected-metadata.json}). The main text is scored by
 * word overlap with the expected article, the title by exact match after whitespace normalization, the date by
 * the calendar date of {@code publishedTime} on the pages that state one. Tells whether a change to HTML cleaning
 * helped, on pages nobody here chose.
 */
public final class HtmlEval {
    private static final Cleaner CLEANER = Cleaner.standard();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Whitespace, no-break and typographic spaces: titles differ in them without differing for a reader. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");

    private HtmlEval() {
    }

    /** One page's scores; {@code expectedDate} and {@code expectedTitle} are null when the page states none. */
    public record PageScore(String page, double precision, double recall, double f1, String expectedTitle,
                            String title, LocalDate expectedDate, LocalDate date) {
        public boolean titleMatches() {
            return expectedTitle != null && expectedTitle.equals(title);
        }

        public boolean dateMatches() {
            return expectedDate != null && expectedDate.equals(date);
        }
    }

    /**
     * Mean word precision, recall and F1 over all pages; titles and dates matched out of those expected;
     * {@code datesExtra} counts dates we found on pages that state none (not necessarily wrong).
     */
    public record Report(List<PageScore> pages, double precision, double recall, double f1, int titles,
                         int titlesMatched, int dates, int datesMatched, int datesExtra) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-36s %6s %6s %6s  %-5s %-5s%n",
                    "page", "P", "R", "F1", "title", "date"));
            for (PageScore p : pages)
                sb.append(String.format(Locale.ROOT, "%-36s %6.3f %6.3f %6.3f  %-5s %-5s%n", p.page(), p.precision(),
                        p.recall(), p.f1(), p.expectedTitle() == null ? "-" : p.titleMatches() ? "ok" : "MISS",
                        p.expectedDate() == null ? (p.date() == null ? "-" : "extra")
                                : p.dateMatches() ? "ok" : "MISS"));
            sb.append(String.format(Locale.ROOT, "%-36s %6.3f %6.3f %6.3f%n", "mean of " + pages.size() + " pages",
                    precision, recall, f1));
            sb.append(String.format(Locale.ROOT, "titles %d/%d, dates %d/%d (%d found where none expected)%n",
                    titlesMatched, titles, datesMatched, dates, datesExtra));
            return sb.toString();
        }
    }

    /**
     * Scores every page folder directly under {@code dir} (folders without {@code source.html} are skipped).
     *
     * @throws NoSuchFileException when {@code dir} does not exist
     */
    public static Report run(Path dir) throws IOException {
        if (!Files.isDirectory(dir))
            throw new NoSuchFileException(dir.toString(), null, "no such folder");
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        List<PageScore> pages = new ArrayList<>();
        for (Path folder : folders)
            pages.add(score(folder));
        return report(pages);
    }

    static PageScore score(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        // the whole cleaning path is scored: main content, then the boilerplate rules on it
        String html = read(folder.resolve("source.html"));
        CleanText page = CLEANER.clean(new RawArticle(name, null, "http://fakehost/test/page.html", null, null, html,
                RawArticle.ContentType.HTML));
        String expected = Jsoup.parse(read(folder.resolve("expected.html"))).body().text();
        WordOverlap o = WordOverlap.of(page.text(), expected);
        String expectedTitle = null;
        LocalDate expectedDate = null;
        Path meta = folder.resolve("expected-metadata.json");
        if (Files.isRegularFile(meta)) {
            JsonNode m = JSON.readTree(meta.toFile());
            expectedTitle = normalize(text(m, "title"));
            expectedDate = DateStamp.parse(text(m, "publishedTime")).orElse(null);
        }
        return new PageScore(name, o.precision(), o.recall(), o.f1(), expectedTitle, normalize(page.title()),
                expectedDate, page.published());
    }

    static Report report(List<PageScore> pages) {
        double p = 0, r = 0, f = 0;
        int titles = 0, titlesOk = 0, dates = 0, datesOk = 0, extra = 0;
        for (PageScore s : pages) {
            p += s.precision();
            r += s.recall();
            f += s.f1();
            titles += s.expectedTitle() != null ? 1 : 0;
            titlesOk += s.titleMatches() ? 1 : 0;
            dates += s.expectedDate() != null ? 1 : 0;
            datesOk += s.dateMatches() ? 1 : 0;
            extra += s.expectedDate() == null && s.date() != null ? 1 : 0;
        }
        int n = Math.max(1, pages.size());
        return new Report(List.copyOf(pages), p / n, r / n, f / n, titles, titlesOk, dates, datesOk, extra);
    }

    /** Prints the report for the folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1)
            throw new IllegalArgumentException("usage: HtmlEval <readability-pages folder>");
        System.out.print(run(Path.of(args[0])));
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String normalize(String s) {
        if (s == null)
            return null;
        String n = SPACES.matcher(s).replaceAll(" ").strip();
        return n.isEmpty() ? null : n;
    }
}

package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    @TempDir
    Path dir;

    @Test
    void goodLinesBecomeArticlesAndBadLinesProblemsNamedByLine() throws Exception {
        Path file = Files.writeString(dir.resolve("feed.jsonl"), """
                {"name": "a1", "title": "Mayor resigns", "text": "The mayor resigned.", "url": "https://x.org/a1", "published": "2024-03-05"}
                {"title": "broken", "text": "no closing brace"
                {"title": "empty", "url": "https://x.org/a3"}

                {"html": "<p>Storm hits coast</p>", "url": "https://x.org/a5", "published": "2024-03-06T23:30:00-05:00"}
                {"text": "Nameless article."}
                """);
        CollectingSink sink = new CollectingSink();
        new JsonLinesReader().read(file, sink);

        assertThat(sink.articles).hasSize(3);
        RawArticle first = sink.articles.get(0);
        assertThat(first.name()).isEqualTo("a1");
        assertThat(first.title()).isEqualTo("Mayor resigns");
        assertThat(first.url()).isEqualTo("https://x.org/a1");
        assertThat(first.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(first.type()).isEqualTo(RawArticle.ContentType.TEXT);

        RawArticle html = sink.articles.get(1);
        assertThat(html.name()).as("name defaults to the url").isEqualTo("https://x.org/a5");
        assertThat(html.type()).isEqualTo(RawArticle.ContentType.HTML);
        assertThat(html.published()).as("the date as written, not in UTC").isEqualTo(LocalDate.of(2024, 3, 6));

        assertThat(sink.articles.get(2).name()).as("no name, no url: file and line").isEqualTo(file + ":6");

        assertThat(sink.problems).hasSize(2);
        assertThat(sink.problems.get(0)).startsWith(file + ":2: malformed JSON");
        assertThat(sink.problems.get(1)).isEqualTo(file + ":3: no \"text\" or \"html\"");
    }

    @Test
    void anUnreadableDateIsReportedButTheArticleKept() throws Exception {
        Path file = Files.writeString(dir.resolve("d.ndjson"), "{\"text\": \"x\", \"published\": \"last Tuesday\"}\n");
        CollectingSink sink = new CollectingSink();
        new JsonLinesReader().read(file, sink);
        assertThat(sink.articles).singleElement().extracting(RawArticle::published).isNull();
        assertThat(sink.problems).containsExactly(file + ":1: unreadable \"published\" date 'last Tuesday', ignored");
    }

    @Test
    void aLineThatIsNotAnObjectIsAProblem() throws Exception {
        Path file = Files.writeString(dir.resolve("arr.jsonl"), "[1, 2]\r\n{\"text\": \"ok\"}\r\n");
        CollectingSink sink = new CollectingSink();
        new JsonLinesReader().read(file, sink);
        assertThat(sink.articles).hasSize(1);
        assertThat(sink.problems).containsExactly(file + ":1: not a JSON object");
    }
}

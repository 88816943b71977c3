package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.dossier.clean.UnreadableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcReaderTest {
    @TempDir
    Path dir;

    private static WarcResponse response(String uri, String date, String contentType, byte[] body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(uri).date(Instant.parse(date)).body(http).build();
    }

    private Path warc(String name, WarcCompression compression, WarcResponse... records) throws Exception {
        Path file = dir.resolve(name);
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            for (WarcResponse r : records)
                writer.write(r);
        }
        return file;
    }

    @Test
    void htmlResponsesBecomeArticlesAndOtherResponsesAreSkipped() throws Exception {
        Path file = warc("crawl.warc", WarcCompression.NONE,
                response("https://news.example/a", "2024-05-01T23:10:00Z", "text/html; charset=utf-8",
                        "<p>Caf\u00e9 opens</p>".getBytes(StandardCharsets.UTF_8)),
                response("https://news.example/logo.png", "2024-05-01T23:11:00Z", "image/png", new byte[]{1, 2, 3}),
                response("https://news.example/b", "2024-05-02T08:00:00Z", "application/xhtml+xml; charset=iso-8859-1",
                        "<p>Na\u00efve</p>".getBytes(Charset.forName("iso-8859-1"))));
        CollectingSink sink = new CollectingSink();
        new WarcReader().read(file, sink);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).hasSize(2);
        RawArticle a = sink.articles.get(0);
        assertThat(a.name()).isEqualTo("https://news.example/a");
        assertThat(a.url()).isEqualTo("https://news.example/a");
        assertThat(a.type()).isEqualTo(RawArticle.ContentType.HTML);
        assertThat(a.content()).isEqualTo("<p>Caf\u00e9 opens</p>");
        assertThat(a.published()).as("a WARC states no publication date").isNull();
        assertThat(a.crawled()).as("the WARC-Date is the fallback").isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(sink.articles.get(1).content()).as("decoded with the Content-Type charset").isEqualTo("<p>Na\u00efve</p>");
    }

    @Test
    void gzippedWarcsAreReadToo() throws Exception {
        Path file = warc("crawl.warc.gz", WarcCompression.GZIP,
                response("https://news.example/c", "2023-01-02T03:04:05Z", "text/html",
                        "<p>Plain</p>".getBytes(StandardCharsets.US_ASCII)));
        CollectingSink sink = new CollectingSink();
        new WarcReader().read(file, sink);
        assertThat(sink.articles).singleElement().extracting(RawArticle::crawled).isEqualTo(LocalDate.of(2023, 1, 2));
    }

    @Test
    void anEmptyHtmlPayloadIsAProblemNamedByRecordId() throws Exception {
        WarcResponse empty = response("https://news.example/d", "2023-01-02T03:04:05Z", "text/html", new byte[0]);
        Path file = warc("empty.warc", WarcCompression.NONE, empty);
        CollectingSink sink = new CollectingSink();
        new WarcReader().read(file, sink);
        assertThat(sink.articles).isEmpty();
        assertThat(sink.problems).containsExactly(file + "#" + empty.id() + ": empty page");
    }

    @Test
    void aFileThatIsNotAWarcIsUnreadable() throws Exception {
        Path file = Files.writeString(dir.resolve("fake.warc"), "hello, not a warc\n");
        assertThatThrownBy(() -> new WarcReader().read(file, new CollectingSink()))
                .isInstanceOf(UnreadableInputException.class).hasMessageStartingWith("not a WARC file");
    }
}

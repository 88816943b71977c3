package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.clean.UnreadableInputException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the web pages of a WARC archive (plain or gzipped), the format crawlers and web archives keep. Each
 * successful HTTP response with an HTML body becomes an article named by its target URI, with the capture date as
 * the fallback date; other records (requests, metadata, images, redirects, errors) are skipped without a word,
 * since an archive is mostly made of them. A record that cannot be parsed is reported as {@code file#record-id}.
 */
final class WarcReader implements ArticleReader {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    @Override
    public void read(Path file, ArticleSink sink) throws IOException {
        try (org.netpreserve.jwarc.WarcReader warc = openWarc(file)) {
            int records = 0;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException | RuntimeException e) {
                    if (records == 0)
                        throw new UnreadableInputException("not a WARC file: " + e.getMessage(), e);
                    // the stream cannot be resynchronised after a broken header
                    sink.problem(file + "#@" + warc.position(), "broken WARC record, rest of file skipped: "
                            + e.getMessage());
                    return;
                }
                if (next.isEmpty())
                    return;
                records++;
                if (next.get() instanceof WarcResponse response)
                    response(file, response, sink);
            }
        }
    }

    private static org.netpreserve.jwarc.WarcReader openWarc(Path file) throws IOException {
        try {
            return new org.netpreserve.jwarc.WarcReader(file);
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException("not a WARC file: " + e.getMessage(), e);
        }
    }

    private static void response(Path file, WarcResponse record, ArticleSink sink) {
        String where = file + "#" + record.id();
        try {
            if (!record.contentType().base().equals(MediaType.HTTP_RESPONSE.base())
                    && !record.contentType().base().equals(MediaType.HTTP.base()))
                return;
            HttpResponse http = record.http();
            MediaType type = http.contentType();
            if (http.status() < 200 || http.status() > 299 || type == null
                    || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT)))
                return;
            byte[] bytes;
            try (InputStream in = http.bodyDecoded().stream()) {
                bytes = in.readAllBytes();
            }
            String uri = record.target();
            LocalDate crawled = LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
            sink.article(new RawArticle(uri, null, uri, null, crawled, decode(bytes, type),
                    RawArticle.ContentType.HTML));
        } catch (UnreadableInputException e) {
            sink.problem(where, e.getMessage());
        } catch (IOException | RuntimeException e) {
            sink.problem(where, "broken response: " + e.getMessage());
        }
    }

    /** Decodes with the charset of the Content-Type when it names one Java knows, else as a page would be. */
    private static String decode(byte[] bytes, MediaType type) {
        if (bytes.length == 0)
            throw new UnreadableInputException("empty page");
        Optional<Charset> declared = HtmlCharset.charset(type.parameters().get("charset"));
        if (declared.isEmpty())
            return HtmlCharset.decode(bytes);
        String text = new String(bytes, declared.get());
        if (text.isBlank())
            throw new UnreadableInputException("no text (only whitespace)");
        return text;
    }
}

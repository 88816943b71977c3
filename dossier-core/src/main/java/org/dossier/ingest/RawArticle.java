package org.dossier.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as its container gives it, before cleaning.
 *
 * @param name      file name, URL or WARC record id; the scorer matches documents by it
 * @param title     the title the container states, or null
 * @param url       the article's URL, or null
 * @param published the publication date the container states (JSONL field, feed item date), or null
 * @param crawled   a weaker date to fall back on (a WARC record's capture date), or null
 * @param content   the article's text or HTML, already decoded
 * @param type      whether {@code content} is plain text or HTML
 */
public record RawArticle(String name, String title, String url, LocalDate published, LocalDate crawled,
                         String content, ContentType type) {
    public enum ContentType { TEXT, HTML }

    public RawArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(type, "type");
    }
}

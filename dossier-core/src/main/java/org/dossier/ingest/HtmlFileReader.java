package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a saved web page as one HTML article named after the file. Cleaning, not reading, finds its main text and
 * metadata, so the page is passed on whole.
 */
final class HtmlFileReader implements ArticleReader {
    @Override
    public void read(Path file, ArticleSink sink) throws IOException {
        String html = HtmlCharset.decode(Files.readAllBytes(file));
        sink.article(new RawArticle(file.getFileName().toString(), null, null, null, null, html,
                RawArticle.ContentType.HTML));
    }
}

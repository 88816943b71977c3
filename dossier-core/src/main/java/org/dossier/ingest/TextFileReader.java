package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.clean.TextDecoder;

/** Reads a plain text file as one article named after the file; {@link TextDecoder} picks the encoding. */
final class TextFileReader implements ArticleReader {
    @Override
    public void read(Path file, ArticleSink sink) throws IOException {
        String text = TextDecoder.decode(Files.readAllBytes(file));
        sink.article(new RawArticle(file.getFileName().toString(), null, null, null, null, text,
                RawArticle.ContentType.TEXT));
    }
}

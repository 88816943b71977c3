package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the articles of one file of one format. Bad content inside a container (a line, a record, an entry) is
 * reported to the sink and skipped; only a file that cannot be read at all throws.
 */
@FunctionalInterface
public interface ArticleReader {
    /**
     * Reads {@code file} and hands each article, and each problem, to {@code sink}.
     *
     * @throws org.dossier.clean.UnreadableInputException when the whole file is empty, binary or not of the format;
     *                                                    the message is the reason
     * @throws IOException                                when the file cannot be read
     */
    void read(Path file, ArticleSink sink) throws IOException;
}

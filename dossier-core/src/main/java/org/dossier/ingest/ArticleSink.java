package org.dossier.ingest;

/**
 * Receives what a reader finds in a file: articles, and problems with parts of the file. A container holds many
 * articles, and one bad line or record should cost that article only, so readers report it here and go on.
 */
public interface ArticleSink {
    /** One article, in the order the file holds them. */
    void article(RawArticle article);

    /**
     * Content that could not become an article.
     *
     * @param where  the file path, {@code file:line} for a JSON Lines line, {@code file#id} for a WARC record or
     *               feed entry
     * @param reason why, in a few words
     */
    void problem(String where, String reason);
}

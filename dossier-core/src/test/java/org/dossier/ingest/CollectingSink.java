package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader reports, problems as {@code "where: reason"}. */
final class CollectingSink implements ArticleSink {
    final List<RawArticle> articles = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @Override
    public void article(RawArticle article) {
        articles.add(article);
    }

    @Override
    public void problem(String where, String reason) {
        problems.add(where + ": " + reason);
    }
}

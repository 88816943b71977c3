package org.dossier.clean;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.dossier.model.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A web page reduced to what the pipeline needs: its visible text, the spans of that text that are the article
 * (menus, teasers and footers left out), and what the page states about itself. The visible text, not the article
 * alone, is the raw text of an HTML article, so that every fact can be traced back to what the reader saw and
 * boilerplate removal stays a visible, reversible decision.
 *
 * @param text      the visible text: paragraphs separated by {@code "\n\n"}, whitespace collapsed within them
 * @param main      the spans of {@code text} that are the article's main content, in order, not overlapping
 * @param title     the page's title (og:title, Readability's, {@code <title>}, first {@code <h1>}), or null
 * @param url       the canonical URL (canonical link, og:url), or null
 * @param published the publication date the page states, or null
 * @param byline    the author line Readability found, or null
 */
public record HtmlPage(String text, List<Span> main, String title, String url, LocalDate published, String byline) {
    public HtmlPage {
        Objects.requireNonNull(text, "text");
        main = List.copyOf(main);
        for (Span s : main)
            if (s.end() > text.length())
                throw new IllegalArgumentException("Main span " + s + " beyond text of length " + text.length());
    }

    /**
     * Parses {@code html}; never fails on malformed markup.
     *
     * @param baseUri the page's address, to resolve relative links; may be null
     */
    public static HtmlPage parse(String html, String baseUri) {
        String base = baseUri == null ? "" : baseUri;
        Document doc = Jsoup.parse(html, base);
        String text = VisibleText.of(doc.body());
        Article article = readability(doc.clone(), base);
        String byline = article == null || article.getByline() == null || article.getByline().isBlank()
                ? null : Normalized.collapse(article.getByline());
        return new HtmlPage(text,
                MainContent.spans(text, article == null ? null : article.getArticleContent(), doc.body()),
                PageMetadata.title(doc, article == null ? null : article.getTitle()),
                PageMetadata.url(doc), PageMetadata.published(doc), byline);
    }

    /** The text of the main spans, joined by blank lines. */
    public String mainText() {
        StringBuilder sb = new StringBuilder();
        for (Span s : main)
            sb.append(sb.isEmpty() ? "" : "\n\n").append(s.of(text));
        return sb.toString();
    }

    /** Readability's article, or null when it fails: one odd page must not stop a batch, the fallback copes. */
    private static Article readability(Document copy, String base) {
        try {
            return new Readability4JExtended(base, copy).parse();
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }
}

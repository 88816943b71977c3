package org.dossier.clean;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Span;
import org.jsoup.nodes.Element;

/**
 * Finds which parts of a page's visible text are the article. Readability decides, on its own copy of the page;
 * its paragraphs are then located, in order, in our rendering of the whole page, so that the article is a set of
 * spans of the raw text rather than a second text with no way back. Paragraphs that cannot be found (Readability
 * rewrote them) are skipped.
 */
final class MainContent {
    private static final String HEADS = "p, h1, h2, h3, h4, h5, h6";
    /**
     * When the page's paragraphs hold this many times more text than Readability kept, Readability latched onto a
     * fragment (a cookie notice, a sidebar) and the paragraphs are the better guess. On the Readability test pages
     * the ratio is below 6 wherever Readability is right, and above 14 where it failed.
     */
    private static final int FRAGMENT_RATIO = 10;

    private MainContent() {
    }

    /**
     * The spans of {@code text} covered by the paragraphs of {@code article}; when that finds nothing, or only a
     * fragment of what the body's paragraphs and headings hold, the spans of those; when that finds nothing either,
     * the whole text.
     *
     * @param article Readability's article content, or null when it found none
     */
    static List<Span> spans(String text, Element article, Element body) {
        Normalized page = Normalized.of(text);
        List<Span> spans = article == null ? List.of() : locate(page, paragraphs(VisibleText.of(article)));
        if (body != null) {
            List<String> blocks = new ArrayList<>();
            for (Element e : body.select(HEADS))
                blocks.add(VisibleText.of(e));
            List<Span> paragraphs = locate(page, blocks);
            if (length(paragraphs) > FRAGMENT_RATIO * (long) length(spans))
                spans = paragraphs;
        }
        if (spans.isEmpty() && !text.isEmpty())
            spans = List.of(new Span(0, text.length()));
        return spans;
    }

    private static List<String> paragraphs(String rendered) {
        return rendered.isEmpty() ? List.of() : List.of(rendered.split("\n\n"));
    }

    private static int length(List<Span> spans) {
        int n = 0;
        for (Span s : spans)
            n += s.length();
        return n;
    }

    /** Locates each block in order; a block is searched for after the previous one found. */
    static List<Span> locate(Normalized page, List<String> blocks) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (String block : blocks) {
            String needle = Normalized.collapse(block);
            if (needle.isEmpty())
                continue;
            int at = page.find(needle, from);
            if (at < 0)
                continue;
            int end = at + needle.length();
            spans.add(new Span(page.start(at), page.end(end)));
            from = end;
        }
        return List.copyOf(spans);
    }
}

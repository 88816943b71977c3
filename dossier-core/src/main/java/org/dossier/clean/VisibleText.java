package org.dossier.clean;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders HTML as the text a reader sees: block elements become paragraphs separated by a blank line, a
 * {@code <br>} a line break (two in a row a paragraph break, as pages that lack {@code <p>} mean them), runs of
 * whitespace one space. Elements that are never shown (scripts, styles, templates, form fallbacks) or hidden (the
 * {@code hidden} attribute, {@code aria-hidden="true"}, an inline {@code display:none} or
 * {@code visibility:hidden}) are dropped, as Readability drops them. MathML is dropped too: Readability drops it,
 * so keeping it would split Readability's paragraphs into pieces that cannot be found in this text, and formulas
 * carry no facts for this project.
 */
final class VisibleText {
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "head", "title",
            "svg", "math", "iframe", "object", "embed", "canvas", "audio", "video", "map", "select", "datalist",
            "textarea", "input", "link", "meta", "base");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main",
            "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "ul");
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("(?i)(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    /** What must come before the next word: nothing, a space, a line break, a paragraph break. */
    private static final int NONE = 0, SPACE = 1, LINE = 2, PARAGRAPH = 3;

    private VisibleText() {
    }

    /** The visible text of {@code root} and its descendants; empty when {@code root} itself is hidden. */
    static String of(Element root) {
        Renderer r = new Renderer();
        NodeTraversor.filter(r, root);
        return r.out.toString();
    }

    /** Whether {@code e} is never shown, by its tag or its attributes. */
    static boolean isHidden(Element e) {
        return DROPPED.contains(e.normalName())
                || e.hasAttr("hidden")
                || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style")).find();
    }

    /** Whether {@code c} separates words: Java whitespace and the no-break and typographic spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static final class Renderer implements NodeFilter {
        final StringBuilder out = new StringBuilder();
        int pending = NONE;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t.getWholeText());
            } else if (node instanceof Element e) {
                if (isHidden(e))
                    return FilterResult.SKIP_ENTIRELY;
                if (e.normalName().equals("br"))
                    pending = pending >= LINE ? PARAGRAPH : LINE;
                else if (BLOCKS.contains(e.normalName()))
                    pending = PARAGRAPH;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName()))
                pending = PARAGRAPH;
            return FilterResult.CONTINUE;
        }

        private void text(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (isSpace(c)) {
                    pending = Math.max(pending, SPACE);
                    continue;
                }
                if (!out.isEmpty() && pending != NONE)
                    out.append(pending == PARAGRAPH ? "\n\n" : pending == LINE ? "\n" : " ");
                pending = NONE;
                out.append(c);
            }
        }
    }
}

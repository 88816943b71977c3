package org.dossier.clean;

import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.RawArticle;
import org.dossier.model.Span;

/**
 * Cleans an article: repairs mojibake, keeps the main content of a page, drops boilerplate, and writes the cleaned
 * text with a map back to the raw text. Thread-safe; one instance serves all workers.
 */
public final class Cleaner {
    private final Boilerplate textRules, htmlRules;

    public Cleaner(Boilerplate textRules, Boilerplate htmlRules) {
        this.textRules = textRules;
        this.htmlRules = htmlRules;
    }

    public static Cleaner standard() {
        return new Cleaner(Boilerplate.forText(), Boilerplate.forHtml());
    }

    /** Cleans {@code article}; never returns null. */
    public CleanText clean(RawArticle article) {
        return article.type() == RawArticle.ContentType.HTML ? cleanHtml(article) : cleanText(article.content());
    }

    CleanText cleanText(String raw) {
        MojibakeRepair.Mapped repaired = MojibakeRepair.repair(raw);
        List<Block> blocks = lines(repaired.text());
        Removals removals = new Removals();
        textRules.apply(blocks, removals);
        String title = !blocks.isEmpty() && !removals.isRemoved(blocks.get(0)) && Shapes.isHeadlineOrTitle(blocks.get(0).text())
                ? blocks.get(0).text() : null;
        return write(raw, repaired, blocks, removals, title, null, null);
    }

    CleanText cleanHtml(RawArticle article) {
        // a page's mojibake is repaired in its source, so the page text is already the repaired text
        String html = MojibakeRepair.repair(article.content()).text();
        HtmlPage page = HtmlPage.parse(html, article.url());
        String raw = page.text();
        MojibakeRepair.Mapped identity = new MojibakeRepair.Mapped(raw, OffsetMap.identity(raw.length()));
        List<Block> blocks = lines(raw);
        Removals removals = new Removals();
        for (Block b : blocks)
            if (page.main().stream().noneMatch(m -> m.overlaps(b.span())))
                removals.remove(b, "outside main content");
        htmlRules.apply(blocks, removals);
        return write(raw, identity, blocks, removals, page.title(), page.url(), page.published());
    }

    /**
     * Writes the repaired text less the removals. A dropped block takes the whitespace after it along, so that the
     * cleaned text keeps the paragraph layout of the original without holes.
     */
    private static CleanText write(String raw, MojibakeRepair.Mapped repaired, List<Block> blocks, Removals removals,
                                   String title, String url, java.time.LocalDate published) {
        String text = repaired.text();
        List<Span> cut = new ArrayList<>();
        List<Span> removedRaw = new ArrayList<>();
        for (Removals.Removal r : removals.merged()) {
            Span s = r.span();
            removedRaw.add(repaired.offsets().toRaw(s));
            int end = s.end();
            if (endsBlock(blocks, end))
                while (end < text.length() && Shapes.isSpace(text.charAt(end)))
                    end++;
            cut.add(new Span(s.start(), end));
        }
        StringBuilder out = new StringBuilder(text.length());
        OffsetMap.Builder map = new OffsetMap.Builder();
        int pos = 0;
        for (Span s : cut) {
            if (s.start() > pos) {
                out.append(text, pos, s.start());
                map.copy(pos, s.start() - pos);
            }
            pos = Math.max(pos, s.end());
        }
        if (pos < text.length()) {
            out.append(text, pos, text.length());
            map.copy(pos, text.length() - pos);
        }
        OffsetMap offsets = map.build().then(repaired.offsets());
        return new CleanText(raw, out.toString(), removedRaw, offsets, title, url, published);
    }

    private static boolean endsBlock(List<Block> blocks, int offset) {
        for (Block b : blocks)
            if (b.span().end() == offset)
                return true;
        return false;
    }

    /** The non-blank lines of {@code text} as blocks, trimmed. */
    static List<Block> lines(String text) {
        List<Block> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            int eol = text.indexOf('\n', i);
            if (eol < 0)
                eol = n;
            int s = i, e = eol;
            while (s < e && Shapes.isSpace(text.charAt(s)))
                s++;
            while (e > s && Shapes.isSpace(text.charAt(e - 1)))
                e--;
            if (e > s)
                out.add(new Block(out.size(), new Span(s, e), text.substring(s, e)));
            i = eol + 1;
        }
        return out;
    }
}

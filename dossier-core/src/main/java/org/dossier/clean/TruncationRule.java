package org.dossier.clean;

import java.util.List;
import org.dossier.model.Span;

/**
 * Drops text cut off mid-sentence. Pages cut teasers of other articles at a fixed length ("... plan to prepare
 * large-scale military training for every adult male in response t"), and scrapers cut the article itself at its end.
 * A block is cut when its last sentence is long enough to be prose (not a headline or bullet title) and does not end
 * where a sentence can end. A cut block inside the article is a teaser and goes whole; the last block of the
 * article loses only its broken sentence, since what precedes it is the article's own text.
 */
final class TruncationRule implements BoilerplateRule {
    private static final int MIN_WORDS = 10;

    @Override
    public void apply(List<Block> blocks, Removals removals) {
        int last = lastKept(blocks, removals);
        for (Block b : blocks) {
            if (removals.isRemoved(b) || b.index() == 0 && Shapes.isHeadlineOrTitle(b.text()))
                continue;
            int unitStart = Shapes.lastSentenceStart(b.text());
            String unit = b.text().substring(unitStart);
            if (Shapes.endsFinished(unit) || Shapes.words(unit) < MIN_WORDS || Shapes.isHeadline(unit))
                continue;
            if (b.index() == last)
                removals.remove(new Span(b.span().start() + unitStart, b.span().end()), "cut off");
            else
                removals.remove(b, "cut-off teaser");
        }
    }

    private static int lastKept(List<Block> blocks, Removals removals) {
        for (int i = blocks.size() - 1; i >= 0; i--)
            if (!removals.isRemoved(blocks.get(i)))
                return blocks.get(i).index();
        return -1;
    }
}

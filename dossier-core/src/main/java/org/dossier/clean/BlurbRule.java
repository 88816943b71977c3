package org.dossier.clean;

import java.util.List;

/**
 * Drops author blurbs and contributor notes ("Jane Doe, the paper's Moscow correspondent, shares her view on ...",
 * "John Roe is a senior fellow at ..."): short third-person descriptions of a writer, listed as patterns in
 * {@code blurbs.txt}.
 */
final class BlurbRule implements BoilerplateRule {
    private static final int MAX_WORDS = 60;
    private final PatternList blurbs;

    BlurbRule(PatternList blurbs) {
        this.blurbs = blurbs;
    }

    @Override
    public void apply(List<Block> blocks, Removals removals) {
        for (Block b : blocks)
            if (Shapes.words(b.text()) <= MAX_WORDS && blurbs.matchesWhole(b.text()))
                removals.remove(b, "author blurb");
    }
}

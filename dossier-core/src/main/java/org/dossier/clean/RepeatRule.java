package org.dossier.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops a block that repeats an earlier one word for word (pages that print a lede or a teaser twice). Very short
 * blocks are left alone: two paragraphs may both say "Yes."
 */
final class RepeatRule implements BoilerplateRule {
    private static final int MIN_WORDS = 3;

    @Override
    public void apply(List<Block> blocks, Removals removals) {
        Set<String> seen = new HashSet<>();
        for (Block b : blocks) {
            if (Shapes.words(b.text()) < MIN_WORDS)
                continue;
            String key = b.text().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
            if (!seen.add(key))
                removals.remove(b, "repeated");
        }
    }
}

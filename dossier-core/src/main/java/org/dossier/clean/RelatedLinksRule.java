package org.dossier.clean;

import java.util.List;

/**
 * Drops blocks of links to other articles: a heading such as "Other Topics of Interest", "Related articles" or
 * "Read more" (listed in {@code related-headings.txt}) together with the link titles around it — the headline-shaped
 * lines directly before and after it.
 */
final class RelatedLinksRule implements BoilerplateRule {
    private final PatternList headings;

    RelatedLinksRule(PatternList headings) {
        this.headings = headings;
    }

    @Override
    public void apply(List<Block> blocks, Removals removals) {
        for (int i = 0; i < blocks.size(); i++) {
            if (!headings.matchesWhole(blocks.get(i).text()))
                continue;
            removals.remove(blocks.get(i), "related links");
            // a link title may stand just before the heading (a teaser strip's first item)
            if (i > 0 && Shapes.isHeadline(blocks.get(i - 1).text()))
                removals.remove(blocks.get(i - 1), "related links");
            for (int j = i + 1; j < blocks.size() && Shapes.isHeadline(blocks.get(j).text()); j++)
                removals.remove(blocks.get(j), "related links");
        }
    }
}

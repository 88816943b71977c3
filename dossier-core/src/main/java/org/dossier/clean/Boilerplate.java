package org.dossier.clean;

import java.util.List;

/**
 * The chain of boilerplate rules, in the order they run: furniture lines first, then link blocks and blurbs, then
 * repeats, and cut-off fragments last, because whether a cut block is the article's last one depends on what the
 * others removed. The pattern lists load once; the chain is immutable and shared by all workers.
 */
public final class Boilerplate {
    private final List<BoilerplateRule> rules;

    public Boilerplate(List<BoilerplateRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The default chain with the bundled pattern lists. */
    public static Boilerplate standard() {
        return new Boilerplate(List.of(
                new WidgetRule(PatternList.load("widgets.txt")),
                new RelatedLinksRule(PatternList.load("related-headings.txt")),
                new BlurbRule(PatternList.load("blurbs.txt")),
                new RepeatRule(),
                new TruncationRule()));
    }

    /** Runs every rule over {@code blocks}, adding to {@code removals}. */
    public void apply(List<Block> blocks, Removals removals) {
        for (BoilerplateRule rule : rules)
            rule.apply(blocks, removals);
    }
}

package org.dossier.clean;

import java.util.List;

/**
 * A chain of boilerplate rules, in the order they run: furniture lines first, then link blocks and blurbs, then
 * repeats, and cut-off fragments last, because whether a cut block is the article's last one depends on what the
 * others removed. The pattern lists load once; a chain is immutable and shared by all workers.
 * <p>
 * Plain text gets the whole chain. A web page gets only the furniture, link and blurb rules: its markup already told
 * the main-content extractor where the article is, and within it a repeated paragraph or an unpunctuated list item
 * is the author's, not the page's.
 */
public final class Boilerplate {
    private final List<BoilerplateRule> rules;

    public Boilerplate(List<BoilerplateRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The chain for plain text, with the bundled pattern lists. */
    public static Boilerplate forText() {
        return new Boilerplate(List.of(
                new WidgetRule(PatternList.load("widgets.txt")),
                new RelatedLinksRule(PatternList.load("related-headings.txt")),
                new BlurbRule(PatternList.load("blurbs.txt")),
                new RepeatRule(),
                new TruncationRule()));
    }

    /** The chain for the main content of a web page. */
    public static Boilerplate forHtml() {
        return new Boilerplate(List.of(
                new WidgetRule(PatternList.load("widgets.txt")),
                new RelatedLinksRule(PatternList.load("related-headings.txt")),
                new BlurbRule(PatternList.load("blurbs.txt"))));
    }

    /** Runs every rule over {@code blocks}, adding to {@code removals}. */
    public void apply(List<Block> blocks, Removals removals) {
        for (BoilerplateRule rule : rules)
            rule.apply(blocks, removals);
    }
}

package org.dossier.clean;

import java.util.List;

/**
 * Drops the furniture of a page that sits in the text as whole lines: comment widgets ("No comments:",
 * "Post a Comment"), share and subscribe prompts, navigation ("Older Post"), copyright lines. The lines are listed in
 * {@code widgets.txt}.
 */
final class WidgetRule implements BoilerplateRule {
    private final PatternList widgets;

    WidgetRule(PatternList widgets) {
        this.widgets = widgets;
    }

    @Override
    public void apply(List<Block> blocks, Removals removals) {
        for (Block b : blocks)
            if (widgets.matchesWhole(b.text()))
                removals.remove(b, "widget");
    }
}

package org.dossier.clean;

import java.util.List;

/**
 * One way of recognizing boilerplate. A rule sees all blocks of an article, with what earlier rules removed, and
 * adds its own removals. Rules keep no state between articles.
 */
@FunctionalInterface
public interface BoilerplateRule {
    void apply(List<Block> blocks, Removals removals);
}

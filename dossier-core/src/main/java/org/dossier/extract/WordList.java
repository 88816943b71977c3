package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A list of words or phrases kept in a resource file next to this class: one entry per line, {@code #} starts a
 * comment, blank lines are skipped. Entries are compared in lower case.
 */
public final class WordList {
    private final Set<String> entries;
    private final int longest;

    private WordList(List<String> entries) {
        this.entries = Set.copyOf(entries);
        this.longest = entries.stream().mapToInt(e -> e.split(" ").length).max().orElse(1);
    }

    /**
     * Loads the resource {@code name}.
     *
     * @throws IllegalStateException naming the resource when it is missing
     */
    public static WordList load(String name) {
        List<String> out = new ArrayList<>();
        for (String[] row : Resources.rows(name, 1))
            out.add(row[0].toLowerCase(Locale.ROOT));
        return new WordList(out);
    }

    public boolean contains(String word) {
        return entries.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The most words an entry has. */
    public int longest() {
        return longest;
    }
}

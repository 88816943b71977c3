package org.dossier.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** Reads the rows of tab-separated resource files; errors name the file and line. */
    static final class Resources {
        private Resources() {
        }

        static List<String[]> rows(String name, int minColumns) {
            try (InputStream in = WordList.class.getResourceAsStream(name)) {
                if (in == null)
                    throw new IllegalStateException("Missing resource " + name);
                List<String[]> rows = new ArrayList<>();
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank() || line.startsWith("#"))
                        continue;
                    String[] cols = line.split("\t", -1);
                    if (cols.length < minColumns)
                        throw new IllegalStateException(name + ":" + n + ": expected " + minColumns + " tab-separated columns, found " + cols.length);
                    for (int i = 0; i < cols.length; i++)
                        cols[i] = cols[i].strip();
                    rows.add(cols);
                }
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read resource " + name, e);
            }
        }
    }
}

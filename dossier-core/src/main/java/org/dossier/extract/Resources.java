package org.dossier.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated data files of the extractors (word lists, gazetteers, trigger tables) kept next to this
 * class: one row per line, {@code #} starts a comment line, blank lines are skipped, cells are trimmed.
 */
public final class Resources {
    private Resources() {
    }

    /**
     * The rows of resource {@code name}.
     *
     * @throws IllegalStateException naming the file and line when it is missing or a row has fewer than
     *                               {@code minColumns} cells
     */
    public static List<String[]> rows(String name, int minColumns) {
        return rows(Resources.class, name, minColumns);
    }

    /** The rows of resource {@code name} next to class {@code anchor}; see {@link #rows(String, int)}. */
    public static List<String[]> rows(Class<?> anchor, String name, int minColumns) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException("Missing resource " + name);
            return rows(in, name, minColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name, e);
        }
    }

    /**
     * The rows of a user's file in the same format (a gazetteer that extends a bundled one).
     *
     * @throws IllegalStateException naming the file when it cannot be read or a row is short
     */
    public static List<String[]> rows(java.nio.file.Path file, int minColumns) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return rows(in, file.toString(), minColumns);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String[]> rows(InputStream in, String name, int minColumns) throws IOException {
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
    }
}

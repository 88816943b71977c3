package org.dossier.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A list of regular expressions kept in a resource file, one per line; blank lines and lines starting with
 * {@code #} are skipped. Patterns are case-insensitive and must match a whole block.
 */
public final class PatternList {
    private final List<Pattern> patterns;

    private PatternList(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /**
     * Loads the resource {@code name} next to this class.
     *
     * @throws IllegalStateException naming the resource and line when it is missing or a pattern is malformed
     */
    public static PatternList load(String name) {
        try (InputStream in = PatternList.class.getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException("Missing resource " + name);
            return read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name, e);
        }
    }

    static PatternList read(String name, InputStream in) throws IOException {
        List<Pattern> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#"))
                continue;
            try {
                out.add(Pattern.compile(s, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(name + ":" + n + ": bad pattern: " + e.getDescription(), e);
            }
        }
        return new PatternList(out);
    }

    /** Whether one of the patterns matches the whole of {@code text}. */
    public boolean matchesWhole(CharSequence text) {
        for (Pattern p : patterns)
            if (p.matcher(text).matches())
                return true;
        return false;
    }

    /** The patterns as one alternation, {@code (?:a|b|...)}, for a caller that embeds them in a larger pattern. */
    public String alternation() {
        StringBuilder b = new StringBuilder("(?:");
        for (int i = 0; i < patterns.size(); i++)
            b.append(i == 0 ? "" : "|").append(patterns.get(i).pattern());
        return b.append(')').toString();
    }
}

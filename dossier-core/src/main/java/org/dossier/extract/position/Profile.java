package org.dossier.extract.position;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proposals of a profile with the cues that signal them, read from a tab-separated text file that a
 * non-programmer can extend (see {@code security-guarantees.tsv} for the format). Immutable and thread-safe.
 */
public final class Profile {
    private static final String STANDARD = "security-guarantees.tsv";

    /** One proposal: its id, what it means and the patterns of its cues. */
    public record Proposal(String id, String description, List<Pattern> cues, List<Pattern> exceptions) {
        public Proposal {
            cues = List.copyOf(cues);
            exceptions = List.copyOf(exceptions);
        }
    }

    /** Where a cue of {@code proposal} matched: offsets into the text searched. */
    record Match(String proposal, int start, int end) {
    }

    private final String name;
    private final List<Proposal> proposals;
    private final List<Pattern> scope;

    private Profile(String name, List<Proposal> proposals, List<Pattern> scope) {
        this.name = name;
        this.proposals = List.copyOf(proposals);
        this.scope = List.copyOf(scope);
    }

    /** The security-guarantees profile bundled with Dossier. */
    public static Profile standard() {
        return Standard.PROFILE;
    }

    private static final class Standard {
        static final Profile PROFILE = loadResource();

        private static Profile loadResource() {
            try (InputStream in = Profile.class.getResourceAsStream(STANDARD)) {
                if (in == null)
                    throw new IllegalStateException("Missing resource " + STANDARD);
                return read(STANDARD, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read resource " + STANDARD, e);
            }
        }
    }

    /**
     * Reads a profile file given by the user.
     *
     * @throws IllegalArgumentException naming the file and line of a bad row
     */
    public static Profile load(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), r);
        }
    }

    static Profile read(String name, BufferedReader r) throws IOException {
        Map<String, String> descriptions = new LinkedHashMap<>();
        Map<String, List<Pattern>> cues = new LinkedHashMap<>();
        Map<String, List<Pattern>> exceptions = new LinkedHashMap<>();
        List<Pattern> scope = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] cols = line.split("\t");
            String where = name + ":" + n;
            if (cols[0].strip().equals("scope") && cols.length == 2) {
                scope.add(Cue.compile(cols[1].strip(), where));
                continue;
            }
            if (cols.length < 3)
                throw new IllegalArgumentException(where + ": expected 3 tab-separated columns (kind, proposal, text), found " + cols.length);
            String kind = cols[0].strip(), id = cols[1].strip(), text = cols[2].strip();
            switch (kind) {
                case "proposal" -> {
                    descriptions.put(id, text);
                    cues.putIfAbsent(id, new ArrayList<>());
                    exceptions.putIfAbsent(id, new ArrayList<>());
                }
                case "cue", "except" -> {
                    if (!descriptions.containsKey(id))
                        throw new IllegalArgumentException(where + ": " + kind + " for unknown proposal '" + id + "' (declare it on a 'proposal' line first)");
                    (kind.equals("cue") ? cues : exceptions).get(id).add(Cue.compile(text, where));
                }
                default -> throw new IllegalArgumentException(where + ": unknown kind '" + kind + "', expected 'proposal', 'cue' or 'except'");
            }
        }
        List<Proposal> out = new ArrayList<>();
        descriptions.forEach((id, d) -> out.add(new Proposal(id, d, cues.get(id), exceptions.get(id))));
        return new Profile(name, out, scope);
    }

    /** Where the profile was read from. */
    public String name() {
        return name;
    }

    /**
     * Whether a document is within the profile's subject: it names one of the {@code scope} words, or the profile
     * has none.
     */
    public boolean inScope(String text) {
        return scope.isEmpty() || scope.stream().anyMatch(p -> p.matcher(text).find());
    }

    public List<Proposal> proposals() {
        return proposals;
    }

    public Optional<Proposal> findProposal(String id) {
        return proposals.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The ids of the proposals whose cues occur in {@code span} of {@code text} (a quote's topics), each once, in the
     * order of their first cue; empty when none does.
     */
    public List<String> topics(String text, org.dossier.model.Span span) {
        return find(text, span.start(), Math.min(span.end(), text.length())).stream().map(Match::proposal).distinct().toList();
    }

    /**
     * The cue matches in {@code text} between {@code from} and {@code to}, at most one per proposal and start offset,
     * in text order; a match that lies inside a longer match of the same proposal, or inside an exception of the
     * proposal, is dropped.
     */
    List<Match> find(String text, int from, int to) {
        List<Match> out = new ArrayList<>();
        for (Proposal p : proposals) {
            List<Match> mine = new ArrayList<>();
            List<int[]> excluded = new ArrayList<>();
            for (Pattern x : p.exceptions()) {
                Matcher m = x.matcher(text).region(from, to).useTransparentBounds(true);
                while (m.find())
                    excluded.add(new int[]{m.start(), m.end()});
            }
            for (Pattern cue : p.cues()) {
                Matcher m = cue.matcher(text).region(from, to).useTransparentBounds(true);
                while (m.find())
                    if (m.end() > m.start() && excluded.stream().noneMatch(x -> x[0] <= m.start() && m.end() <= x[1]))
                        mine.add(new Match(p.id(), m.start(), m.end()));
            }
            mine.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
            int reach = -1;
            for (Match m : mine) {
                if (m.start() < reach)
                    continue;
                out.add(m);
                reach = m.end();
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}

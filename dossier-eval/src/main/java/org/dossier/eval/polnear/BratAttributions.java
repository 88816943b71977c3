package org.dossier.eval.polnear;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Span;

/**
 * Reads the attributions of one PolNeAR brat standoff file.
 * <p>
 * {@code T} lines give spans: {@code Tn<TAB>Type start end[;start end]...<TAB>text}; {@code E} lines tie them
 * together: {@code En<TAB>Attribution:Tx Content:Ty Cue:Tz Source:Tw}, fields in any order, the source missing
 * in {@code Attribution-no-source} events, a field sometimes given twice (two contents, the second written
 * {@code Content2} as brat numbers a repeated role: their pieces are united).
 * An event without content is skipped: there is nothing to match. Offsets count UTF-16 units, which equal brat's
 * code points as the corpus has no supplementary characters; each {@code T} line's text is checked against the
 * article, so a shift would fail loudly rather than score nonsense. A span over several paragraphs keeps its
 * newlines in that text, which then runs on over the following lines of the file.
 */
final class BratAttributions {
    private BratAttributions() {
    }

    /**
     * Parses {@code ann}, the content of file {@code file}, against the article {@code text}.
     *
     * @throws IllegalArgumentException naming the file and line when a line is malformed, refers to an unknown
     *                                  span, or its text differs from the article's
     */
    static List<GoldAttribution> parse(String file, String ann, String text) {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        String[] lines = ann.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String[] cols = line.split("\t");
            if (line.startsWith("T")) {
                if (cols.length < 2)
                    throw bad(file, n, "expected Tn<TAB>Type offsets<TAB>text", line);
                List<Span> pieces = pieces(file, n, cols[1]);
                String expected = cols.length > 2 ? line.substring(line.indexOf('\t', line.indexOf('\t') + 1) + 1) : "";
                // a span across paragraphs writes its newlines as they are: its text goes on over the next lines
                int first = n;
                for (long k = joined(pieces, text).chars().filter(c -> c == '\n').count(); k > 0 && n + 1 < lines.length; k--)
                    expected += "\n" + lines[++n];
                if (!joined(pieces, text).equals(expected))
                    throw bad(file, first, "span text differs from the article's \"" + joined(pieces, text) + "\"", line);
                spans.put(cols[0], pieces);
            } else if (line.startsWith("E")) {
                events.add(new String[]{String.valueOf(n), cols.length > 1 ? cols[1] : ""});
            }
        }
        BitSet inside = QuoteMarks.inside(text);
        List<GoldAttribution> out = new ArrayList<>();
        for (String[] e : events) {
            int n = Integer.parseInt(e[0]);
            List<Span> content = new ArrayList<>(), cue = new ArrayList<>(), source = new ArrayList<>();
            for (String field : e[1].strip().split("\\s+")) {
                int colon = field.indexOf(':');
                if (colon < 0)
                    continue;
                List<Span> target = switch (field.substring(0, colon)) {
                    // brat numbers a role given twice: "Content2" is the second content of a split quote
                    case "Content", "Content2" -> content;
                    case "Cue" -> cue;
                    case "Source" -> source;
                    default -> null;
                };
                if (target == null)
                    continue;
                List<Span> pieces = spans.get(field.substring(colon + 1));
                if (pieces == null)
                    throw bad(file, n, "unknown span " + field.substring(colon + 1), lines[n]);
                target.addAll(pieces);
            }
            if (content.isEmpty())
                continue;
            content.sort(Comparator.naturalOrder());
            out.add(new GoldAttribution(content, hull(cue), hull(source), QuoteMarks.kind(inside, text, content)));
        }
        return out;
    }

    private static List<Span> pieces(String file, int n, String typeAndOffsets) {
        int space = typeAndOffsets.indexOf(' ');
        List<Span> pieces = new ArrayList<>();
        try {
            for (String range : typeAndOffsets.substring(space + 1).split(";")) {
                String[] ends = range.strip().split(" ");
                pieces.add(new Span(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
            }
        } catch (RuntimeException ex) {
            throw bad(file, n, "bad offsets", typeAndOffsets);
        }
        return pieces;
    }

    private static String joined(List<Span> pieces, String text) {
        StringBuilder sb = new StringBuilder();
        for (Span s : pieces) {
            if (s.end() > text.length())
                return "<past the end of the text, " + text.length() + " chars>";
            sb.append(sb.isEmpty() ? "" : " ").append(s.of(text));
        }
        return sb.toString();
    }

    private static Span hull(List<Span> pieces) {
        if (pieces.isEmpty())
            return null;
        int start = pieces.stream().mapToInt(Span::start).min().orElseThrow();
        int end = pieces.stream().mapToInt(Span::end).max().orElseThrow();
        return new Span(start, end);
    }

    private static IllegalArgumentException bad(String file, int line, String why, String content) {
        return new IllegalArgumentException(file + ":" + (line + 1) + ": " + why + ": " + content);
    }
}

package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Span;

/**
 * The sections of a roundup or live page that a dated heading opens: "Key developments on Feb. 26:", "March 3 —",
 * "Updates from Tuesday:". What the lines under such a heading call "today", "tomorrow" or "on Friday" counts from
 * the heading's day, not from the day the page was published: a topic page keeps entries of many days under one
 * publication date.
 * <p>
 * A heading is a line that opens with a day, or with a few words and "on", "from" or "for" before one, and puts a
 * colon (after words) or a colon or dash (after the day alone) right after the day. Its section is the rest of its
 * line where items follow on it ("Key developments on Feb. 26: * …"), else the lines below it up to the next heading.
 */
final class DatedSections {
    /** What may stand before the day on its line: a bullet, and a short lead ending in a preposition. */
    private static final Pattern LEAD = Pattern.compile(
            "[ \\t]*(?:[*•#]+[ \\t]*)?(?:(?<words>[A-Z][\\w’'-]*(?:[ \\t]+[\\w’'-]+){0,3})[ \\t]+(?:on|from|for)[ \\t]+|(?i:on)[ \\t]+)?");
    /** The mark that closes a heading after its day. */
    private static final Pattern MARK = Pattern.compile("[ \\t]*(?<mark>:|—|–|-(?=[ \\t]))");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** A section, the heading's day its lines count from. */
    record Section(Span span, LocalDate day) {
    }

    private DatedSections() {
    }

    /** The dated sections of {@code text}, in text order, found from its expressions {@code timexes} (in text order). */
    static List<Section> of(String text, List<Timex> timexes) {
        List<Span> headings = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        for (Timex t : timexes) {
            if (t.value().length() < 10 || !DAY.matcher(t.value().substring(0, 10)).matches())
                continue;
            int lineStart = text.lastIndexOf('\n', Math.max(0, t.span().start() - 1)) + 1;
            if (t.span().start() == 0)
                lineStart = 0;
            Matcher lead = LEAD.matcher(text).region(lineStart, t.span().start());
            Matcher mark = MARK.matcher(text).region(t.span().end(), text.length());
            if (!lead.matches() || !mark.lookingAt() || lead.group("words") != null && !mark.group("mark").equals(":"))
                continue;
            LocalDate day = Anchor.safe(Integer.parseInt(t.value().substring(0, 4)), Integer.parseInt(t.value().substring(5, 7)),
                    Integer.parseInt(t.value().substring(8, 10)));
            if (day != null) {
                headings.add(new Span(lineStart, mark.end()));
                days.add(day);
            }
        }
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            int start = headings.get(i).end();
            int lineEnd = text.indexOf('\n', start);
            if (lineEnd < 0)
                lineEnd = text.length();
            boolean runIn = !text.substring(start, lineEnd).isBlank();
            int end = runIn ? lineEnd : i + 1 < headings.size() ? headings.get(i + 1).start() : text.length();
            if (end > start)
                out.add(new Section(new Span(start, end), days.get(i)));
        }
        return out;
    }
}

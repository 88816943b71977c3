package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.model.DateValue;
import org.dossier.model.Span;

/**
 * Which temporal expressions can tell when words were said. An expression that names a span's bound, a deadline or
 * a planned day ("till March 15", "from tomorrow", "a ruling by Wednesday", {@code bound-words.txt}), one that "the"
 * makes part of a noun ("the March 15 programme", "the 2011 raid"), one that lies after the
 * document's date (words already reported were said by then), and one inside words that another cue reports ("…,
 * adding that the meeting on March 9 would decide", "who said the closure on Thursday hurt trade") dates something
 * else; {@link CueDates} then looks further for the date of the saying.
 */
final class SayingTimes {
    /** A bound word, then the expression. */
    private static final Pattern BOUND_BEFORE = Pattern.compile(
            "(?i)\\b(?:" + TimeWords.alternation(TimeWords.INSTANCE.boundWords, false) + ")\\s+$");
    /**
     * "the" right before the expression: it modifies the noun after it, an event the reader knows ("the 2011 raid",
     * "the March 15 programme"). After "a" it is mostly the occasion of the words ("in a March 2016 meeting with
     * the board, she said", "a 2014 study found"), which dates them.
     */
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");

    /** "At" or "During" opening a sentence or clause, then the expression: the occasion that frames the clause. */
    private static final Pattern OCCASION_OPENING = Pattern.compile("(?i)^\\s*(?:at|during)\\s+$");

    private final String text;
    private final LocalDate published;
    private final List<Span> reported;

    /**
     * @param published the document's date; may be null, and then no expression is too late
     * @param reported  the spans of every quote and reported clause of the document
     */
    SayingTimes(String text, LocalDate published, List<Span> reported) {
        this.text = text;
        this.published = published;
        this.reported = List.copyOf(reported);
    }

    /**
     * Whether {@code t} may date words said by the cue at {@code cue}: it names no bound or planned day, modifies no
     * noun, does not lie after the document's date, and stands in no words reported by another cue (words whose
     * span holds {@code cue} itself are the frame of a cue inside them and count as its clause).
     */
    boolean mayDate(Timex t, Span cue) {
        String before = text.substring(Math.max(0, t.span().start() - 12), t.span().start());
        if (BOUND_BEFORE.matcher(before).find() || THE_BEFORE.matcher(before).find() || later(t))
            return false;
        for (Span r : reported)
            if (r.contains(t.span()) && (cue == null || !r.contains(cue)))
                return false;
        return true;
    }

    /**
     * Whether the possessive {@code t} opens {@code region} after "At" or "During" and so names the occasion of its
     * words: "At Monday's debate, she cited his remarks", "during tuesday''s briefing, the spokesman said". A
     * possessive elsewhere names a thing ("hailed Thursday's summit") and dates no cue.
     */
    boolean occasion(Timex t, Span region) {
        return t.span().start() >= region.start()
                && OCCASION_OPENING.matcher(text.substring(region.start(), t.span().start())).find();
    }

    /** Whether {@code t} begins after the document's date. */
    private boolean later(Timex t) {
        if (published == null)
            return false;
        DateValue v = t.toDateValue("text");
        String first = v.value().split("/")[0];
        try {
            LocalDate start = switch (first.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(first), 1, 1);
                case 7 -> LocalDate.parse(first + "-01");
                default -> LocalDate.parse(first.substring(0, 10));
            };
            return start.isAfter(published);
        } catch (RuntimeException e) {
            // a value CalendarDates accepts but that names no first day here: nothing to compare
            return false;
        }
    }
}

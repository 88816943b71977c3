package org.dossier.resolve;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.time.Timex;
import org.dossier.extract.time.Timexes;
import org.dossier.model.Span;

/**
 * An expression of an undated article that places an occasion relative to the article's own day, in a sentence that
 * names the occasion: "today", "yesterday", "tomorrow", a weekday ("on Thursday", "last Thursday", "next Friday") or
 * a week ("next week"). Given the calendar day another article gives the occasion, {@link #window} says on which days
 * this article can have been written for the expression to name that day. It reads the expression's sentence again
 * with each candidate day as the article's date, by the tagger's own rules (a weekday in a past clause is the one on
 * or before the article's day, in a future clause the one on or after it, "last Thursday" the one before it; a week
 * is an ISO week), so that the date inferred and the dates then given to the article's facts cannot disagree.
 */
final class RelativeAnchor {
    /** How many days either side of the occasion the article's day is looked for: "last"/"next" weekdays and weeks reach 13. */
    static final int REACH = 14;
    private static final Set<String> DAYS = Set.of("today", "tonight", "this morning", "this afternoon", "this evening",
            "yesterday", "tomorrow");

    /** Words that make a weekday after them part of a day's name. */
    private static final Set<String> DAY_NAMES = Set.of("Super", "Black", "Good", "Ash", "Easter", "Palm", "Cyber",
            "Holy", "Bloody", "Maundy", "Shrove", "Fat", "Giving");

    /**
     * The kinds of expression, with the names an occasion they match must share with this one's sentence. A weekday
     * or a week recurs every week, and so does a candidate's rally or a party's debate: on PolNeAR's training articles
     * (a year of campaign news) weekdays and weeks matched by one shared name gave a window without the
     * article's day in 11 of 17 cases.
     */
    enum Kind {
        /** "today", "yesterday", "tomorrow": one day off the article's. */
        DAY(1),
        /** A weekday, with or without "last", "next", "this". */
        WEEKDAY(2),
        /** "this week", "last week", "next week". */
        WEEK(2);

        final int namesNeeded;

        Kind(int namesNeeded) {
            this.namesNeeded = namesNeeded;
        }
    }

    final Kind kind;
    final String sentence;
    /** The expression, offsets into {@link #sentence}. */
    final Span expression;
    /** The names next to an occasion word of the sentence ({@link SharedEventDates#occasionNames}). */
    final Set<String> names;
    private final Map<LocalDate, DayWindow> windows = new HashMap<>();

    private RelativeAnchor(Kind kind, String sentence, Span expression, Set<String> names) {
        this.kind = kind;
        this.sentence = sentence;
        this.expression = expression;
        this.names = names;
    }

    /**
     * The anchors of {@code text}. A day word may stand anywhere in a sentence that names an occasion; a weekday or a
     * week must stand within {@value SharedEventDates#NEAR} words of the occasion word, since a report names a weekday
     * for nearly every statement it quotes ("said on Thursday"), and a day word far more rarely.
     */
    static List<RelativeAnchor> find(String text) {
        List<RelativeAnchor> found = new ArrayList<>();
        for (Timex t : Timexes.find(text, null)) {
            Kind kind = kind(t);
            if (kind == null)
                continue;
            Span bounds = SharedEventDates.sentence(text, t.span());
            String sentence = bounds.of(text);
            Span expression = new Span(t.span().start() - bounds.start(), t.span().end() - bounds.start());
            if (quoted(sentence, expression) || namedDay(sentence, expression))
                continue;
            Set<String> names = SharedEventDates.occasionNames(sentence, kind == Kind.DAY ? null : expression);
            if (!names.isEmpty())
                found.add(new RelativeAnchor(kind, sentence, expression, names));
        }
        return found;
    }

    /**
     * Whether {@code expression} stands inside a quotation of {@code sentence}: a speaker's "today" is the day they
     * spoke, which may lie weeks before the article ("'There is today,' he said in an interview").
     */
    static boolean quoted(String sentence, Span expression) {
        // a quotation opened in an earlier sentence: a closing mark comes before any opening one
        for (int i = expression.end(); i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '“' || c == '`')
                break;
            if (c == '”' || c == '\'' && i + 1 < sentence.length() && sentence.charAt(i + 1) == '\'')
                return true;
        }
        boolean open = false;
        for (int i = 0; i < expression.start(); i++) {
            char c = sentence.charAt(i);
            if (c == '"')
                open = !open;
            else if (c == '“' || c == '`' && i + 1 < sentence.length() && sentence.charAt(i + 1) == '`')
                open = true;
            else if (c == '”' || c == '\'' && i + 1 < sentence.length() && sentence.charAt(i + 1) == '\'')
                open = false;
        }
        return open;
    }

    /**
     * Whether the weekday at {@code expression} is part of a day's name ("Super Tuesday", "Black Friday", "Ash
     * Wednesday"), which names a day of the calendar, not the weekday nearest the article.
     */
    static boolean namedDay(String text, Span expression) {
        int end = expression.start();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1)))
            end--;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1)))
            start--;
        return start < end && DAY_NAMES.contains(text.substring(start, end));
    }

    private static Kind kind(Timex t) {
        if (!t.type().equals("DATE") && !t.type().equals("TIME"))
            return null;
        String words = t.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (DAYS.contains(words))
            return Kind.DAY;
        if (t.value().matches("XXXX-WXX-[1-7]"))
            return Kind.WEEKDAY;
        if (t.value().equals("XXXX-WXX") && words.matches("(?:this|last|next|past|coming) week"))
            return Kind.WEEK;
        return null;
    }

    /**
     * The days on which an article saying this names {@code occasion}: for "yesterday" the day after, for "on Thursday"
     * in a past clause the Thursday and the six days after, for "next week" the seven days of the week before;
     * {@link DayWindow#isEmpty() empty} where it cannot name that day (a Thursday is no Friday).
     */
    DayWindow window(LocalDate occasion) {
        return windows.computeIfAbsent(occasion, this::read);
    }

    private DayWindow read(LocalDate occasion) {
        LocalDate first = null;
        LocalDate last = null;
        for (int off = -REACH; off <= REACH; off++) {
            LocalDate day = occasion.plusDays(off);
            for (Timex t : Timexes.find(sentence, day))
                if (t.span().equals(expression) && names(t.value(), occasion)) {
                    if (first == null)
                        first = day;
                    last = day;
                }
        }
        if (first == null)
            return new DayWindow(occasion, occasion.minusDays(1));
        // the tagger's weeks run Monday to Sunday (ISO, as TimeML writes them); American news counts from Sunday, so
        // "this week" written on a Sunday may be the week that starts that day: the Sunday before is allowed too
        return new DayWindow(kind == Kind.WEEK ? first.minusDays(1) : first, last);
    }

    /** Whether a value the expression takes names the day {@code occasion}: that day, a time on it, or its week. */
    private boolean names(String value, LocalDate occasion) {
        if (kind == Kind.WEEK)
            return value.equals(String.format("%d-W%02d", occasion.get(IsoFields.WEEK_BASED_YEAR),
                    occasion.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        return value.startsWith(occasion.toString());
    }
}

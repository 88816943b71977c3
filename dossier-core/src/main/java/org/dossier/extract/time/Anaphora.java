package org.dossier.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Span;

/**
 * Expressions that count from a time the text has just named, not from the document date: "that year", "the same
 * day", "the following month", "the previous Friday", "later that day", "the next morning". TimeML anchors them to
 * that time (its {@code anchorTimeID}): after "in June 1998", "later that year" is 1998, and after "in March",
 * "the following month" is April, whenever the article appeared. The anchor is the nearest date before the expression
 * that is fine enough for its unit (a day for "that day", a quarter or a finer date for "that quarter"); where the
 * text names none, it is the document date.
 * <p>
 * An offset with "earlier" or "later" ("a day earlier", "two weeks later", "a year after that") counts the same way,
 * but only from a date named before it in its own sentence: "briefed partners on Friday about a meeting a day
 * earlier" means Thursday. With no date before it in the sentence, "a year earlier" keeps counting from the document
 * date and "three days later" stays the span of time TimeML makes it (its gold anchors both so).
 */
final class Anaphora {
    /** The shapes, with their extent; {@code WEEKDAY} is expanded from the word lists. */
    static final String TEMPLATE = "\\b(?i:(?:(?:later|earlier)\\s+)?(?<dir>that(?:\\s+same)?|the\\s+same|the\\s+following|the\\s+previous|the\\s+preceding|the\\s+next(?=\\s+(?:day|morning|afternoon|evening|night)\\b))"
            + "\\s+(?<unit>day|morning|afternoon|evening|night|week|month|year|quarter|(?-i:WEEKDAY))"
            // "the same month a year ago": that month of the year before
            + "(?:\\s+(?<back>a\\s+year\\s+(?:ago|earlier|before)|last\\s+year|the\\s+year\\s+before))?)(?![\\w-])"
            // "day laborers", "day care", "day trading": a noun the unit modifies, not a time
            + "(?!\\s+(?i:care|trad|labou?r|jobs?\\b|school|trips?\\b|pass))";
    private static final Pattern PHRASE = Pattern.compile(TimeWords.INSTANCE.expand(TEMPLATE));
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})(?!\\d)");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4}-W\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?![\\dX])");
    /** An amount of days, weeks, months or years: the text of an offset ("a day earlier") or of its span ("two days"). */
    private static final Pattern OFFSET = Pattern.compile(TimeWords.INSTANCE.expand(
            "(?i:(?<n>NUM)[\\s-]+(?<unit>day|week|month|year)s?(?:\\s+(?<dir>earlier))?)"));
    /** What may follow a span of time to make it an offset back or forward from a time named before. */
    private static final Pattern DIRECTION = Pattern.compile(
            "\\s+(?i:(?<later>later|afterwards?|after\\s+that)|(?<earlier>before\\s+that))\\b");

    private Anaphora() {
    }

    /** The value of a match of {@link #TEMPLATE}, counted from the document date; {@link #resolve} re-counts it from the text. */
    static Timex read(Matcher m, Scan s) {
        String value = yearBack(m, value(m.group("dir"), m.group("unit"), s.anchor.known() ? s.anchor.dct().toString() : null));
        return value == null ? null : s.make(m, "DATE", value);
    }

    /**
     * {@code found}, in text order, with each anaphoric expression valued from the nearest date before it that is fine
     * enough for its unit; an expression with no such date keeps the value counted from the document date.
     */
    static List<Timex> resolve(List<Timex> found, Scan scan) {
        List<Timex> out = new ArrayList<>(found.size());
        for (Timex t : found) {
            Matcher m = PHRASE.matcher(t.text());
            Timex offset = offset(t, out, scan);
            if (offset != null)
                t = offset;
            else if (m.matches()) {
                String anchor = anchorFor(m.group("unit"), out);
                String value = anchor == null ? null : yearBack(m, value(m.group("dir"), m.group("unit"), anchor));
                if (value != null)
                    t = new Timex(t.span(), t.text(), "DATE", value, Anchor.granularity(value));
            }
            out.add(t);
        }
        return out;
    }

    /**
     * {@code t} re-counted from the nearest date before it in its sentence, where it is an offset ("a day earlier", or
     * "two weeks" followed by "later"); null where it is none or its sentence names no date fine enough to count from.
     */
    private static Timex offset(Timex t, List<Timex> before, Scan scan) {
        Matcher m = OFFSET.matcher(t.text());
        if (!m.matches())
            return null;
        int sign;
        Span extent = t.span();
        if (m.group("dir") != null && t.type().equals("DATE"))
            sign = -1;
        else if (m.group("dir") == null && t.type().equals("DURATION")) {
            Matcher d = DIRECTION.matcher(scan.text).region(t.span().end(), scan.text.length());
            if (!d.lookingAt())
                return null;
            sign = d.group("later") != null ? 1 : -1;
            extent = new Span(t.span().start(), d.end());
        } else
            return null;
        String n = TimeWords.lookup(scan.words.numbers, m.group("n"));
        String count = n != null ? n : m.group("n");
        if (!count.matches("\\d+"))
            return null;
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        Span sentence = scan.sentenceOrLine(t.span());
        for (int i = before.size() - 1; i >= 0; i--) {
            Timex a = before.get(i);
            if (a.span().start() < sentence.start())
                break;
            if (!a.type().equals("DATE") && !a.type().equals("TIME") || !fineEnough(unit, a.value()))
                continue;
            String value = shifted(a.value(), unit, sign * Integer.parseInt(count));
            if (value != null)
                return scan.make(extent, "DATE", value);
        }
        return null;
    }

    /** {@code anchor} moved {@code shift} {@code unit}s: a day for days and weeks, a month for months, the same grain for years. */
    private static String shifted(String anchor, String unit, int shift) {
        LocalDate date = day(anchor);
        return switch (unit) {
            case "day" -> date == null ? null : date.plusDays(shift).toString();
            case "week" -> date == null ? null : date.plusWeeks(shift).toString();
            case "month" -> monthShifted(anchor, shift);
            default -> (Integer.parseInt(anchor.substring(0, 4)) + shift) + anchor.substring(4);
        };
    }

    /** The day a value names ("2025-03-06", "2025-03-06TEV"), or null where it names none. */
    private static LocalDate day(String value) {
        Matcher d = DAY.matcher(value);
        return d.find() ? Anchor.safe(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3))) : null;
    }

    /** The month {@code value} names moved {@code shift} months, as a value; null where it names no month. */
    private static String monthShifted(String value, int shift) {
        Matcher mo = MONTH.matcher(value);
        if (!mo.find() || mo.group(2).equals("XX"))
            return null;
        return Anchor.month(LocalDate.of(Integer.parseInt(mo.group(1)), Integer.parseInt(mo.group(2)), 1).plusMonths(shift));
    }

    /** {@code value} a year earlier where the phrase ends in "a year ago", "last year" or "the year before". */
    private static String yearBack(Matcher m, String value) {
        if (value == null || m.group("back") == null || !value.matches("\\d{4}.*"))
            return value;
        return (Integer.parseInt(value.substring(0, 4)) - 1) + value.substring(4);
    }

    /** The value of the nearest date before, in {@code before}, that a phrase of {@code unit} can count from; null if none. */
    private static String anchorFor(String unit, List<Timex> before) {
        String u = unit.toLowerCase(Locale.ROOT);
        for (int pass = 0; pass < 2; pass++)
            for (int i = before.size() - 1; i >= 0; i--) {
                Timex t = before.get(i);
                if (!t.type().equals("DATE") && !t.type().equals("TIME"))
                    continue;
                String v = t.value();
                // a quarter or week counts first from one named as such ("that quarter" after "the second quarter ended
                // Oct. 31"), then from any date inside one
                boolean exact = switch (u) {
                    case "quarter" -> QUARTER.matcher(v).find();
                    case "week" -> WEEK.matcher(v).find();
                    default -> false;
                };
                if (pass == 0 ? exact : fineEnough(u, v))
                    return v;
            }
        return null;
    }

    private static boolean fineEnough(String unit, String v) {
        return switch (unit) {
            case "year" -> YEAR.matcher(v).find();
            case "month", "quarter" -> MONTH.matcher(v).find() && !v.substring(5, 7).equals("XX");
            // "that same day" after "last October" is a day of that month, YYYY-MM-XX
            default -> DAY.matcher(v).find() || MONTH.matcher(v).find() && !v.substring(5, 7).equals("XX");
        };
    }

    /**
     * The value of "{@code dir} {@code unit}" counted from {@code anchor} (a TimeML value), or null where it cannot be
     * counted from it: "the following" is one unit after, "the previous"/"the preceding" one before, "that" and "the
     * same" the anchor's own; a weekday is the one after or before the anchor's day.
     */
    static String value(String dir, String unit, String anchor) {
        String u = unit.toLowerCase(Locale.ROOT);
        String d = dir.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (d.startsWith("that"))
            d = "that";
        int shift = switch (d) {
            case "the following", "the next" -> 1;
            case "the previous", "the preceding" -> -1;
            default -> 0;
        };
        if (anchor == null)
            return switch (u) {
                case "year" -> "XXXX";
                case "month" -> "XXXX-XX";
                case "week" -> "XXXX-WXX";
                case "quarter" -> "XXXX-QX";
                default -> "XXXX-XX-XX";
            };
        LocalDate date = day(anchor);
        String weekday = TimeWords.lookup(TimeWords.INSTANCE.weekdays, unit);
        if (weekday != null) {
            if (date == null || shift == 0)
                return null;
            DayOfWeek dow = DayOfWeek.of(Integer.parseInt(weekday));
            return date.with(shift > 0 ? TemporalAdjusters.next(dow) : TemporalAdjusters.previous(dow)).toString();
        }
        switch (u) {
            case "year": {
                Matcher y = YEAR.matcher(anchor);
                return y.find() ? String.valueOf(Integer.parseInt(y.group(1)) + shift) : null;
            }
            case "month":
                return monthShifted(anchor, shift);
            case "quarter": {
                Matcher q = QUARTER.matcher(anchor);
                Matcher mo = MONTH.matcher(anchor);
                LocalDate first = q.find() ? LocalDate.of(Integer.parseInt(q.group(1)), 3 * Integer.parseInt(q.group(2)) - 2, 1)
                        : mo.find() && !mo.group(2).equals("XX") ? LocalDate.of(Integer.parseInt(mo.group(1)), Integer.parseInt(mo.group(2)), 1) : null;
                return first == null ? null : Anchor.quarter(first.plusMonths(3L * shift));
            }
            case "week": {
                Matcher w = WEEK.matcher(anchor);
                if (w.find())
                    date = LocalDate.parse(w.group(1) + "-1", java.time.format.DateTimeFormatter.ISO_WEEK_DATE);
                return date == null ? null : Anchor.week(date.plusWeeks(shift));
            }
            default: {
                if (date != null)
                    return date.plusDays(shift).toString();
                Matcher mo = MONTH.matcher(anchor);
                return shift == 0 && mo.find() && !mo.group(2).equals("XX") ? mo.group() + "-XX" : null;
            }
        }
    }
}

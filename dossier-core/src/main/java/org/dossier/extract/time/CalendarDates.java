package org.dossier.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.DateValue;

/**
 * Turns a TimeML value into a fact's date on the calendar (FACTS.md): a day {@code 2025-03-06} (a clock time keeps
 * its day), a month {@code 2025-03}, a year {@code 2025}, and every other period of the calendar — ISO weeks
 * ({@code 2025-W10}), weekends ({@code 2025-W09-WE}), quarters ({@code 2025-Q1}), halves ({@code 2025-H2}), seasons
 * ({@code 2025-SU}) and spans of days ({@code 2025-03-03/2025-03-05}) — as the ISO 8601 interval of its first and last
 * day, {@code 2025-03-03/2025-03-09}, granularity {@code range}. TimeML's week and quarter codes are no calendar
 * values: a reader, a sort or a comparison with another date cannot place them without this arithmetic.
 * <p>
 * The interval is written start first, as ISO 8601 writes it, and this matters beyond the standard: facts' dates are
 * compared by prefix (the scorer's and {@code EventMatcher}'s "agree at the coarser granularity"), so a week that lies
 * within March, {@code 2025-03-10/2025-03-16}, agrees with a date given as {@code 2025-03} or {@code 2025} and sorts
 * among March's days. A week across two months agrees with the month it starts in only. Seasons follow the
 * meteorological calendar that {@link Periods#season} assumes: spring March–May, summer June–August, autumn
 * September–November, and the winter of a year runs from its December to the end of the next February.
 */
final class CalendarDates {
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T.*)?");
    private static final Pattern DAYS = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})(-WE)?");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");

    private CalendarDates() {
    }

    /**
     * The calendar date of TimeML value {@code value}, with {@code source}; empty for a value that names no fully known
     * period of the calendar finer than a decade (durations, {@code PRESENT_REF}, {@code XXXX-03}, {@code 198}).
     */
    static Optional<DateValue> of(String value, String source) {
        if (value.matches("\\d{4}"))
            return Optional.of(new DateValue(value, "year", source));
        if (value.matches("\\d{4}-\\d{2}"))
            return Optional.of(new DateValue(value, "month", source));
        Matcher m = DAY.matcher(value);
        if (m.matches())
            return Optional.of(new DateValue(m.group(1), "day", source));
        m = DAYS.matcher(value);
        if (m.matches())
            return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)), source);
        m = WEEK.matcher(value);
        if (m.matches()) {
            LocalDate monday = week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (monday == null)
                return Optional.empty();
            return m.group(3) == null ? range(monday, monday.plusDays(6), source) : range(monday.plusDays(5), monday.plusDays(6), source);
        }
        m = PART.matcher(value);
        if (m.matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), firstMonth(m.group(2)), 1);
            LocalDate last = first.plusMonths(m.group(2).startsWith("H") ? 6 : 3).minusDays(1);
            return range(first, last, source);
        }
        return Optional.empty();
    }

    private static Optional<DateValue> range(LocalDate first, LocalDate last, String source) {
        return last.isBefore(first) ? Optional.empty() : Optional.of(new DateValue(first + "/" + last, "range", source));
    }

    /** The Monday of ISO week {@code week} of {@code year}, or null where that year has no such week. */
    private static LocalDate week(int year, int week) {
        LocalDate jan4 = LocalDate.of(year, 1, 4); // in week 1 by ISO 8601's definition
        if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum())
            return null;
        return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static int firstMonth(String part) {
        return switch (part) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            case "WI" -> 12;
            case "H2" -> 7;
            case "H1" -> 1;
            default -> 3 * (part.charAt(1) - '1') + 1; // Q1..Q4
        };
    }
}

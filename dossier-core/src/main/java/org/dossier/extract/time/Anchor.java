package org.dossier.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The document date that relative and partial expressions are resolved against, and the calendar arithmetic they
 * need. A partial date goes to the year that puts it nearest the document date, unless the clause's tense points the
 * other way by more than {@value #TENSE_SLACK_DAYS} days: a past-tense "Dec. 18" in March is last December, a
 * future-tense "Jan. 10" in November is next January, while a past-tense "March 22" in a page dated March 20 stays
 * in this March (the page date is more likely off by days than the event by a year).
 *
 * @param dct the document creation time; null when unknown, and every relative value then has X's
 */
record Anchor(LocalDate dct) {
    static final int TENSE_SLACK_DAYS = 60;

    boolean known() {
        return dct != null;
    }

    /** The date of {@code month}/{@code day} in the year the tense and nearness choose. */
    LocalDate monthDay(int month, int day, Tense tense) {
        LocalDate best = null;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            LocalDate d = safe(y, month, day);
            if (d != null && (best == null || distance(d) < distance(best)))
                best = d;
        }
        if (best == null)
            return null;
        long off = ChronoUnit.DAYS.between(dct, best);
        if (tense == Tense.PAST && off > TENSE_SLACK_DAYS)
            best = safe(best.getYear() - 1, month, day);
        else if (tense == Tense.FUTURE && off < -TENSE_SLACK_DAYS)
            best = safe(best.getYear() + 1, month, day);
        return best;
    }

    /** The year of a month named without one ("in March"): the document's, unless the tense puts it months away on its side. */
    int yearOfMonth(int month, Tense tense, String modifier) {
        int diff = month - dct.getMonthValue();
        int year = dct.getYear();
        if ("last".equals(modifier))
            return diff < 0 ? year : year - 1;
        if ("next".equals(modifier))
            return diff > 0 ? year : year + 1;
        if ("this".equals(modifier))
            return year;
        // without a tense that says otherwise, news means the month of the document's year unless it lies more than
        // seven months away (January seen from November is next year's, November seen from March last year's);
        // TempEval-3's and MEANTIME's gold agree
        if (tense == Tense.PAST && diff > 1 || tense != Tense.FUTURE && diff > 7)
            return year - 1;
        if (tense == Tense.FUTURE && diff < -1 || tense != Tense.PAST && diff < -7)
            return year + 1;
        return year;
    }

    /** The date of a weekday: after the document date in a future clause, else on or before it. */
    LocalDate weekday(int isoDay, String modifier, Tense tense) {
        DayOfWeek dow = DayOfWeek.of(isoDay);
        if ("last".equals(modifier) || "past".equals(modifier))
            return dct.with(TemporalAdjusters.previous(dow));
        if ("next".equals(modifier) || "coming".equals(modifier))
            return dct.with(TemporalAdjusters.next(dow));
        LocalDate before = dct.with(TemporalAdjusters.previousOrSame(dow));
        LocalDate after = dct.with(TemporalAdjusters.nextOrSame(dow));
        if (tense == Tense.PAST)
            return before;
        if (tense == Tense.FUTURE)
            return after; // "will meet on Monday" written on a Monday is that day (TempEval-3, MEANTIME)
        // news reports what happened: a weekday in a clause that does not point ahead is this week's past one
        // (TimeBank/AQUAINT: 139 weekdays before the document date, 132 on it, 15 after)
        return before;
    }

    static String week(LocalDate d) {
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(LocalDate d) {
        return String.format("%d-%02d", d.getYear(), d.getMonthValue());
    }

    static String quarter(LocalDate d) {
        return d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
    }

    /**
     * The TimeML value of the period of {@code unit} ({@code D}, {@code W}, {@code WE}, {@code M}, {@code Q},
     * {@code Y}, {@code DE}, {@code CE}) that lies {@code shift} such periods from the document date.
     */
    String period(String unit, int shift) {
        return switch (unit) {
            case "D" -> dct.plusDays(shift).toString();
            case "W" -> week(dct.plusWeeks(shift));
            case "WE" -> week(dct.plusWeeks(shift)) + "-WE";
            case "M" -> month(dct.plusMonths(shift));
            case "Q" -> quarter(dct.plusMonths(3L * shift));
            case "Y" -> String.valueOf(dct.getYear() + shift);
            case "DE" -> String.valueOf((dct.getYear() + 10 * shift) / 10);
            case "CE" -> String.valueOf((dct.getYear() + 100 * shift) / 100);
            default -> null;
        };
    }

    /** The period as unknown as the document date leaves it. */
    static String unknownPeriod(String unit) {
        return switch (unit) {
            case "D" -> "XXXX-XX-XX";
            case "W", "WE" -> "XXXX-WXX";
            case "M" -> "XXXX-XX";
            case "Q" -> "XXXX-QX";
            default -> "XXXX";
        };
    }

    static String granularity(String value) {
        if (value.contains("/") || value.contains("W") || value.contains("Q") || value.contains("H")
                || value.matches("\\d{4}-(SP|SU|FA|WI)") || value.matches("\\d{1,3}X?"))
            return "range";
        if (value.matches("\\d{4}"))
            return "year";
        if (value.matches("\\d{4}-\\d{2}"))
            return "month";
        if (value.matches("\\d{4}-\\d{2}-\\d{2}.*"))
            return "day";
        return null;
    }

    private long distance(LocalDate d) {
        return Math.abs(ChronoUnit.DAYS.between(dct, d));
    }

    static LocalDate safe(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}

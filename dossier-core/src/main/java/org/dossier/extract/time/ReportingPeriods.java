package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-reads expressions that point back at the reporting period a text last named. Business news compares a quarter
 * with the same quarter of the year before: "Net income for the third quarter rose to $5 million from $4 million a
 * year earlier" means the third quarter of last year, not last year; "the quarter" and "the year-ago period" after
 * "the third quarter" mean that quarter; "the 1988 quarter" and "last year's period" (valued {@code YYYY-QX}) mean
 * the named quarter's number in that year. Where no quarter or half has been named before, the expressions keep the
 * value their rule gave.
 */
final class ReportingPeriods {
    /** A period of a year: {@code 2030-Q3}, {@code 2030-H1}. */
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})-([QH]\\d)");
    /** The same period a year before: "a year earlier", "a year ago", "the year-ago quarter", "the year-earlier period". */
    private static final Pattern YEAR_BEFORE = Pattern.compile(
            "(?:(?:a|one) year (?:ago|earlier)|(?:the )?(?:comparable )?year[- ](?:ago|earlier)(?: (?:quarter|period))?)", Pattern.CASE_INSENSITIVE);
    /** The period itself: "the quarter", "the latest quarter", "the period". */
    private static final Pattern SAME = Pattern.compile("the (?:latest |fiscal |latest fiscal )?(?:quarter|period)", Pattern.CASE_INSENSITIVE);

    private ReportingPeriods() {
    }

    /**
     * {@code found}, in text order, with the expressions that refer back to a named quarter or half re-valued. Only
     * a period that has ended by the document date counts as reported on: results are reported for closed periods,
     * and "the fourth quarter" in an October article is an outlook.
     *
     * @param dct the document date; may be null
     */
    static List<Timex> resolve(List<Timex> found, LocalDate dct) {
        List<Timex> out = new ArrayList<>(found.size());
        Matcher last = null;
        for (Timex t : found) {
            Matcher p = PERIOD.matcher(t.value());
            String words = t.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (last != null && t.type().equals("DATE") && YEAR_BEFORE.matcher(words).matches())
                t = revalue(t, (Integer.parseInt(last.group(1)) - 1) + "-" + last.group(2));
            else if (last != null && t.type().equals("DATE") && SAME.matcher(words).matches())
                t = revalue(t, last.group());
            else if (last != null && t.type().equals("DATE") && t.value().matches("\\d{4}-QX") && last.group(2).startsWith("Q"))
                t = revalue(t, t.value().substring(0, 5) + last.group(2));
            // a period named outright; one this pass filled in is a reference back, not a new period
            if (p.matches() && !YEAR_BEFORE.matcher(words).matches() && !SAME.matcher(words).matches() && ended(p, dct))
                last = p;
            out.add(t);
        }
        return out;
    }

    private static boolean ended(Matcher period, LocalDate dct) {
        if (dct == null)
            return true;
        int year = Integer.parseInt(period.group(1));
        int n = period.group(2).charAt(1) - '0';
        int months = period.group(2).charAt(0) == 'Q' ? 3 : 6;
        return LocalDate.of(year, 1, 1).plusMonths((long) months * n).isBefore(dct.plusDays(1));
    }

    private static Timex revalue(Timex t, String value) {
        return new Timex(t.span(), t.text(), t.type(), value, "range");
    }
}

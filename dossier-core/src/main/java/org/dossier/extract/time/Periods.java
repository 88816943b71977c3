package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The normalizations of named periods of the calendar that the rules share: quarters and halves, seasons, the
 * weekend, holidays, and years said in words. Split from {@link Scan}, which keeps the general ones (days, months,
 * durations, clock times); each method reads one match in one scan.
 */
final class Periods {
    private Periods() {
    }

    /** "the third quarter", "the first half of 2030", "the final quarter of last year": the year by tense where unnamed. */
    static Timex quarter(Matcher m, Scan s) {
        String ord = m.group("ord").toLowerCase(Locale.ROOT).replaceAll("^(\\d)(st|nd|rd|th)$", "$1");
        boolean half = m.group("unit").equalsIgnoreCase("half");
        int q = ord.equals("final") ? (half ? 2 : 4) : ord.matches("\\d") ? Integer.parseInt(ord) : Integer.parseInt(s.words.ordinals.get(ord));
        if (half && q > 2)
            return null;
        String letter = half ? "H" : "Q";
        String named = m.group("y") != null ? m.group("y") : m.group("y0");
        if (named != null)
            return s.make(m, "DATE", named + "-" + letter + q);
        if (m.group("rel") != null) {
            if (!s.anchor.known())
                return s.make(m, "DATE", "XXXX-" + letter + q);
            int shift = switch (m.group("rel").toLowerCase(Locale.ROOT)) { case "last" -> -1; case "next" -> 1; default -> 0; };
            return s.make(m, "DATE", (s.anchor.dct().getYear() + shift) + "-" + letter + q);
        }
        if (!s.anchor.known())
            return s.make(m, "DATE", "XXXX-" + letter + q);
        LocalDate dct = s.anchor.dct();
        int current = half ? (dct.getMonthValue() + 5) / 6 : (dct.getMonthValue() + 2) / 3;
        Tense t = s.tense(m);
        int year = dct.getYear();
        if (q > current && t != Tense.FUTURE)
            year--;
        return s.make(m, "DATE", year + "-" + letter + q);
    }

    /** "this year's third quarter", "the 1988 quarter", "the same period last year": {@code YYYY-QX} without an ordinal. */
    static Timex quarterOfYear(Matcher m, Scan s) {
        String year;
        if (m.group("y") != null)
            year = m.group("y");
        else if (!s.anchor.known())
            year = "XXXX";
        else {
            int shift = m.group("ago") != null ? -1 : switch (m.group("mod").toLowerCase(Locale.ROOT)) {
                case "last" -> -1; case "next" -> 1; default -> 0;
            };
            year = String.valueOf(s.anchor.dct().getYear() + shift);
        }
        String ord = m.group("ord") == null ? null : s.words.ordinals.get(m.group("ord").toLowerCase(Locale.ROOT));
        return s.make(m, "DATE", year + "-Q" + (ord == null ? "X" : ord));
    }

    /** "year-end", "the end of the month": the document's year or month. */
    static Timex end(Matcher m, Scan s) {
        boolean month = "month".equalsIgnoreCase(m.group("unit")) || "month".equalsIgnoreCase(m.group("unit2"));
        if (!s.anchor.known())
            return s.make(m, "DATE", month ? "XXXX-XX" : "XXXX");
        return s.make(m, "DATE", month ? Anchor.month(s.anchor.dct()) : String.valueOf(s.anchor.dct().getYear()));
    }

    /** The year of "nineteen ninety-six", "eighteen twenty", "the year two thousand and one". */
    static int spokenYear(TimeWords words, String phrase) {
        String[] w = phrase.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").replace(" and ", " ").split(" ");
        if (w[0].equals("the"))
            return 2000 + (w.length > 4 ? Integer.parseInt(TimeWords.lookup(words.numbers, w[4])) : 0);
        int year = (w[0].equals("nineteen") ? 1900 : 1800) + Integer.parseInt(TimeWords.lookup(words.numbers, w[1]));
        return year + (w.length > 2 ? Integer.parseInt(TimeWords.lookup(words.numbers, w[2])) : 0);
    }

    /** "the summer", "this past spring", "the winter of 1994". */
    static Timex season(Matcher m, Scan s) {
        String code = TimeWords.lookup(s.words.seasons, m.group("s"));
        if (m.group("y") != null || m.group("spoken") != null)
            return s.make(m, "DATE", (m.group("y") != null ? m.group("y") : String.valueOf(spokenYear(s.words, m.group("spoken")))) + "-" + code);
        if (!s.anchor.known())
            return s.make(m, "DATE", "XXXX-" + code);
        Tense t = m.group("past") != null ? Tense.PAST : s.tense(m);
        int year = s.anchor.dct().getYear();
        int start = switch (code) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
        // "the summer" in a past clause is the last summer begun, in a future one the next to come, else this year's
        if (t == Tense.PAST && start > s.anchor.dct().getMonthValue())
            year--;
        else if (t == Tense.FUTURE && start + 2 < s.anchor.dct().getMonthValue())
            year++;
        return s.make(m, "DATE", year + "-" + code);
    }

    /** "the weekend": the last one, or this week's where the document date falls on it or the clause points ahead. */
    static Timex weekend(Matcher m, Scan s) {
        if (!s.anchor.known())
            return s.make(m, "DATE", "XXXX-WXX-WE");
        LocalDate dct = s.anchor.dct();
        boolean onIt = dct.getDayOfWeek().getValue() >= 6;
        boolean ahead = s.clauseTense(m) == Tense.FUTURE;
        return s.make(m, "DATE", Anchor.week(onIt || ahead ? dct : dct.minusWeeks(1)) + "-WE");
    }

    /** A holiday of {@code holidays.tsv}, in the year its tense (or "last"/"next") chooses. */
    static Timex holiday(Matcher m, Scan s) {
        String[] h = s.words.holidays.get(m.group("h").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('’', '\''));
        if (h == null)
            return null;
        int month = Integer.parseInt(h[0]), day = Integer.parseInt(h[1]);
        boolean floating = !h[2].equals("-");
        if (!s.anchor.known())
            return s.make(m, "DATE", floating ? String.format("XXXX-%02d-XX", month) : String.format("XXXX-%02d-%02d", month, day));
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        Tense t = mod.equals("last") ? Tense.PAST : mod.equals("next") ? Tense.FUTURE : s.tense(m);
        LocalDate d = s.anchor.monthDay(month, day, t);
        if (d == null)
            return null;
        if (floating)
            d = d.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.of(Integer.parseInt(h[2]))));
        return s.make(m, "DATE", d.toString());
    }
}

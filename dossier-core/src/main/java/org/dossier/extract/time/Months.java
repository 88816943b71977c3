package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalizations of month names that the rules share: a month alone, a month with its year, the week of a day.
 * Split from {@link Rule}, which keeps the patterns; each method reads one match in one scan.
 */
final class Months {
    /** A capitalized word right after: the month name before it is a first name. */
    private static final Pattern NAME_AFTER = Pattern.compile(" [A-Z][a-z]+");

    private Months() {
    }

    /**
     * "in March", "last May": the year the tense or modifier chooses. A short name is a month only after a
     * preposition or modifier, and never before a capitalized word without its period: "of Jan Kavan", "to May Chen"
     * name people.
     */
    static Timex alone(Matcher m, Scan s) {
        String name = m.group("month").replace(".", "");
        String key = name.toLowerCase(Locale.ROOT);
        boolean shortName = name.length() <= 3 || key.equals("may");
        if (m.group("prep") == null && m.group("mod") == null && (shortName || key.equals("march")))
            return null;
        if (shortName && !m.group("month").endsWith(".") && NAME_AFTER.matcher(s.text).region(m.end(), s.text.length()).lookingAt())
            return null;
        int month = Integer.parseInt(TimeWords.lookup(s.words.months, name));
        if (!s.anchor.known())
            return s.date(m, String.format("XXXX-%02d", month));
        String mod = m.group("mod") == null ? null : m.group("mod").toLowerCase(Locale.ROOT);
        return s.date(m, String.format("%d-%02d", s.anchor.yearOfMonth(month, s.dateTense(m), mod), month));
    }

    /** "June 2030", "early October this year", "April next year": the year named, or counted from the document's. */
    static Timex ofYear(Matcher m, Scan s) {
        int month = Integer.parseInt(TimeWords.lookup(s.words.months, m.group("month")));
        if (m.group("spoken") != null)
            return s.date(m, String.format("%d-%02d", Periods.spokenYear(s.words, m.group("spoken")), month));
        if (m.group("rel") == null)
            return s.date(m, String.format("%s-%02d", m.group("y"), month));
        if (!s.anchor.known())
            return s.date(m, String.format("XXXX-%02d", month));
        int shift = switch (m.group("rel").toLowerCase(Locale.ROOT)) { case "last" -> -1; case "next" -> 1; default -> 0; };
        return s.date(m, String.format("%d-%02d", s.anchor.dct().getYear() + shift, month));
    }

    /** "the week of March 6": the ISO week that holds the day, as TimeML values a week. */
    static Timex weekOf(Matcher m, Scan s) {
        Timex day = s.monthDay(m, TimeWords.lookup(s.words.months, m.group("month")), Integer.parseInt(m.group("d")), null, m.group("y"));
        if (day == null)
            return null;
        return s.date(m, day.value().contains("X") ? "XXXX-WXX" : Anchor.week(LocalDate.parse(day.value())));
    }
}

package org.dossier.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date of a machine-written timestamp: ISO 8601 ({@code 2015-03-04},
 * {@code 2015-03-04T23:30:00-05:00}), its compact form ({@code 20150304}) and RFC 1123 (HTTP, RSS). The date is
 * the one written, in the writer's time zone, because that is the day the publisher means; converting to UTC would
 * move late-evening articles to the next day.
 */
public final class DateStamp {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:$|T)");

    private DateStamp() {
    }

    /**
     * The date {@code stamp} states.
     *
     * @param stamp a timestamp, may be null
     * @return the date, or empty when {@code stamp} is null, blank or not in one of the forms above
     */
    public static Optional<LocalDate> parse(String stamp) {
        if (stamp == null)
            return Optional.empty();
        String s = stamp.strip();
        Matcher m = ISO.matcher(s);
        if (m.lookingAt())
            return date(m);
        m = COMPACT.matcher(s);
        if (m.lookingAt())
            return date(m);
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

package org.dossier.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days, first and last included, that an article's date may be on by some piece of evidence; either end null
 * where the evidence leaves that side open.
 */
record DayWindow(LocalDate first, LocalDate last) {
    /** No evidence: every day. */
    static final DayWindow ANY = new DayWindow(null, null);

    /** The days both windows allow; {@link #isEmpty() empty} where they exclude each other. */
    DayWindow and(DayWindow other) {
        return new DayWindow(later(first, other.first), earlier(last, other.last));
    }

    /** The smallest window that holds both: the article is on a day one of them allows. */
    DayWindow hull(DayWindow other) {
        return new DayWindow(first == null || other.first == null ? null : earlier(first, other.first),
                last == null || other.last == null ? null : later(last, other.last));
    }

    boolean isEmpty() {
        return first != null && last != null && last.isBefore(first);
    }

    /** Whether the window leaves exactly one day. */
    boolean isOneDay() {
        return first != null && first.equals(last);
    }

    @Override
    public String toString() {
        if (isOneDay())
            return first.toString();
        return (first == null ? ".." : first.toString()) + "/" + (last == null ? ".." : last.toString())
                + (first != null && last != null && !isEmpty() ? " (" + (ChronoUnit.DAYS.between(first, last) + 1) + " days)" : "");
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}

package org.dossier.model;

import java.util.Objects;

/**
 * A normalized date on the calendar, with its granularity and how it was obtained: a day {@code 2025-03-06}, a month
 * {@code 2025-03}, a year {@code 2025}, or a period of days (a week, weekend, quarter, season) as the ISO 8601 interval
 * of its first and last day, {@code 2025-03-03/2025-03-09}. Never a TimeML code such as {@code 2025-W10}: a value
 * compared by prefix places a period by its first day.
 *
 * @param value       the normalized value
 * @param granularity {@code day}, {@code month}, {@code year} or {@code range}
 * @param source      {@code text}, {@code published} or {@code inferred}
 */
public record DateValue(String value, String granularity, String source) {
    public DateValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(granularity, "granularity");
    }
}

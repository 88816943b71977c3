package org.dossier.extract.time;

import java.util.Objects;
import org.dossier.model.DateValue;
import org.dossier.model.Span;

/**
 * A temporal expression of a text, normalized as TimeML does.
 *
 * @param span        where it is, offsets into the text it was found in
 * @param text        the words, as written
 * @param type        {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value       the TimeML value ({@code 2025-03-06}, {@code 2025-W10}, {@code P3Y}, {@code PAST_REF}); an
 *                    {@code X} stands for what the text and the document date leave unknown ({@code XXXX-03-06})
 * @param granularity for dates and times: {@code day}, {@code month}, {@code year} or {@code range} (weeks, quarters,
 *                    seasons, spans of days); null for durations, sets and vague references
 */
public record Timex(Span span, String text, String type, String value, String granularity) {
    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Whether it names a point or period of the calendar that is fully known (no {@code X}, no vague reference) and
     * finer than a decade ({@code 198}, {@code 19} are too wide to date a statement): one that {@link CalendarDates}
     * can write as a fact's date.
     */
    public boolean isCalendarDate() {
        return (type.equals("DATE") || type.equals("TIME")) && granularity != null
                && CalendarDates.of(value, null).isPresent();
    }

    /**
     * This expression as a fact's date, with {@code source} ({@code text} or {@code published}): its day, month or year,
     * or for a week, weekend, quarter, half, season or span of days the ISO 8601 interval of its first and last day
     * ({@code 2025-W10} becomes {@code 2025-03-03/2025-03-09}, granularity {@code range}); see {@link CalendarDates}.
     * The TimeML value stays in {@link #value()}.
     *
     * @throws IllegalStateException when it is no {@linkplain #isCalendarDate() calendar date}
     */
    public DateValue toDateValue(String source) {
        if (!isCalendarDate())
            throw new IllegalStateException("Not a calendar date: " + this);
        return CalendarDates.of(value, source).orElseThrow();
    }
}

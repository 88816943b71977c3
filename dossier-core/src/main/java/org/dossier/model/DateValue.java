package org.dossier.model;

import java.util.Objects;

/**
 * A normalized date: a TimeML-style value ({@code 2025-03-06}, {@code 2025-03}, {@code 2025}) with its granularity and
 * how it was obtained.
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

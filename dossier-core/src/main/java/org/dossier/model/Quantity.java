package org.dossier.model;

/**
 * An amount as stated, normalized: {@code two billion euros} becomes 2000000000 EUR.
 *
 * @param amount null for vague amounts ("hundreds of drones")
 * @param unit   an ISO 4217 currency code, or a count noun such as {@code soldiers}
 * @param bound  {@code min} for "more than", {@code max} for "up to", else null
 */
public record Quantity(Double amount, String unit, String what, String bound) {
}

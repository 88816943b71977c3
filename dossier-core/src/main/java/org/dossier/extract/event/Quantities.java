package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Quantity;
import org.dossier.model.Span;

/**
 * Finds amounts in a sentence and normalizes them: money with its ISO currency ("two billion euros" → 2000000000
 * EUR, "$90 billion", "€2bn", "£1.6bn"), counts with their unit ("3,000 soldiers", "more than 10,000 soldiers" with
 * bound min, "at least 14 people"), and vague amounts kept as words with no number ("hundreds of drones").
 */
public final class Quantities {
    /** An amount found at {@code span}. */
    public record Found(Span span, Quantity quantity) {
    }

    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1.0), Map.entry("an", 1.0), Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0),
            Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
            Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
            Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
            Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("hundred", 100.0), Map.entry("dozen", 12.0));
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "k", 1e3, "million", 1e6, "m", 1e6,
            "mn", 1e6, "billion", 1e9, "bn", 1e9, "b", 1e9, "trillion", 1e12, "tn", 1e12);
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"),
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("hryvnia", "UAH"), Map.entry("hryvnias", "UAH"),
            Map.entry("hryvnias.", "UAH"), Map.entry("ruble", "RUB"), Map.entry("rubles", "RUB"), Map.entry("roubles", "RUB"),
            Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("kroner", "DKK"), Map.entry("zloty", "PLN"),
            Map.entry("francs", "CHF"), Map.entry("usd", "USD"), Map.entry("eur", "EUR"), Map.entry("gbp", "GBP"));

    private static final String BOUND = "(?<bound>more than|over|at least|nearly|almost|about|around|roughly|some|up to|fewer than|less than|under|as many as|as few as)\\s+";
    private static final String NUMBER = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|" + String.join("|", NUMBER_WORDS.keySet()) + ")";
    private static final String SCALE = "(?:\\s*(?<scale>thousand|million|billion|trillion|bn|mn|tn|k|m|b)\\b)?";
    private static final Pattern MONEY_SYMBOL = Pattern.compile("(?i)(?:" + BOUND + ")?(?<cur>US\\$|\\$|€|£|¥)\\s?" + NUMBER + SCALE);
    private static final Pattern MONEY_WORD = Pattern.compile("(?i)(?:" + BOUND + ")?\\b" + NUMBER + SCALE
            + "\\s+(?<cur>dollars?|euros?|pounds?|hryvnias?|rubles?|roubles?|yen|yuan|kroner|zloty|francs|USD|EUR|GBP)\\b");
    /** A count is written in figures or number words; "a"/"an" count nothing before a plural. */
    private static final String COUNT_NUMBER = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|"
            + String.join("|", NUMBER_WORDS.keySet().stream().filter(w -> !w.equals("a") && !w.equals("an")).toList()) + ")";
    private static final Pattern COUNT = Pattern.compile("(?i)(?:" + BOUND + ")?(?:an? )?(?:additional |further )?\\b" + COUNT_NUMBER + SCALE
            + "\\s+(?:(?:more|additional|new|further|other|(?-i:\\p{Lu}[\\w-]*(?: \\p{Lu}[\\w-]*)?))\\s+){0,2}(?<unit>soldiers|troops|fighters|people|civilians|"
            + "children|drones|missiles|rockets|shells|tanks|aircraft|jets|warplanes|prisoners|refugees|casualties|deaths|dead|"
            + "wounded|injured|servicemen|mercenaries|personnel|weapons|guns|rounds|vehicles|ships)\\b");
    private static final Pattern VAGUE = Pattern.compile("(?i)\\b(?<amount>hundreds|thousands|tens of thousands|hundreds of thousands|millions|billions|dozens|scores)"
            + " of (?:(?:more|new)\\s+)?(?<unit>[a-z]+(?: and [a-z]+)?)");

    private Quantities() {
    }

    /** Every amount in {@code text}, in order; {@code offset} is added to the spans. */
    public static List<Found> find(String text, int offset) {
        List<Found> out = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        for (Pattern p : List.of(MONEY_SYMBOL, MONEY_WORD)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Double n = number(m.group("num"), m.group("scale"));
                String cur = CURRENCIES.get(m.group("cur").toLowerCase(Locale.ROOT));
                if (n == null || cur == null || overlaps(taken, m.start(), m.end()))
                    continue;
                taken.add(new Span(m.start(), m.end()));
                out.add(new Found(new Span(offset + m.start(), offset + m.end()), new Quantity(n, cur, null, bound(m.group("bound")))));
            }
        }
        Matcher m = COUNT.matcher(text);
        while (m.find()) {
            Double n = number(m.group("num"), m.group("scale"));
            if (n == null || overlaps(taken, m.start(), m.end()) || isYear(m.group("num"), m.group("scale")))
                continue;
            taken.add(new Span(m.start(), m.end()));
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            out.add(new Found(new Span(offset + m.start(), offset + m.end()), new Quantity(n, unit, null, bound(m.group("bound")))));
        }
        m = VAGUE.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end()))
                continue;
            taken.add(new Span(m.start(), m.end()));
            out.add(new Found(new Span(offset + m.start(), offset + m.end()),
                    new Quantity(null, null, m.group("unit").toLowerCase(Locale.ROOT) + " (" + m.group("amount").toLowerCase(Locale.ROOT) + ")", null)));
        }
        out.sort(java.util.Comparator.comparing(Found::span));
        return out;
    }

    private static boolean isYear(String num, String scale) {
        return scale == null && num.matches("(19|20)\\d\\d");
    }

    private static Double number(String num, String scale) {
        String n = num.toLowerCase(Locale.ROOT);
        Double v = NUMBER_WORDS.get(n);
        if (v == null) {
            try {
                v = Double.parseDouble(n.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (scale != null)
            v *= SCALES.get(scale.toLowerCase(Locale.ROOT));
        return v;
    }

    private static String bound(String b) {
        if (b == null)
            return null;
        return switch (b.toLowerCase(Locale.ROOT)) {
            case "more than", "over", "at least", "as many as" -> "min";
            case "up to", "fewer than", "less than", "under", "as few as" -> "max";
            default -> "approx";
        };
    }

    private static boolean overlaps(List<Span> taken, int s, int e) {
        for (Span t : taken)
            if (t.start() < e && s < t.end())
                return true;
        return false;
    }
}

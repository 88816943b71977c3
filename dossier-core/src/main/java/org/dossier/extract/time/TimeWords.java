package org.dossier.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of time kept in resource files next to this class: month and weekday names, number words, units, and
 * the cues that tell a clause's tense. Loaded once; keys are lower case.
 */
final class TimeWords {
    /** A number written as tens and a digit: "twenty-four", "thirty five". */
    private static final Pattern COMPOUND = Pattern.compile("(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -](one|two|three|four|five|six|seven|eight|nine)");
    static final TimeWords INSTANCE = new TimeWords();

    final Map<String, String> months = table("months.tsv");
    final Map<String, String> weekdays = table("weekdays.tsv");
    final Map<String, String> numbers = table("numbers.tsv");
    final Map<String, String> ordinals = table("ordinals.tsv");
    final Map<String, String> seasons = table("seasons.tsv");
    /** Holiday names to {month, day, weekday or "-"}: the day itself, or the first such weekday on or after it. */
    final Map<String, String[]> holidays = new LinkedHashMap<>();
    /** Singular and plural unit names to the TimeML unit letter. */
    final Map<String, String> units = new LinkedHashMap<>();
    /** Unit letters that count time of day (hours, minutes, seconds), written after a {@code T}. */
    final java.util.Set<String> timeUnits = new java.util.HashSet<>();
    /** Future cues to the pattern the next word must match, or null where any word may follow. */
    final Map<String, java.util.regex.Pattern> futureCues = new LinkedHashMap<>();
    final java.util.Set<String> pastCues = table("past-cues.txt").keySet();
    final java.util.Set<String> notPast = table("not-past.txt").keySet();
    /**
     * Words before a date that make it a deadline or an effective date, on or after the document date, each with
     * {@code always} or {@code unless-past} (see {@link Scan}).
     */
    final Map<String, String> deadlineCues = table("deadline-cues.txt");
    /** Words before an expression that make it a bound, a deadline or a planned day ({@link SayingTimes}). */
    final java.util.Set<String> boundWords = table("bound-words.txt").keySet();

    private TimeWords() {
        table("future-cues.txt").forEach((cue, next) ->
                futureCues.put(cue, next.isEmpty() ? null : java.util.regex.Pattern.compile(next, java.util.regex.Pattern.CASE_INSENSITIVE)));
        for (String[] row : rows("holidays.tsv", 4))
            holidays.put(row[0].toLowerCase(Locale.ROOT), new String[] {row[1], row[2], row[3]});
        for (String[] row : rows("units.tsv", 4)) {
            units.put(row[0], row[2]);
            units.put(row[1], row[2]);
            if (row[3].equals("T"))
                timeUnits.add(row[0]);
        }
    }

    /**
     * {@code template} with its placeholders replaced by regex alternations of the word lists: {@code MONTH} (full
     * names, abbreviations with an optional period; capitalized or in lower case), {@code WEEKDAY}, {@code NUM} (digits or number
     * words), {@code UNIT}, {@code ORDINAL}, {@code HOLIDAY}, and {@code SPOKEN} (a year in words).
     */
    String expand(String template) {
        java.util.Set<String> full = new java.util.HashSet<>();
        java.util.Set<String> numbersSeen = new java.util.HashSet<>();
        months.forEach((name, number) -> {
            if (numbersSeen.add(number))
                full.add(name);
        });
        String month = "(?:" + alternation(full, true) + "|(?:" + alternation(
                months.keySet().stream().filter(k -> !full.contains(k)).toList(), true) + ")\\b\\.?)(?![\\w])";
        String weekday = "(?:" + alternation(weekdays.keySet().stream().filter(k -> k.endsWith("day")).toList(), true) + ")";
        // "twenty-four", "thirty five": tens and a digit, which lookup adds up
        String num = "(?:\\d+(?:\\.\\d+)?|(?:TENS)[\\s-](?:DIGIT)\\b|" + alternation(numbers.keySet(), false) + ")";
        String unit = "(?:" + alternation(units.keySet(), false) + ")";
        String spoken = "(?i:(?:nineteen|eighteen)[\\s-]+(?:TENS)(?:[\\s-]+(?:DIGIT))?"
                + "|the\\s+year\\s+two\\s+thousand(?:(?:\\s+and)?[\\s-]+(?:DIGIT))?)";
        return template.replace("MONTH", month).replace("WEEKDAY", weekday).replace("NUM", num).replace("UNIT", unit)
                .replace("SPOKEN", spoken).replace("HOLIDAY", "(?i:" + alternation(holidays.keySet(), false) + ")")
                .replace("ORDINAL", alternation(ordinals.keySet(), false))
                .replace("TENS", "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
                .replace("DIGIT", "one|two|three|four|five|six|seven|eight|nine");
    }

    /**
     * A regex alternation of the keys, longest first, as written in text: when {@code capital}, each capitalized or
     * in lower case (whether a lower-case name counts is {@link LowerCaseNames}'s to say).
     */
    static String alternation(java.util.Collection<String> keys, boolean capital) {
        return keys.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(k -> capital ? capitalOrLower(k) : Pattern.quote(k).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    /** {@code key} (one word) as a pattern of its capitalized and its lower-case form: "may" as {@code [Mm]\Qay\E}. */
    private static String capitalOrLower(String key) {
        return "[" + Character.toUpperCase(key.charAt(0)) + key.charAt(0) + "]" + Pattern.quote(key.substring(1));
    }

    /** The value of {@code word} in {@code table}, ignoring case and a trailing period; null when absent. */
    static String lookup(Map<String, String> table, String word) {
        if (word == null)
            return null;
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.endsWith("."))
            w = w.substring(0, w.length() - 1);
        String found = table.get(w);
        java.util.regex.Matcher compound = COMPOUND.matcher(w);
        if (found == null && compound.matches() && table.containsKey(compound.group(1)) && table.containsKey(compound.group(2)))
            return String.valueOf(Integer.parseInt(table.get(compound.group(1))) + Integer.parseInt(table.get(compound.group(2))));
        return found;
    }

    private static Map<String, String> table(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : rows(name, 1))
            out.put(row[0].toLowerCase(Locale.ROOT), row.length > 1 ? row[1] : "");
        return out;
    }

    private static List<String[]> rows(String name, int minColumns) {
        return org.dossier.extract.Resources.rows(TimeWords.class, name, minColumns);
    }
}

package org.dossier.clean;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date that an article states about itself at its top: a dateline or a byline date such as
 * {@code date 2025-03-08}, {@code Published 8 March 2025}, {@code Updated: March 8, 2025},
 * {@code This story is from March 10, 2002}. Only the first lines are read, so that dates of the story itself are not
 * taken for the article's. Datelines without a year ({@code March 8 (Reuters) -}) and lines that hold nothing but a
 * date in any form need the dates module and are read there ({@code PublicationDates}). The words that open a
 * dateline are data, in {@code dateline-cues.txt}.
 */
public final class Dateline {
    private static final int HEAD = 400;
    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String CUE = "(?:^|\\n)\\s*" + PatternList.load("dateline-cues.txt").alternation() + "\\s*:?\\s*";
    private static final Pattern ISO = Pattern.compile(CUE + "(\\d{4})-(\\d{2})-(\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(CUE + "(?:\\w+day,? )?(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(CUE + "(?:\\w+day,? )?" + MONTH + " (\\d{1,2}),? (\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    /** An ISO date opening the text, as scrapers and archives print it. */
    private static final Pattern LEADING_ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private Dateline() {
    }

    /** The date the head of {@code text} states for the article, if any. */
    public static Optional<LocalDate> find(String text) {
        return locate(text).map(Stated::date);
    }

    /** A date the article states for itself, and where: the span runs from the cue ("date", "Published") to the date. */
    public record Stated(LocalDate date, org.dossier.model.Span span) {
    }

    /**
     * The dateline of {@code text}, if any: what {@link #find} reads, with its place, so that later stages can tell
     * the article's own date from the dates of what it reports.
     */
    public static Optional<Stated> locate(String text) {
        String head = text.substring(0, Math.min(HEAD, text.length()));
        Matcher m = ISO.matcher(head);
        if (m.find())
            return stated(m, m.group(1), m.group(2), m.group(3));
        m = LEADING_ISO.matcher(head);
        if (m.find())
            return stated(m, m.group(1), m.group(2), m.group(3));
        m = DAY_MONTH_YEAR.matcher(head);
        if (m.find())
            return stated(m, m.group(3), month(m.group(2)), m.group(1));
        m = MONTH_DAY_YEAR.matcher(head);
        if (m.find())
            return stated(m, m.group(3), month(m.group(1)), m.group(2));
        return Optional.empty();
    }

    private static Optional<Stated> stated(Matcher m, String year, String month, String day) {
        return date(year, month, day).map(d -> new Stated(d, new org.dossier.model.Span(m.start(), m.end())));
    }

    private static String month(String name) {
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < months.length; i++)
            if (months[i].equals(key))
                return String.valueOf(i + 1);
        throw new IllegalArgumentException("Not a month: " + name);
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}

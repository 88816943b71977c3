package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Span;

/**
 * Infers the publication date (DCT) of an article that does not state it, from the dates the text gives and the
 * conventions of news writing. The rules, in the order they apply:
 * <ol start="0">
 * <li><b>Date line.</b> One of the first three lines holds nothing but a full date ("March 01, 2008"): that is the
 * date.</li>
 * <li><b>Year.</b> The latest year the text names outside a future clause ("in 2024", "March 3, 2025"); where the
 * text names none, the latest year named in the page around it (teasers and other furniture are contemporary).
 * Without a year nothing is inferred, nor where the text tells of a later year in the past tense (the year found is
 * then background, not the article's). A date written with its year ("Oct. 2, 2029") names a year, but is no
 * statement or announcement below: news writes the year of a date only when it is not the article's own.</li>
 * <li><b>Dateline without a year.</b> {@code KYIV, March 8 (Reuters) -} at the head of the text gives month and
 * day.</li>
 * <li><b>Statements bound from below.</b> A statement dated by the calendar ("Costa said on Feb. 27") was made
 * before the article: a report of the same day says "today" or names the weekday. The day after the latest such
 * date is the earliest the article can be.</li>
 * <li><b>Announced events bound from above.</b> An event in a future clause ("the summit on March 27 will bring
 * together") lies after the article: the day before the earliest is the latest it can be.</li>
 * <li><b>A dated statement is needed, and the bounds must close in.</b> Without a dated statement nothing is
 * inferred: an announcement lies days or weeks ahead of the article (the lead right before its only announced event
 * was wrong on all 13 such TempEval-3 and MEANTIME texts, year given). With both bounds, they may leave at most
 * {@value #MAX_WINDOW} days open, first and last included; a wider window is no better than none.</li>
 * <li><b>The lead is the news.</b> The first line that dates anything reports what is newest; the article is as close
 * to that date as the bounds allow: right after a statement it dates, right before an event it announces. Without
 * a dated lead, the earliest date the bounds allow. Where the bounds would move the lead's date by more than
 * {@value #LEAD_REACH} day, the lead is not the news (a recap, an old event the article looks back on) and the
 * bounds alone leave the day open: nothing is inferred.</li>
 * </ol>
 * Offsets are into the text given; only dates with month and day count (a month alone says too little).
 */
public final class PublicationDates {
    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /**
     * {@code KYIV, March 8 (Reuters) -}, {@code March 8 (AP) —}, {@code WASHINGTON, March 8 -}; wire copy typed on
     * ASCII keyboards doubles the dash or uses an underscore ({@code BRUSSELS, December 2 (Xinhua) --}).
     */
    private static final Pattern YEARLESS_DATELINE = Pattern.compile(
            "^\\s*(?:[A-Z][A-Za-z.' ]{1,40},\\s*)?" + MONTH + "\\s+(\\d{1,2})\\s*(?:\\([A-Za-z .]{1,20}\\)\\s*)?(?:--|[-–—_])\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATEMENT_VERB = Pattern.compile(
            "\\b(?:said|says|told|tells|wrote|writes|announced|announces|stated|added|reported|declared|posted|tweeted"
                    + "|confirmed|warned|urged|noted|insisted|argued|claimed|acknowledged|explained|replied|testified)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A statement verb and the date it is made on, a few words apart with no clause between: "said on Feb. 27", "told
     * Reuters on March 3", "said in an interview with a broadcaster on Jan. 10". A comma or a verb of its own between
     * them makes the date another's ("declared a dividend, payable Dec. 15", "said it is calling a vote on Dec. 7").
     */
    private static final Pattern VERB_BEFORE = Pattern.compile(STATEMENT_VERB.pattern()
            + "((?:\\s+[^\\s,;:.!?]+){0,6}?)\\s+(?:on\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** A date opening its sentence, before the statement verb of that sentence: "On March 5, Blair said". */
    private static final Pattern OPENS_SENTENCE = Pattern.compile("(?:^|[.!?][\"”’]?\\s+)\\s*(?:on\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERB_AFTER = Pattern.compile("^,?(?:\\s+[^\\s,;:.!?]+){0,6}?\\s+" + STATEMENT_VERB.pattern(),
            Pattern.CASE_INSENSITIVE);
    /** Words between a statement verb and a date that open a clause of their own, so that the date is not the statement's. */
    private static final Pattern OWN_CLAUSE = Pattern.compile(
            "(?i)\\b(?:[a-z]+ing|is|are|was|were|will|would|to|that|has|have|had|be|been|ended|ending|due|payable|effective|by|until)\\b");
    /** Words before a year that put it ahead: "by 2030", "until 2027". */
    private static final Pattern AHEAD = Pattern.compile("\\b(?:by|until|till|through|before|to)\\s*$", Pattern.CASE_INSENSITIVE);
    /** Words before a year that make it history the article looks back on: "since 2019", "from 2019 to 2021". */
    private static final Pattern HISTORY = Pattern.compile("\\b(?:since|from|between|between\\s+\\d{4}\\s+and|dating\\s+to|dating\\s+from)\\s*$", Pattern.CASE_INSENSITIVE);
    /** A determiner or a possessive right before a date: "the", "a", "an", "its", "Obama's". */
    private static final Pattern ATTRIBUTIVE_BEFORE = Pattern.compile("(?:\\b(?i:the|a|an|its|his|her|their|our|this|that)|['’]s)\\s+$");
    /** A word right after a date, the noun or adjective it modifies ("attacks", "GOP"), not a conjunction. */
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(?!(?i:and|or|to|through|till|until)\\b)\\p{L}[\\p{L}-]*");
    /** A relative clause in the past right after a year: "in 1988, when profits were lower". */
    private static final Pattern WHEN_AFTER = Pattern.compile("^,?\\s+when\\b");
    /** How many non-empty lines from the top a date line may stand on (headline, kicker, date). */
    private static final int DATE_LINE_WITHIN = 3;
    /**
     * How many days the bounds may move the lead's date: a lead reports a statement of the day before ("said on
     * Monday", printed Tuesday) or announces an event of the next day. Farther, the lead and the bounds disagree.
     */
    static final int LEAD_REACH = 1;
    /**
     * The most days, first and last included, that a dated statement and an announced event may leave open: within a
     * week news names days by the weekday, so a live page that dates its statements and its coming events by the
     * calendar closes in on its day.
     */
    static final int MAX_WINDOW = 7;
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-.*)?");

    private PublicationDates() {
    }

    /** An inferred publication date and the rule that gave it, in words. */
    public record Inference(LocalDate date, String reason) {
    }

    /** What a dated mention says about the article's date. */
    enum Role {
        /** A statement dated by the calendar: the article comes after it. */
        STATEMENT,
        /** An event in a future clause: the article comes before it. */
        ANNOUNCED,
        /** Any other dated mention: it only helps place the lead. */
        OTHER
    }

    /** A date with month and day that the text gives, with its line. */
    record Mention(Span span, int month, int day, Integer year, Role role, int line) {
    }

    /**
     * The publication date that {@code text} supports, if any.
     *
     * @param page the whole page the text was cleaned from (teasers and other furniture included), read for the year
     *             when the text names none; may be null
     */
    public static Optional<Inference> infer(String text, String page) {
        List<Timex> timexes = Timexes.find(text, null);
        Optional<DateLine> dateLine = dateLine(text, timexes);
        if (dateLine.isPresent())
            return Optional.of(new Inference(dateLine.get().date(), "date line '" + dateLine.get().line().of(text).strip() + "'"));
        Integer year = latestYear(text, timexes, true);
        if (year == null && page != null && !page.equals(text))
            year = latestYear(page, Timexes.find(page, null), false);
        if (year == null)
            return Optional.empty();
        // a text cannot be older than a year it tells of in the past ("advised McCain, the 2008 GOP nominee"): where
        // it does, the year read above is a background year, and the article's is unknown
        Integer told = latestPastYear(text, timexes);
        if (told != null && told > year)
            return Optional.empty();
        Matcher d = YEARLESS_DATELINE.matcher(text);
        if (d.find()) {
            LocalDate date = Anchor.safe(year, monthNumber(d.group(1)), Integer.parseInt(d.group(2)));
            if (date != null)
                return Optional.of(new Inference(date, "dateline without a year, year " + year + " from the text"));
        }
        List<Mention> mentions = mentions(text, timexes);
        return place(mentions, year);
    }

    /** A line near the top of a text that holds nothing but a full date, and the date it holds. */
    public record DateLine(Span line, LocalDate date) {
    }

    /**
     * Rule 0: a line near the top that holds nothing but a full date ("March 01, 2008", "Saturday, June 13, 2005")
     * is the article's date line, as wire and wiki news print it under the headline. The date is then read off the
     * text, not inferred; the pipeline asks for it before {@link #infer}, and evaluations blank it to hide the date.
     */
    public static Optional<DateLine> dateLine(String text) {
        // only the head is read: tagging the whole text for its first lines would cost as much as the inference
        String head = text.substring(0, headEnd(text));
        return dateLine(head, Timexes.find(head, null));
    }

    /** The end of the first {@value #DATE_LINE_WITHIN} non-empty lines of {@code text}, where a date line may stand. */
    private static int headEnd(String text) {
        int lines = 0, start = 0;
        while (start < text.length() && lines < DATE_LINE_WITHIN) {
            int end = text.indexOf('\n', start);
            if (end < 0)
                return text.length();
            if (!text.substring(start, end).isBlank())
                lines++;
            start = end + 1;
        }
        return Math.min(start, text.length());
    }

    static Optional<DateLine> dateLine(String text, List<Timex> timexes) {
        int lines = 0;
        for (int start = 0; start < text.length() && lines < DATE_LINE_WITHIN; ) {
            int end = text.indexOf('\n', start);
            if (end < 0)
                end = text.length();
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                lines++;
                for (Timex t : timexes)
                    if (t.span().start() >= start && t.span().end() <= end && t.text().strip().equals(line.replaceAll("[.,]$", ""))
                            && t.value().matches("\\d{4}-\\d{2}-\\d{2}"))
                        return Optional.of(new DateLine(new Span(start, end), LocalDate.parse(t.value())));
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /** Rules 3 to 5 on the mentions, the lead's date placed in {@code year}. */
    static Optional<Inference> place(List<Mention> mentions, int year) {
        if (mentions.isEmpty())
            return Optional.empty();
        Mention lead = lead(mentions);
        LocalDate pivot = Anchor.safe(lead.year != null ? lead.year : year, lead.month, lead.day);
        if (pivot == null)
            return Optional.empty();
        Bounds bounds = bounds(mentions, new Anchor(pivot));
        LocalDate latestStatement = bounds.latestStatement();
        LocalDate earliestAnnounced = bounds.earliestAnnounced();
        LocalDate low = bounds.earliest();
        LocalDate high = bounds.latest();
        if (low == null || high != null && java.time.temporal.ChronoUnit.DAYS.between(low, high) + 1 > MAX_WINDOW)
            return Optional.empty();
        LocalDate date = pivot;
        if (low != null && date.isBefore(low))
            date = low;
        if (high != null && date.isAfter(high))
            date = high;
        if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(pivot, date)) > LEAD_REACH)
            return Optional.empty();
        return Optional.of(new Inference(date, "lead dated " + pivot + (low != null ? ", latest dated statement " + latestStatement : "")
                + (high != null ? ", earliest announced event " + earliestAnnounced : "")));
    }

    /**
     * What a text's own dated statements and announced events say of its date (rules 3 and 4): the latest statement
     * dated by the calendar and the earliest event announced after it, either null where the text has none.
     */
    public record Bounds(LocalDate latestStatement, LocalDate earliestAnnounced) {
        /** The earliest day the article can be: the day after its latest dated statement; null where unbounded. */
        public LocalDate earliest() {
            return latestStatement == null ? null : latestStatement.plusDays(1);
        }

        /** The latest day the article can be: the day before its earliest announced event; null where unbounded. */
        public LocalDate latest() {
            return earliestAnnounced == null ? null : earliestAnnounced.minusDays(1);
        }
    }

    /**
     * The bounds that {@code text}'s dates with month and day put on its date, each placed in the year nearest
     * {@code near} that its tense allows (a date another source gives the article, or one close to it).
     */
    public static Bounds bounds(String text, LocalDate near) {
        return bounds(mentions(text, Timexes.find(text, null)), new Anchor(near));
    }

    private static Bounds bounds(List<Mention> mentions, Anchor around) {
        List<LocalDate> statements = new ArrayList<>();
        List<LocalDate> announced = new ArrayList<>();
        for (Mention m : mentions) {
            LocalDate date = m.year != null ? Anchor.safe(m.year, m.month, m.day)
                    : around.monthDay(m.month, m.day, m.role == Role.STATEMENT ? Tense.PAST : m.role == Role.ANNOUNCED ? Tense.FUTURE : Tense.UNKNOWN);
            if (date != null && m.role == Role.STATEMENT)
                statements.add(date);
            if (date != null && m.role == Role.ANNOUNCED)
                announced.add(date);
        }
        LocalDate latestStatement = statements.stream().max(LocalDate::compareTo).orElse(null);
        LocalDate low = latestStatement == null ? null : latestStatement.plusDays(1);
        // an announcement older than the latest statement is an old one the page still carries (a timeline, a recap)
        LocalDate earliestAnnounced = announced.stream().filter(a -> low == null || !a.isBefore(low))
                .min(LocalDate::compareTo).orElse(null);
        return new Bounds(latestStatement, earliestAnnounced);
    }

    /** The mention that dates the lead: on the first dated line, a statement first, then an announced event. */
    private static Mention lead(List<Mention> mentions) {
        int first = mentions.get(0).line;
        Mention best = null;
        for (Mention m : mentions) {
            if (m.line != first)
                break;
            if (best == null || m.role.ordinal() < best.role.ordinal())
                best = m;
        }
        return best;
    }

    /** The dates with month and day in {@code text}, each with its role. */
    static List<Mention> mentions(String text, List<Timex> timexes) {
        List<Mention> found = new ArrayList<>();
        for (Timex t : timexes) {
            if (!t.type().equals("DATE") && !t.type().equals("TIME"))
                continue;
            Matcher m = MONTH_DAY.matcher(t.value());
            if (!m.lookingAt())
                continue;
            // news gives the year of a date only when it is not the article's year: such a date neither leads nor
            // bounds (the year it names still counts, as a year the article is not before)
            if (!m.group(1).equals("XXXX"))
                continue;
            Integer year = null;
            found.add(new Mention(t.span(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), year,
                    role(text, t.span()), lineOf(text, t.span().start())));
        }
        return found;
    }

    static Role role(String text, Span span) {
        if (attributive(text, span))
            return Role.OTHER;
        int lineStart = text.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        String before = text.substring(Math.max(lineStart, span.start() - 80), span.start());
        String after = text.substring(span.end(), Math.min(lineEnd < 0 ? text.length() : lineEnd, span.end() + 60));
        if (Tense.around(text, null, span) == Tense.FUTURE)
            return Role.ANNOUNCED;
        Matcher verbBefore = VERB_BEFORE.matcher(before);
        if (verbBefore.find() && !OWN_CLAUSE.matcher(verbBefore.group(1)).find())
            return Role.STATEMENT;
        if (OPENS_SENTENCE.matcher(text.substring(lineStart, span.start())).find() && VERB_AFTER.matcher(after).find())
            return Role.STATEMENT;
        return Role.OTHER;
    }

    /**
     * Whether the date at {@code span} modifies a noun after a determiner or a possessive: "the Sept. 11 attacks",
     * "Obama's Dec. 6 address", "a March 8 appearance". Such a date names an event by its day, long past or ahead as
     * often as not, and does not date the statement around it ("Clinton noted the Sept. 11 attacks").
     */
    static boolean attributive(String text, Span span) {
        return ATTRIBUTIVE_BEFORE.matcher(text.substring(Math.max(0, span.start() - 30), span.start())).find()
                && NOUN_AFTER.matcher(text).region(span.end(), text.length()).lookingAt();
    }

    /**
     * The latest year named in a clause that is not future, or null. With {@code history} excluded (for an article's
     * own text), a year the text looks back on does not count either: one in a past clause ("Work began in 2029"),
     * after "since", "from", "between", or followed by a past "when" clause. News names such years for background;
     * the article's own year it rarely names, and then as present or coming ("a peace in 2030"). Page furniture
     * (teasers, links) is contemporary with the page, so there any year not ahead counts.
     */
    static Integer latestYear(String text, List<Timex> timexes, boolean excludeHistory) {
        Integer latest = null;
        for (Timex t : timexes) {
            if (!t.type().equals("DATE"))
                continue;
            Matcher m = YEAR.matcher(t.value());
            if (!m.matches())
                continue;
            String before = text.substring(Math.max(0, t.span().start() - 30), t.span().start());
            if (AHEAD.matcher(before).find() || Tense.around(text, null, t.span()) == Tense.FUTURE)
                continue;
            if (excludeHistory && (HISTORY.matcher(before).find()
                    || Tense.ofClause(text, null, t.span()) == Tense.PAST || pastWhenAfter(text, t.span())
                    || AttachedPhrase.tense(text, t.span()) == Tense.PAST))
                continue;
            int y = Integer.parseInt(m.group(1));
            if (latest == null || y > latest)
                latest = y;
        }
        return latest;
    }

    /**
     * The latest year {@code text} names in a past clause, in a phrase attached to one ("advised McCain, the 2008
     * nominee"), or before a past "when" clause; null where none: the article is not older than it.
     */
    static Integer latestPastYear(String text, List<Timex> timexes) {
        Integer latest = null;
        for (Timex t : timexes) {
            Matcher m = YEAR.matcher(t.value());
            if (!t.type().equals("DATE") || !m.matches())
                continue;
            if (Tense.ofClause(text, null, t.span()) != Tense.PAST && AttachedPhrase.tense(text, t.span()) != Tense.PAST
                    && !pastWhenAfter(text, t.span()))
                continue;
            int y = Integer.parseInt(m.group(1));
            if (latest == null || y > latest)
                latest = y;
        }
        return latest;
    }

    /** "in 1988, when net was lower": a past clause opened by "when" right after the year looks back on it. */
    private static boolean pastWhenAfter(String text, Span span) {
        Matcher w = WHEN_AFTER.matcher(text).region(span.end(), text.length());
        if (!w.lookingAt())
            return false;
        Span after = new Span(w.end(), Math.min(text.length(), w.end() + 1));
        return Tense.ofClause(text, null, after) == Tense.PAST;
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
            line++;
        return line;
    }

    private static int monthNumber(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key) + 1;
    }
}

package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.annotate.Sentence;
import org.dossier.model.Span;

/**
 * One pass of the rules over one text: the text, its sentences and its document date, and the normalizations the
 * rules share. Lives for one call of {@link Timexes#find}.
 */
final class Scan {
    final String text;
    final Anchor anchor;
    final List<Sentence> sentences;
    final TimeWords words = TimeWords.INSTANCE;
    /** Whether the text is written without capitals ({@link LowerCaseNames#caseless}), where case tells no name from a word. */
    final boolean caseless;
    /** The text in lower case, for {@link RuleWords}: a rule whose words it lacks is not run. */
    final String lowerText;
    /** "a second term", "a second consecutive day": "second" as an ordinal, not a unit of time. */
    private static final java.util.regex.Pattern ORDINAL_USE = java.util.regex.Pattern.compile(
            "\\s+(?!(?:ago|later|earlier|before|after|or|and|of|in|to|for)\\b)[a-z]");

    /** A full stop that ends a sentence in a text given without sentences. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(
            "(?<!\\b[A-Z][a-z]{0,3})[.!?][\"”’]?\\s+(?=[A-Z\"“])");

    Scan(String text, List<Sentence> sentences, LocalDate dct) {
        this.text = text;
        this.sentences = sentences == null ? List.of() : sentences;
        this.anchor = new Anchor(dct);
        this.caseless = LowerCaseNames.caseless(text);
        this.lowerText = text.toLowerCase(java.util.Locale.ROOT);
    }

    /** The extent of a match: its group {@code t} when the rule has one, else the whole match. */
    static Span extent(Matcher m) {
        try {
            if (m.start("t") >= 0)
                return new Span(m.start("t"), m.end("t"));
        } catch (IllegalArgumentException noGroup) {
            // the rule has no separate extent
        }
        return new Span(m.start(), m.end());
    }

    Tense tense(Matcher m) {
        Span e = extent(m);
        return Tense.around(text, sentenceOf(e), e);
    }

    /**
     * The tense of the match's own clause, else of its sentence outside quotations: for a weekday, which news places
     * in the past unless its clause points ahead ("will meet on Friday"); a quoted "will" elsewhere in the sentence,
     * as in a quote after "said Thursday", says nothing about it.
     */
    Tense clauseTense(Matcher m) {
        Span e = extent(m);
        return Tense.outsideQuotes(text, sentenceOf(e), e);
    }

    /** A deadline cue ({@code deadline-cues.txt}) right before an expression, written in lower case. */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "\\b(" + TimeWords.alternation(TimeWords.INSTANCE.deadlineCues.keySet(), false) + ")\\s+$");

    /** A past perfect: what it tells was done by the time named ("had filed their reports by Wednesday"). */
    private static final Pattern PAST_PERFECT = Pattern.compile("(?i)\\bhad\\b");

    /**
     * Whether a deadline cue stands right before the match, in a sentence without a past perfect: "postponed the
     * hearing until Tuesday", "loans due by August", "effective Feb. 1", but not "members had filed reports by
     * Wednesday". In TimeBank, AQUAINT and MEANTIME nearly every weekday after "until" and month after "by",
     * "effective", "payable" or "of record" lies on or after the document date. A cue marked {@code unless-past}
     * counts only where its own clause is not past: "by" also names an agent ("destroyed by Tuesday's storm") or a deadline
     * already met ("were pushed out by Tuesday").
     */
    private boolean deadline(Matcher m) {
        Span e = extent(m);
        Matcher cue = DEADLINE_BEFORE.matcher(text).region(Math.max(0, e.start() - 12), e.start());
        if (!cue.find())
            return false;
        if ("unless-past".equals(TimeWords.INSTANCE.deadlineCues.get(cue.group(1)))
                && Tense.ofClause(text, sentenceOf(e), e) == Tense.PAST)
            return false;
        Span sentence = sentenceOrLine(e);
        return !PAST_PERFECT.matcher(text).region(sentence.start(), sentence.end()).find();
    }

    /** The tense that places a weekday: FUTURE after a deadline cue, else {@link #clauseTense}. */
    Tense weekdayTense(Matcher m) {
        return deadline(m) ? Tense.FUTURE : clauseTense(m);
    }

    /** The tense that places a month or a day of a month without its year: FUTURE after a deadline cue, else {@link #tense}. */
    Tense dateTense(Matcher m) {
        return deadline(m) ? Tense.FUTURE : tense(m);
    }

    /**
     * The span of the sentence where {@code e} starts; in a text without sentences, of its line from the last full
     * stop before {@code e} that ends a word other than a short capitalized abbreviation ("Feb.", "Mr.").
     */
    Span sentenceOrLine(Span e) {
        Span s = sentenceOf(e);
        if (s != null)
            return s;
        int end = text.indexOf('\n', e.start());
        int start = text.lastIndexOf('\n', Math.max(0, e.start() - 1)) + 1;
        Matcher stop = SENTENCE_END.matcher(text).region(start, e.start());
        while (stop.find())
            start = stop.end();
        return new Span(start, end < 0 ? text.length() : end);
    }

    /** The span of the sentence where {@code e} starts, or null where the text has no sentences. */
    private Span sentenceOf(Span e) {
        for (Sentence s : sentences)
            if (s.span().start() <= e.start() && e.start() < s.span().end())
                return s.span();
        return null;
    }

    Timex make(Span span, String type, String value) {
        return new Timex(span, span.of(text), type, value, type.equals("DATE") || type.equals("TIME") ? Anchor.granularity(value) : null);
    }

    Timex make(Matcher m, String type, String value) {
        return make(extent(m), type, value);
    }

    Timex date(Matcher m, String value) {
        return make(m, value.contains("T") && !value.startsWith("XXXX-WXX") && value.matches(".*T\\d.*") ? "TIME" : "DATE", value);
    }

    Timex monthDay(Matcher m, String monthNumber, int day, String day2, String year) {
        int month = Integer.parseInt(monthNumber);
        LocalDate d;
        if (year != null)
            d = Anchor.safe(Integer.parseInt(year), month, day);
        else if (anchor.known())
            d = anchor.monthDay(month, day, dateTense(m));
        else
            return Anchor.safe(2000, month, day) == null ? null : date(m, String.format("XXXX-%02d-%02d", month, day));
        if (d == null)
            return null;
        if (day2 == null)
            return date(m, d.toString());
        LocalDate d2 = Anchor.safe(d.getYear(), month, Integer.parseInt(day2));
        return d2 == null || !d2.isAfter(d) ? date(m, d.toString()) : date(m, d + "/" + d2);
    }

    Timex deictic(Matcher m, String w) {
        switch (w) {
            case "now", "nowadays", "these days", "currently":
                return make(m, "DATE", "PRESENT_REF");
            case "recently", "the past":
                return make(m, "DATE", "PAST_REF");
            case "the future", "the near future", "the near term", "the short term":
                return make(m, "DATE", "FUTURE_REF");
            default:
                break;
        }
        if (!anchor.known())
            return make(m, "DATE", "XXXX-XX-XX");
        LocalDate dct = anchor.dct();
        // TimeML values of "tonight", "this morning", "last night" name the day (TempEval-3's gold does)
        String[] parts = w.split(" ");
        LocalDate day = switch (parts[0]) {
            case "yesterday", "overnight" -> dct.minusDays(1);
            case "tomorrow" -> dct.plusDays(1);
            case "last" -> dct.minusDays(1);
            case "the" -> w.contains("before") ? dct.minusDays(2) : dct.plusDays(2);
            default -> dct;
        };
        String part = partOfDay(w);
        return part == null ? make(m, "DATE", day.toString()) : make(m, "TIME", day + part);
    }

    /**
     * The TimeML part of day a phrase names ({@code TMO}, {@code TAF}, {@code TEV}, {@code TNI}) as a value suffix,
     * or null: "Friday night" is {@code 2031-05-16TNI}, "this morning" the document day's {@code TMO}.
     */
    static String partOfDay(String phrase) {
        if (phrase == null)
            return null;
        String p = phrase.toLowerCase(Locale.ROOT);
        if (p.contains("morning"))
            return "TMO";
        if (p.contains("afternoon"))
            return "TAF";
        if (p.contains("evening"))
            return "TEV";
        if (p.contains("night") && !p.contains("overnight") && !p.equals("tonight"))
            return "TNI";
        return null;
    }

    Timex relative(Matcher m, String mod, String unitWord) {
        String season = TimeWords.lookup(words.seasons, unitWord);
        if (!anchor.known())
            return make(m, "DATE", season != null ? "XXXX-" + season : Anchor.unknownPeriod(words.units.get(unitWord)));
        int shift = switch (mod) {
            case "last", "the previous", "previous", "the past" -> -1;
            case "next", "the following", "the coming", "coming" -> 1;
            default -> 0;
        };
        if (season != null)
            return make(m, "DATE", seasonYear(season, shift) + "-" + season);
        return make(m, "DATE", anchor.period(words.units.get(unitWord), shift));
    }

    private int seasonYear(String season, int shift) {
        int middle = switch (season) { case "SP" -> 4; case "SU" -> 7; case "FA" -> 10; default -> 1; };
        int month = anchor.dct().getMonthValue();
        int year = anchor.dct().getYear();
        if (shift < 0)
            return middle < month ? year : year - 1;
        if (shift > 0)
            return middle > month ? year : year + 1;
        return year;
    }

    Timex ago(Matcher m) {
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        String n = TimeWords.lookup(words.numbers, m.group("n"));
        String count = n != null ? n : m.group("n");
        String unit = words.units.get(m.group("unit").toLowerCase(Locale.ROOT));
        boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before");
        if (anchor.known() && count.equals("X") && unit.equals("Y"))
            return make(m, "DATE", String.valueOf(anchor.dct().getYear() / 10) + "X");
        if (!anchor.known() || !count.matches("\\d+") || words.timeUnits.contains(singular(m.group("unit"))))
            return make(m, "DATE", Anchor.unknownPeriod(unit));
        int shift = (back ? -1 : 1) * Integer.parseInt(count);
        // "two weeks ago" names the day two weeks back (TempEval-3 and MEANTIME give the day, not the ISO week)
        if (unit.equals("W"))
            return make(m, "DATE", anchor.dct().plusWeeks(shift).toString());
        return make(m, "DATE", anchor.period(unit, shift));
    }

    /** Whether a year-like number at {@code end} counts something ("1996 people") rather than naming a year. */
    boolean quantityAfter(int end) {
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("\\s+([a-z]+)").matcher(text).region(end, Math.min(text.length(), end + 30));
        return next.lookingAt() && next.group(1).endsWith("s") && !next.group(1).matches("was|has|is|as|its|this|us|plus|versus");
    }

    Timex duration(Matcher m) {
        String before = text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
        String n = m.group("n").toLowerCase(Locale.ROOT);
        String value = durationValue(words, m.group("n"), m.group("unit"));
        if (value == null || m.group("n").matches("(?:19|20)\\d{2}"))
            return null;
        if (m.group("unit").toLowerCase(Locale.ROOT).startsWith("quarter") && fraction(m))
            return null;
        // "a day-long strike", "a decades-long feud": the article belongs to the noun; the unit alone is read as "-long"
        if ((n.equals("a") || n.equals("an")) && m.group().toLowerCase(Locale.ROOT).endsWith("-long"))
            return null;
        if (n.equals("a") && m.group("unit").equalsIgnoreCase("second") && ORDINAL_USE.matcher(text).region(m.end(), text.length()).lookingAt())
            return null;
        if ((n.equals("a") || n.equals("an")) && before.matches("(?s).*(?:once|twice|times|\\d|%|percent|dollars|cents|million|billion)\\s+$"))
            return make(m, "SET", value);
        if (m.group("half") != null || m.group("half2") != null)
            value = withHalf(value);
        return make(m, "DURATION", value);
    }

    /**
     * Half a unit more, in the next smaller unit where it divides evenly ("2 1/2 years" P2Y6M, "five and a half hours"
     * PT5H30M), else as ISO 8601's decimal fraction of the last unit ("1 1/2 months" P1.5M).
     */
    private static String withHalf(String value) {
        if (!value.matches("PT?\\d+[A-Z]+"))
            return value;
        char unit = value.charAt(value.length() - 1);
        boolean time = value.startsWith("PT");
        String half = unit == 'Y' ? "6M" : unit == 'D' ? "T12H" : unit == 'H' ? "30M" : time && unit == 'M' ? "30S" : null;
        if (half != null)
            return value + half;
        return value.matches("PT?\\d+[A-Z]") ? value.replaceAll("(\\d+)([A-Z])$", "$1.5$2") : value;
    }

    /** "three-quarters of the vote", "a quarter of the staff": a share, not three months. */
    private boolean fraction(Matcher m) {
        String between = text.substring(m.end("n"), m.start("unit"));
        return between.equals("-") || text.startsWith(" of ", m.end());
    }

    /** The TimeML duration of {@code count} (digits or a number word) {@code unit}s: {@code P3Y}, {@code PT2H}, {@code PXD}. */
    static String durationValue(TimeWords words, String count, String unitWord) {
        String u = unitWord.toLowerCase(Locale.ROOT);
        String letter = words.units.get(u);
        if (letter == null)
            return null;
        String n = TimeWords.lookup(words.numbers, count);
        String c = n != null ? n : count;
        if (c.equals("0.5") && letter.equals("Y")) {
            c = "6";
            letter = "M";
        }
        if (letter.equals("DE") || letter.equals("CE")) {
            if (c.matches("\\d+")) {
                c = String.valueOf(Integer.parseInt(c) * (letter.equals("DE") ? 10 : 100));
                letter = "Y";
            }
        }
        if (letter.equals("WE"))
            letter = "WE";
        boolean time = words.timeUnits.contains(singular(u));
        return "P" + (time ? "T" : "") + c.replaceAll("\\.0$", "") + letter;
    }

    private static String singular(String unitWord) {
        String u = unitWord.toLowerCase(Locale.ROOT);
        return u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
    }

    Timex clock(Matcher m) {
        String time;
        if (!hasGroup(m, "ap")) {
            time = String.format("%02d:%s", Integer.parseInt(m.group("h")), m.group("min"));
            if (m.group("tz").equalsIgnoreCase("UTC") || m.group("tz").equalsIgnoreCase("GMT"))
                time += "Z";
        } else if (m.group("named") != null)
            time = m.group("named").equalsIgnoreCase("midnight") ? "24:00" : "12:00";
        else {
            int h = Integer.parseInt(m.group("h"));
            if (h == 0 || h > 12)
                return null;
            boolean pm = m.group("ap").toLowerCase(Locale.ROOT).startsWith("p");
            h = h % 12 + (pm ? 12 : 0);
            time = String.format("%02d:%s", h, m.group("min") == null ? "00" : m.group("min"));
        }
        String day = anchor.known() ? anchor.dct().toString() : "XXXX-XX-XX";
        if (time.endsWith("Z"))
            time = time.substring(0, time.length() - 1);
        boolean utc = !hasGroup(m, "ap") && (m.group("tz").equalsIgnoreCase("UTC") || m.group("tz").equalsIgnoreCase("GMT"));
        if (m.group("wd") != null) {
            int wd = Integer.parseInt(TimeWords.lookup(words.weekdays, m.group("wd")));
            day = anchor.known() ? anchor.weekday(wd, null, weekdayTense(m)).toString() : "XXXX-WXX-" + wd;
        } else if (m.group("month") != null) {
            int month = Integer.parseInt(TimeWords.lookup(words.months, m.group("month")));
            int d = Integer.parseInt(m.group("d"));
            LocalDate date = anchor.known() ? anchor.monthDay(month, d, dateTense(m)) : null;
            day = date != null ? date.toString() : Anchor.safe(2000, month, d) == null ? day : String.format("XXXX-%02d-%02d", month, d);
        }
        return make(m, "TIME", day + "T" + time + (utc ? "Z" : ""));
    }

    private static boolean hasGroup(Matcher m, String name) {
        try {
            m.start(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

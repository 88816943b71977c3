package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Span;

/**
 * The shapes of temporal expressions, one constant per shape, each with its pattern and its normalization. A pattern
 * is written with placeholders for the word lists ({@code MONTH}, {@code WEEKDAY}, {@code NUM}, {@code UNIT}); a
 * named group {@code t}, where present, is the expression's extent (the match may include a preposition that only
 * licenses it, as "in" licenses "May"). {@link #read} returns null to reject a match.
 */
enum Rule {
    ISO("\\b(?<y>(?:1[89]|20)\\d{2})-(?<m>[01]\\d)-(?<d>[0-3]\\d)\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            LocalDate d = Anchor.safe(num(m, "y"), num(m, "m"), num(m, "d"));
            return d == null ? null : s.date(m, d.toString());
        }
    },
    MONTH_DAY("\\b(?:WEEKDAY,?\\s+)?(?<month>MONTH)\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?:\\s*(?:-|–|to|and)\\s*(?<d2>[0-3]?\\d)\\b(?!:))?"
            + "(?:,?\\s+(?<y>(?:1[89]|20)\\d{2})\\b)?") {
        @Override
        Timex read(Matcher m, Scan s) {
            return s.monthDay(m, TimeWords.lookup(s.words.months, m.group("month")), num(m, "d"), m.group("d2"), m.group("y"));
        }
    },
    DAY_MONTH("\\b(?:WEEKDAY,?\\s+)?(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>MONTH)(?:,?\\s+(?<y>(?:1[89]|20)\\d{2})\\b)?") {
        @Override
        Timex read(Matcher m, Scan s) {
            return s.monthDay(m, TimeWords.lookup(s.words.months, m.group("month")), num(m, "d"), null, m.group("y"));
        }
    },
    /** "the week of March 6": the ISO week that holds the day, as TimeML values a week. */
    WEEK_OF("\\b(?i:the\\s+week\\s+of)\\s+(?<month>MONTH)\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?:,?\\s+(?<y>(?:1[89]|20)\\d{2})\\b)?") {
        @Override
        Timex read(Matcher m, Scan s) {
            return Months.weekOf(m, s);
        }
    },
    /**
     * "June 2030", "early October this year", "April next year", "January nineteen ninety-seven": the year named
     * outright (in digits or, as transcripts write it, in words) or counted from the document's.
     */
    MONTH_YEAR("\\b(?:(?i:early|mid|late|the end of|the start of)[\\s-]+)?(?<month>MONTH),?\\s+(?:of\\s+)?"
            + "(?:(?<y>(?:1[89]|20)\\d{2})|(?<spoken>SPOKEN)|(?<rel>(?i:this|last|next))\\s+(?i:year))\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            return Months.ofYear(m, s);
        }
    },
    /** A month alone, "in March", "last May", "early June": licensed by a preposition or modifier where the name is also a word. */
    MONTH("\\b(?:(?<prep>(?i:in|since|until|till|by|through|from|of|before|after|during|to|between|and))\\s+)?"
            + "(?<t>(?:(?<mod>(?i:last|next|this|early|mid|late|the end of|end of|the beginning of|the start of))[\\s-]+)?(?<month>MONTH))(?![\\s.]*\\d)") {
        @Override
        Timex read(Matcher m, Scan s) {
            return Months.alone(m, s);
        }
    },
    WEEKDAY("\\b(?:(?<mod>(?i:last|next|this|coming|past))\\s+)?(?<wd>WEEKDAY)(?:\\s+(?<part>(?i:morning|afternoon|evening|night)))?\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            int day = Integer.parseInt(TimeWords.lookup(s.words.weekdays, m.group("wd")));
            // TempEval's gold mostly leaves "Friday night" at the day (or "night" outside the span); measured: the
            // TMO/TAF/TEV/TNI suffix here costs more than it gains
            String part = "";
            if (!s.anchor.known())
                return s.date(m, "XXXX-WXX-" + day + part);
            String mod = m.group("mod") == null ? null : m.group("mod").toLowerCase(Locale.ROOT);
            return s.date(m, s.anchor.weekday(day, mod, s.weekdayTense(m)) + part);
        }
    },
    DEICTIC("\\b(?<w>(?i:the day before yesterday|the day after tomorrow|today|yesterday|tomorrow|tonight|overnight|now|nowadays|currently|recently"
            + "|the future|the near future|the near term|the short term|the past(?![ \\t]+(?:\\d|few|several|NUM[\\s-]|UNIT))|these days|last night|this (?:morning|afternoon|evening)|(?:yesterday|tomorrow) (?:morning|afternoon|evening|night)))\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            if (capitalsInLowerCaseLine(m, s))
                return null;
            return s.deictic(m, m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }

        /**
         * A day word written in capitals in a line that has lower case is a title, not the day: the newspaper
         * "USA TODAY", the "TODAY" show ("Tester told USA TODAY's weekly video series").
         */
        private static boolean capitalsInLowerCaseLine(Matcher m, Scan s) {
            String w = m.group("w");
            if (!w.equals(w.toUpperCase(Locale.ROOT)))
                return false;
            int start = s.text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
            int end = s.text.indexOf('\n', m.end());
            String line = s.text.substring(start, end < 0 ? s.text.length() : end);
            return !line.equals(line.toUpperCase(Locale.ROOT));
        }
    },
    RELATIVE("\\b(?i:(?:(?:earlier|later|late|early)\\s+)?(?<mod>this|last|next|the previous|previous|the following|the coming|coming)\\s+"
            + "(?<unit>week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)|(?<mod2>the past)\\s+(?<unit2>week|month|year))\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            boolean past = m.group("mod2") != null;
            return s.relative(m, (past ? m.group("mod2") : m.group("mod")).toLowerCase(Locale.ROOT),
                    (past ? m.group("unit2") : m.group("unit")).toLowerCase(Locale.ROOT));
        }
    },
    /** "that year", "the same day", "the following month", "the previous Friday": counted from the date named before ({@link Anaphora}). */
    ANAPHORIC(Anaphora.TEMPLATE) {
        @Override
        Timex read(Matcher m, Scan s) {
            return Anaphora.read(m, s);
        }
    },
    AGO("\\b(?i:(?<n>NUM)[\\s-]+(?<unit>UNIT)\\s+(?<dir>ago|from now|earlier))\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            return s.ago(m);
        }
    },
    /**
     * "three days later", "90 days after the vote": TimeML reads the amount as a duration, the word after it as the
     * signal that relates it to an event; the expression is the amount.
     */
    SPAN_AFTER("\\b(?<t>(?i:(?<n>NUM)[\\s-]+(?<unit>UNIT)))\\s+(?i:later|after|before)\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            String value = Scan.durationValue(s.words, m.group("n"), m.group("unit"));
            return value == null ? null : s.make(m, "DURATION", value);
        }
    },
    DURATION("\\b(?i:(?:(?:the past|the last|the next|the coming|the previous|the first|the final|past|next|coming)\\s+)?"
            + "(?<n>NUM)(?<half>\\s+1/2|\\s*½|\\s+and\\s+a\\s+half)?[\\s-]+(?:(?:trading|business|working|straight|consecutive|more|additional)\\s+)?(?<unit>UNIT)(?<half2>\\s+and\\s+a\\s+half)?(?:-long)?)\\b(?![\\s-]old\\b)") {
        @Override
        Timex read(Matcher m, Scan s) {
            return s.duration(m);
        }
    },
    /**
     * "a day-long strike", "a decades-long feud": a unit before "-long" without a number is one such unit, or in the
     * plural an unknown count of them (decades and centuries as years, as TimeBank and MEANTIME write them).
     */
    UNIT_LONG("(?<![\\w-])(?<unit>(?i:hours?|days?|weeks?|months?|years?|decades?|century|centuries))-long\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            if (!unit.endsWith("s"))
                return s.make(m, "DURATION", Scan.durationValue(s.words, "1", unit));
            String letter = s.words.units.get(unit);
            if (letter == null)
                return null;
            boolean years = letter.equals("DE") || letter.equals("CE");
            return s.make(m, "DURATION", "P" + (unit.startsWith("hour") ? "T" : "") + "X" + (years ? "Y" : letter));
        }
    },
    /** "the past decade", "the next century": a span of ten or a hundred years back or ahead. */
    DECADE_SPAN("\\b(?i:the\\s+(?:past|last|next|coming)\\s+(?<unit>decade|century))\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            return s.make(m, "DURATION", m.group("unit").equalsIgnoreCase("decade") ? "P10Y" : "P100Y");
        }
    },
    VAGUE_DURATION("\\b(?i:(?<prep>for|over|in|within|since)\\s+(?<t>(?:recent\\s+|many\\s+|several\\s+)?(?<unit>years|months|weeks|days|decades|hours|minutes)))\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            String u = s.words.units.get(m.group("unit").toLowerCase(Locale.ROOT));
            return s.make(m, "DURATION", "P" + (s.words.timeUnits.contains(m.group("unit").toLowerCase(Locale.ROOT).replaceAll("s$", "")) ? "T" : "") + "X" + u);
        }
    },
    /** "every Monday", "each July": a weekday or month that recurs. */
    NAMED_SET("\\b(?i:every|each)\\s+(?:(?<wd>WEEKDAY)|(?<month>MONTH))\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            if (m.group("wd") != null)
                return s.make(m, "SET", "XXXX-WXX-" + TimeWords.lookup(s.words.weekdays, m.group("wd")));
            return s.make(m, "SET", String.format("XXXX-%02d", Integer.parseInt(TimeWords.lookup(s.words.months, m.group("month")))));
        }
    },
    SET("\\b(?i:(?:every|each|per)\\s+(?:(?<n>NUM)\\s+)?(?<unit>UNIT)|(?<adverb>annually|yearly|daily|weekly|monthly|hourly))\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            if (m.group("adverb") != null)
                return s.make(m, "SET", switch (m.group("adverb").toLowerCase(Locale.ROOT)) {
                    case "daily" -> "P1D"; case "weekly" -> "P1W"; case "monthly" -> "P1M"; case "hourly" -> "PT1H"; default -> "P1Y";
                });
            return s.make(m, "SET", Scan.durationValue(s.words, m.group("n") == null ? "1" : m.group("n"), m.group("unit")));
        }
    },
    YEAR("(?:\\b(?<prep>(?i:in|since|until|till|by|through|from|of|before|after|during|to|between|and|for|early|mid|late|fiscal|calendar|the end of|the start of))[\\s-]+)?"
            + "(?<![$\\d,.])\\b(?<y>(?:1[89]|20)\\d{2})\\b(?![,.]?\\d|\\s*(?:%|percent))(?<after>\\s*[.,;:)]|\\s*$)?") {
        @Override
        Timex read(Matcher m, Scan s) {
            String prep = m.group("prep") == null ? null : m.group("prep").toLowerCase(Locale.ROOT);
            if (prep == null && m.group("after") == null && s.quantityAfter(m.end("y")))
                return null;
            boolean fiscal = "fiscal".equals(prep);
            boolean modifier = prep != null && (fiscal || prep.matches("early|mid|late|calendar|the end of|the start of"));
            int start = modifier ? m.start("prep") : m.start("y");
            // TimeML (and TempEval's gold) give a fiscal year the calendar year's value
            return s.make(new Span(start, m.end("y")), "DATE", m.group("y"));
        }
    },
    DECADE("\\b(?:the\\s+)?(?:(?i:early|mid|late)[\\s-]+)?(?:(?<c>1[89]|20)(?<d>\\d)0'?s|'(?<d2>\\d)0s)\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            String c = m.group("c") != null ? m.group("c") : Integer.parseInt(m.group("d2")) > 2 ? "19" : "20";
            // TempEval-3's own annotation (AQUAINT, the platinum test's campaign) writes "the 1980s" as 198X; the older
            // TimeBank writes 198: measured, the first is kept
            return s.date(m, c + (m.group("d") != null ? m.group("d") : m.group("d2")) + "X");
        }
    },
    QUARTER("\\b(?i:(?:the\\s+)?(?:(?<y0>(?:19|20)\\d{2})\\s+)?(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\\s-]+(?<unit>quarter|half)"
            + "(?:\\s+of\\s+(?:(?<y>(?:19|20)\\d{2})|(?<rel>last|this|next)\\s+year))?)\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            return Periods.quarter(m, s);
        }
    },
    REPORTED_QUARTER("\\b(?i:the\\s+(?:(?<ago>year-earlier|year-ago|year\\s+earlier|year\\s+ago)\\s+|latest\\s+|latest\\s+fiscal\\s+|fiscal\\s+|current\\s+)?quarter)\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            if (!s.anchor.known())
                return s.make(m, "DATE", "XXXX-QX");
            boolean current = m.group().toLowerCase(Locale.ROOT).contains("current");
            LocalDate d = s.anchor.dct().minusMonths(current ? 0 : 3).minusYears(m.group("ago") != null ? 1 : 0);
            return s.make(m, "DATE", Anchor.quarter(d));
        }
    },
    /** "the year-earlier period", "year-ago" results: last year, or the quarter last named a year before ({@link ReportingPeriods}). */
    YEAR_BEFORE("\\b(?i:(?:the\\s+)?(?:comparable\\s+)?year[- ](?:earlier|ago)(?:\\s+(?:period|quarter))?)\\b(?![- ]old)") {
        @Override
        Timex read(Matcher m, Scan s) {
            return s.make(m, "DATE", s.anchor.known() ? String.valueOf(s.anchor.dct().getYear() - 1) : "XXXX");
        }
    },
    /**
     * "the year ended Sept. 30", "the fiscal year ending June 30": a company's twelve months that end on a day other
     * than Dec. 31 are no calendar year TimeML could write as a date, so the expression is the span of time, P1Y (as
     * TempEval-3's gold gives it). The date after it is an expression of its own.
     */
    YEAR_ENDED("\\b(?<t>(?i:the\\s+(?:fiscal\\s+)?year))\\s+(?i:ended|ending)\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            return s.make(m, "DURATION", "P1Y");
        }
    },
    /**
     * "for the year", "the full year", "the fiscal year", "earlier in the year": in news of results and outlooks, the
     * document's year (TempEval-3's gold values every such "the year" so). A bare "the year" needs "for", "of" or
     * "earlier/later in" to count; one before "ended", "earlier", "ago", "since" or a number is another expression.
     */
    THE_YEAR("\\b(?:(?<prep>(?i:for|of|(?:earlier|later)\\s+in))\\s+)?(?<t>(?i:the\\s+(?:(?<kind>full|whole|entire|fiscal)\\s+)?year))\\b"
            + "(?![-'’]|\\s+(?i:ended|ending|earlier|ago|before|after|since|to|when|that|which|\\d|two|nineteen))") {
        @Override
        Timex read(Matcher m, Scan s) {
            String prep = m.group("prep") == null ? "" : m.group("prep").toLowerCase(Locale.ROOT);
            if (prep.isEmpty() && m.group("kind") == null)
                return null;
            int start = prep.endsWith("in") ? m.start("prep") : m.start("t");
            return s.make(new Span(start, m.end("t")), "DATE", s.anchor.known() ? String.valueOf(s.anchor.dct().getYear()) : "XXXX");
        }
    },
    /** "the latest period" of a company's results: the quarter last named ({@link ReportingPeriods}), else the last one ended. */
    LATEST_PERIOD("\\b(?i:the\\s+latest\\s+period)\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            return s.make(m, "DATE", s.anchor.known() ? Anchor.quarter(s.anchor.dct().minusMonths(3)) : "XXXX-QX");
        }
    },
    /**
     * A quarter or period of a year given by a possessive or a year number: "this year's third quarter", "last
     * year's period", "the 1988 quarter", "the same period last year". Without an ordinal it is the quarter last named
     * in that year ({@link ReportingPeriods}), else {@code YYYY-QX}.
     */
    YEAR_PERIOD("\\b(?i:(?<mod>this|last|next)\\s+year['’]s\\s+(?:(?<ord>first|second|third|fourth)\\s+)?(?:fiscal\\s+)?(?:quarter|period)"
            + "|the\\s+(?<y>(?:19|20)\\d{2})\\s+(?:fiscal\\s+)?(?:quarter|period)"
            + "|the\\s+(?:same|corresponding|comparable)\\s+(?:quarter|period)\\s+(?<ago>last\\s+year|a\\s+year\\s+(?:ago|earlier)))\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            return Periods.quarterOfYear(m, s);
        }
    },
    /** "year-end", "the end of the year", "the end of this month": the document's year or month (TimeML's mod END aside). */
    PERIOD_END("\\b(?i:(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+(?<unit>year|month)|(?<unit2>year|month)[- ]end|(?:the\\s+)?year['’]s\\s+end)\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            return Periods.end(m, s);
        }
    },
    /** "the current fiscal year", "the latest fiscal year": the document's year, or the last one completed. */
    REPORTED_YEAR("\\b(?i:the\\s+(?<which>current|latest)\\s+(?:fiscal\\s+)?year)\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            if (!s.anchor.known())
                return s.make(m, "DATE", "XXXX");
            return s.make(m, "DATE", String.valueOf(s.anchor.dct().getYear() - (m.group("which").equalsIgnoreCase("latest") ? 1 : 0)));
        }
    },
    /**
     * A season without "last"/"next": "the summer", "this past spring", "the winter of 1994". "Spring" and "fall"
     * are ordinary words too: they count only after "this past" or before "of" and a year.
     */
    SEASON("\\b(?i:(?<past>this\\s+past\\s+)|the\\s+)?(?:(?i:early|late|mid)[\\s-]+)?(?<s>(?i:summer|winter|autumn)|(?<=(?i:past)\\s)(?i:spring|fall)|(?i:spring|fall)(?=\\s+of\\s+(?:\\d|(?i:nineteen|eighteen|the\\s+year))))"
            + "(?:\\s+of\\s+(?:(?<y>(?:1[89]|20)\\d{2})|(?<spoken>SPOKEN)))?\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            return Periods.season(m, s);
        }
    },
    /** A century by its ordinal: "the 20th century" is 19, "the twenty-first century" 20. */
    CENTURY("\\b(?:(?i:the)\\s+)?(?<n>\\d{1,2})(?:st|nd|rd|th)\\s+(?i:century)\\b|\\b(?:(?i:the)\\s+)?(?<w>(?i:ORDINAL))\\s+(?i:century)\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            int n = m.group("n") != null ? Integer.parseInt(m.group("n")) : Integer.parseInt(s.words.ordinals.get(m.group("w").toLowerCase(Locale.ROOT)));
            return n < 1 || n > 21 ? null : s.make(m, "DATE", String.format("%02d", n - 1));
        }
    },
    /** A decade of the 1900s in words: "the nineties" is 199. */
    DECADE_WORD("\\b(?i:the\\s+(?<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            String tens = m.group("tens").toLowerCase(Locale.ROOT).replace("ies", "y");
            return s.make(m, "DATE", "19" + Integer.parseInt(TimeWords.lookup(s.words.numbers, tens)) / 10);
        }
    },
    /** "the weekend": the last one, or the coming one in a clause that points ahead. */
    WEEKEND("\\b(?i:the\\s+weekend)\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            return Periods.weekend(m, s);
        }
    },
    /** Named holidays of {@code holidays.tsv}: "Thanksgiving Day", "last Christmas". */
    HOLIDAY("\\b(?:(?<mod>(?i:last|next|this))\\s+)?(?<h>HOLIDAY)(?![\\w'’])") {
        @Override
        Timex read(Matcher m, Scan s) {
            return Periods.holiday(m, s);
        }
    },
    /** Years said in words, as transcripts write them: "nineteen ninety-six", "the year two thousand". */
    SPOKEN_YEAR("\\b(?<y>SPOKEN)\\b") {
        @Override
        Timex read(Matcher m, Scan s) {
            return s.make(m, "DATE", String.valueOf(Periods.spokenYear(s.words, m.group("y"))));
        }
    },
    /**
     * A 24-hour clock time with its zone, as wire and online news write it: "18:00 UTC", "0800 GMT", "16:15 UTC
     * Monday". UTC and GMT are marked {@code Z}; the day is the weekday or date after it, else the document's.
     * A zone in lower case ("0800 gmt", "5 p.m. est") is read only for the common ones, which are no other word.
     */
    ZONED_CLOCK("\\b(?<h>[01]\\d|2[0-3]|\\d):?(?<min>[0-5]\\d)\\s+(?<tz>(?i:UTC|GMT)|[A-Z][SD]T|[ecmp][sd]t)\\b"
            + "(?:,?\\s+(?:(?i:on)\\s+)?(?:(?<wd>WEEKDAY)\\b|(?<month>MONTH)\\s+(?<d>[0-3]?\\d)\\b))?") {
        @Override
        Timex read(Matcher m, Scan s) {
            return s.clock(m);
        }
    },
    /** A clock time, with the day it is on where a weekday or date follows: "10 p.m. Wednesday", "5 p.m. EST Nov. 9". */
    CLOCK("(?:\\b(?<h>[01]?\\d)(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>(?i:a\\.m\\.|p\\.m\\.|am\\b|pm\\b))|\\b(?<named>(?i:noon|midday|midnight))\\b)"
            + "(?:\\s+(?<tz>[A-Z]{2,4}T|[ecmp][sd]t|gmt|utc)\\b)?(?:,?\\s+(?:(?i:on)\\s+)?(?:(?<wd>WEEKDAY)\\b|(?<month>MONTH)\\s+(?<d>[0-3]?\\d)\\b))?") {
        @Override
        Timex read(Matcher m, Scan s) {
            return s.clock(m);
        }
    };

    final Pattern pattern;

    Rule(String template) {
        this.pattern = Pattern.compile(TimeWords.INSTANCE.expand(template));
    }

    /** The expression this match makes, or null when the match is no temporal expression. */
    abstract Timex read(Matcher m, Scan s);

    static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}

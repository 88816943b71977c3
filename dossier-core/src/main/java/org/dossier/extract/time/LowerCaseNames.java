package org.dossier.extract.time;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.Resources;

/**
 * Whether a month or weekday name written in lower case is one: some feeds deliver whole articles in lower case ("on
 * saturday", "march 15"), where case cannot tell "May" from "may". Each name says in the third column of
 * {@code months.tsv} and {@code weekdays.tsv} when its lower-case form is safe: {@code always} (full weekday names,
 * "january"), {@code dated} (with a day number or a year, or after a word that introduces a date,
 * {@code lower-case-cues.txt}: "august"), {@code numbered} (abbreviations: with a day number or a year, or after such
 * a word with their period), {@code caseless} ("march", "may", a verb and a modal: only in a text written without
 * capitals, after such a word, before a year or with a day number that punctuation follows). Capitalized names are
 * not its business: every rule reads them as before.
 */
final class LowerCaseNames {
    static final LowerCaseNames INSTANCE = new LowerCaseNames();

    /**
     * A text capitalizes its sentence starts and its names: in TimeBank, AQUAINT and PolNeAR at least 5% of words start
     * with a capital. Below this share a text is taken as written without case.
     */
    private static final double CASELESS_WORDS = 0.04;
    /**
     * A lower-cased feed may still carry a cased header line ("This story is from March 10, 2002"), which in a short
     * article lifts the share above {@link #CASELESS_WORDS}: a text whose sentences mostly start in lower case is
     * caseless too, unless this share of its words is capitalized (cased news: 15–25%).
     */
    private static final double CASELESS_WORDS_LOWER_STARTS = 0.12;
    private static final Pattern WORD_START = Pattern.compile("\\b[^\\W\\d_]");
    private static final Pattern SENTENCE_START = Pattern.compile("[.!?][\"”’)]*\\s+([^\\W\\d_])");

    private enum Policy { ALWAYS, DATED, NUMBERED, CASELESS }

    private final Map<String, Policy> policies = new HashMap<>();
    /**
     * A word that introduces a date, a possessive ("the union's march 20 strike", not "let's"), a weekday ("friday,
     * march 15"), a day that opens a range ("march 1 to march 5"),
     * or the start of a line or sentence ("... last date. march 4 is"), right before a name: matched in
     * a region that ends at the name, whose end {@code $} is; the bounds are transparent so that {@code \b} and the
     * line start see the text before it. {@link #anyCue} for every name, {@link #caselessCue} without the words
     * marked {@code dated}.
     */
    private final Pattern anyCue;
    private final Pattern caselessCue;
    /** What follows a day number that ends a date, not a count: "march 12 (xinhua)", "may 5, police said". */
    private static final Pattern DATE_END = Pattern.compile("[ \\t]*(?:[,.;:()\\[\\]\"”'’–—-]|$)", Pattern.MULTILINE);

    private LowerCaseNames() {
        for (String file : new String[] {"months.tsv", "weekdays.tsv"})
            for (String[] row : Resources.rows(TimeWords.class, file, 3))
                policies.put(row[0].toLowerCase(Locale.ROOT), Policy.valueOf(row[2].toUpperCase(Locale.ROOT)));
        List<String[]> cues = Resources.rows(TimeWords.class, "lower-case-cues.txt", 1);
        anyCue = cuePattern(cues.stream().map(r -> r[0]).toList());
        caselessCue = cuePattern(cues.stream().filter(r -> r.length < 2 || !r[1].equals("dated")).map(r -> r[0]).toList());
    }

    private static Pattern cuePattern(List<String> words) {
        return Pattern.compile(TimeWords.INSTANCE.expand("(?:\\b(?:" + TimeWords.alternation(words, false)
                + ")[\\s-]+|\\bWEEKDAY,?\\s+|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:to|and|or|till|until)\\s+|(?<!\\blet)['’]s\\s+|[.!?]['\"’”)]*\\s+|(?<![^\\n])[ \\t]*)$"));
    }

    /**
     * Whether {@code text} is written without case, as some feeds deliver news: fewer than 4% of its words start with a
     * capital, or most of its sentences start in lower case and fewer than 12% of its words with a capital.
     */
    static boolean caseless(String text) {
        int words = 0;
        int capitals = 0;
        for (Matcher w = WORD_START.matcher(text); w.find(); words++)
            if (Character.isUpperCase(text.charAt(w.start())))
                capitals++;
        if (words == 0 || capitals >= words * CASELESS_WORDS_LOWER_STARTS)
            return false;
        if (capitals < words * CASELESS_WORDS)
            return true;
        int starts = 0;
        int lower = 0;
        for (Matcher s = SENTENCE_START.matcher(text); s.find(); starts++)
            if (Character.isLowerCase(text.charAt(s.start(1))))
                lower++;
        return starts >= 2 && lower >= starts * 0.6;
    }

    /**
     * Whether the match's month name (group {@code month}) and weekday name (group {@code wd}), where the rule has
     * them and they are written in lower case, count as names by their policy.
     */
    boolean allows(Matcher m, Scan s) {
        return allows(m, "month", s) && allows(m, "wd", s);
    }

    private boolean allows(Matcher m, String group, Scan s) {
        String name = group(m, group);
        if (name == null || !Character.isLowerCase(name.charAt(0)))
            return true;
        String key = name.toLowerCase(Locale.ROOT);
        boolean period = key.endsWith(".");
        Policy policy = policies.getOrDefault(period ? key.substring(0, key.length() - 1) : key, Policy.NUMBERED);
        boolean year = group(m, "y") != null || group(m, "spoken") != null || group(m, "rel") != null;
        boolean day = group(m, "d") != null;
        return switch (policy) {
            case ALWAYS -> true;
            case DATED -> year || day || cue(anyCue, m, group, s);
            case NUMBERED -> year || day || period && cue(anyCue, m, group, s);
            case CASELESS -> s.caseless && (year || cue(caselessCue, m, group, s)
                    || day && DATE_END.matcher(s.text).region(m.end(), s.text.length()).lookingAt());
        };
    }

    private static boolean cue(Pattern cue, Matcher m, String group, Scan s) {
        return cue.matcher(s.text).region(Math.max(0, m.start(group) - 20), m.start(group)).useTransparentBounds(true).find();
    }

    /** The text of {@code group}, or null where the rule has no such group or it took no part in the match. */
    private static String group(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException noGroup) {
            return null;
        }
    }
}

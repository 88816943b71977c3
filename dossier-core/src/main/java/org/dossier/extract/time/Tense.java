package org.dossier.extract.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Span;

/**
 * The tense of the clause around an expression, read off its words without a tagger: the cue word nearest the
 * expression in its clause ("will", "next", "said", a verb in -ed), else nearest in the sentence. It decides whether
 * "on Friday" or "March 22" lies before or after the document date.
 */
enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    private static final Pattern WORD = Pattern.compile("[A-Za-z']+");
    /** Marks between clauses: punctuation, and the words that open a new clause. */
    private static final Pattern BOUNDARY = Pattern.compile(
            "[,;:()\"“”—–]|\\s-\\s|\\b(?:and|but|while|whereas|because|although|though|when|which|who|that|where|after|before|until)\\b");
    private static final String QUOTE_MARKS = "\"“”";
    /** The quotation marks of wire copy typed on ASCII keyboards, two characters each: {@code ``...''} or {@code ''...''}. */
    private static final java.util.List<String> ASCII_QUOTES = java.util.List.of("``", "''");
    /** Forms of "be" after which a participle in -ed is a present or future passive. */
    private static final java.util.Set<String> PASSIVE_BE = java.util.Set.of("be", "being", "is", "are", "am");
    /** Words before which a participle in -ed modifies a noun ("an unspecified date", "the still unsettled claim"). */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of(
            "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those");
    private static final java.util.Set<String> PRESENT_CUES = java.util.Set.of("is", "are", "am", "says", "say", "remains", "'s");

    /**
     * The tense for {@code expression} in {@code sentence}, both spans of {@code text}.
     *
     * @param sentence the sentence holding the expression; null to read only the expression's line
     */
    static Tense around(String text, Span sentence, Span expression) {
        Span s = sentence != null ? sentence : line(text, expression);
        Span clause = clause(text, s, expression);
        Tense t = nearest(text, clause, expression);
        return t != UNKNOWN ? t : nearest(text, s, expression);
    }

    /**
     * The tense of {@code expression}'s own clause alone, UNKNOWN where the clause holds no cue (the sentence is not
     * consulted): "Work began in 2029" is PAST, "a peace in 2030, he said" is UNKNOWN for "2030".
     *
     * @param sentence the sentence holding the expression; null to read only the expression's line
     */
    static Tense ofClause(String text, Span sentence, Span expression) {
        Span s = sentence != null ? sentence : line(text, expression);
        return nearest(text, clause(text, s, expression), expression);
    }

    /**
     * The tense of {@code expression}'s clause, else of the rest of its sentence outside any quotation: "On Tuesday,
     * the league plans a news conference" reads "plans", while in "X said when asked Thursday. “We will look at it”"
     * the quoted "will" says nothing about Thursday.
     */
    static Tense outsideQuotes(String text, Span sentence, Span expression) {
        Span s = sentence != null ? sentence : line(text, expression);
        Tense own = nearest(text, clause(text, s, expression), expression);
        if (own != UNKNOWN)
            return own;
        int start = s.start(), end = s.end();
        for (int i = expression.start() - 1; i >= s.start(); i--)
            if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0 || i > s.start() && asciiQuote(text, i - 1)) {
                start = i + 1;
                break;
            }
        for (int i = expression.end(); i < s.end(); i++)
            if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0 || asciiQuote(text, i)) {
                end = i;
                break;
            }
        return nearest(text, new Span(start, Math.max(start, end)), expression);
    }

    private static boolean asciiQuote(String text, int at) {
        for (String q : ASCII_QUOTES)
            if (text.startsWith(q, at))
                return true;
        return false;
    }

    /** The clause of {@code expression}: from the boundary before it to the boundary after it, inside {@code sentence}. */
    static Span clause(String text, Span sentence, Span expression) {
        int start = sentence.start();
        int end = sentence.end();
        Matcher m = BOUNDARY.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (m.end() <= expression.start())
                start = m.end();
            else if (m.start() >= expression.end()) {
                end = m.start();
                break;
            }
        }
        return new Span(start, Math.max(start, end));
    }

    private static Tense nearest(String text, Span region, Span expression) {
        Tense best = UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        Matcher m = WORD.matcher(text).region(region.start(), region.end());
        Matcher after = WORD.matcher(text);
        String previous = "", beforePrevious = "";
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT), before = previous, twoBefore = beforePrevious;
            beforePrevious = previous;
            previous = word;
            if (m.start() >= expression.start() && m.end() <= expression.end())
                continue;
            String next = after.find(m.end()) ? after.group() : "";
            Tense t = of(twoBefore, before, word, next);
            if (t == UNKNOWN)
                continue;
            int d = m.end() <= expression.start() ? expression.start() - m.end() : m.start() - expression.end();
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return best;
    }

    /**
     * The tense one word signals, or UNKNOWN; {@code next}, the word after it (empty at the end), decides for cues that
     * point ahead in one construction only ("set to meet", not "set aside"), and {@code previous}, the word before it
     * (empty at the start), for a participle in -ed: after a present or bare "be" it is a passive whose tense "be"
     * carries ("will be named in December", "talks are supposed to end by May"), not a past; the same holds for an
     * irregular participle ("will be held on Friday", "is paid in June"). {@code twoBefore}, the word before
     * {@code previous}, marks a past perfect: a future cue after "had" or "had been" looked ahead from a time now
     * past ("the offer had been due to expire on Friday", "she had planned to fly on Monday").
     */
    static Tense of(String twoBefore, String previous, String word, String next) {
        TimeWords w = TimeWords.INSTANCE;
        if (w.futureCues.containsKey(word)) {
            java.util.regex.Pattern follows = w.futureCues.get(word);
            if (follows == null || follows.matcher(next).matches())
                return previous.equals("had") || previous.equals("been") && twoBefore.equals("had") ? PAST : FUTURE;
        }
        if (w.pastCues.contains(word))
            return PASSIVE_BE.contains(previous) ? UNKNOWN : PAST;
        if (PRESENT_CUES.contains(word))
            return PRESENT;
        if (word.length() > 4 && word.endsWith("ed") && !w.notPast.contains(word) && !PASSIVE_BE.contains(previous)
                && !adjective(twoBefore, previous))
            return PAST;
        return UNKNOWN;
    }

    /** Whether a participle after these two words modifies a noun: after a determiner, or after a determiner and an adverb. */
    private static boolean adjective(String twoBefore, String previous) {
        return DETERMINERS.contains(previous) || DETERMINERS.contains(twoBefore) && (previous.endsWith("ly") || previous.equals("still"));
    }

    private static Span line(String text, Span expression) {
        int start = text.lastIndexOf('\n', Math.max(0, expression.start() - 1)) + 1;
        int end = text.indexOf('\n', expression.end());
        return new Span(start, end < 0 ? text.length() : end);
    }
}

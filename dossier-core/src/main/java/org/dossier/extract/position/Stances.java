package org.dossier.extract.position;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.Resources;
import org.dossier.model.Span;

/**
 * Reads the stance towards a proposal from the words around its cue, by the word lists of {@code stance-cues.tsv}.
 * <ol>
 *   <li>A word right before the cue that makes it a mere mention ("after a ceasefire", "a potential ceasefire"): no
 *   stance.</li>
 *   <li>A neutral phrase in the clause ("undecided") makes it neutral.</li>
 *   <li>A cue inside a condition ("if allies send forces, ...") is a course the speaker entertains: support. A
 *   condition elsewhere in the window ("X should join, if ...", "ready, provided that ...") makes it conditional.</li>
 *   <li>Negations near the cue in its clause and oppose words just before it ("reject", "without") each flip the
 *   stance: an odd count is oppose ("does not plan to participate in a peacekeeping force"; "refused to accept a
 *   cease-fire"), an even one supports ("did not reject").</li>
 *   <li>Otherwise a support word in the window, or the cue verb that reports the speech, makes it support;
 *   with none it is a mere mention and has no stance.</li>
 * </ol>
 * Thread-safe; built once.
 */
final class Stances {
    enum Kind { SUPPORT, OPPOSE, NEGATION, NO, CONDITION, MENTION, NEUTRAL }

    /** A full stop, not the one of an abbreviation ("Mr.", "U.S.") */
    private static final String SENTENCE_END = "(?<!(?<![\\p{L}])\\p{Lu}\\p{Ll}{0,2})[.!?](?=\\s|$)";
    /** Ends a clause: semicolons, colons, dashes, brackets, "but", "while" and sentence ends. */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:—–()\\[\\]]|\\s-\\s|\\.\\.\\.|…|" + SENTENCE_END + "|(?i)(?<![\\p{L}])(but|while|whereas)(?![\\p{L}])");
    /** Ends a condition: a comma, "then", or a clause end. */
    private static final Pattern CONDITION_END = Pattern.compile(",|(?i)(?<![\\p{L}])then(?![\\p{L}])|[;:—–]|\\.\\.\\.|…|" + SENTENCE_END);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** How many words a negation or oppose word before the cue may stand from it. */
    static final int BEFORE = 8;
    /** How many words "no" or "without" may stand before the cue: they negate only what follows them. */
    static final int NEXT = 3;
    /** How many words before the cue a word that makes it a mere mention ("after a ceasefire") may stand. */
    static final int MENTION = 3;
    /** How many words a negation after the cue may stand from it ("a ceasefire alone would not resolve"). */
    static final int AFTER = 6;

    private final Map<Kind, List<Pattern>> cues;

    private Stances(Map<Kind, List<Pattern>> cues) {
        this.cues = cues;
    }

    static Stances standard() {
        Map<Kind, List<Pattern>> cues = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values())
            cues.put(k, new ArrayList<>());
        int n = 0;
        for (String[] row : Resources.rows(Stances.class, "stance-cues.tsv", 2)) {
            n++;
            Kind kind;
            try {
                kind = Kind.valueOf(row[0].toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("stance-cues.tsv: entry " + n + ": unknown kind '" + row[0] + "'");
            }
            cues.get(kind).add(Cue.compile(row[1], "stance-cues.tsv entry " + n));
        }
        return new Stances(cues);
    }

    /** Where words of {@code kind} occur in {@code text} within {@code range}. */
    List<Span> find(Kind kind, String text, Span range) {
        List<Span> out = new ArrayList<>();
        for (Pattern p : cues.get(kind)) {
            Matcher m = p.matcher(text).region(range.start(), range.end()).useTransparentBounds(true);
            while (m.find())
                out.add(new Span(m.start(), m.end()));
        }
        out.sort(null);
        return out;
    }

    /** Whether a word of {@code kind} occurs in {@code text} (a whole string, e.g. a speech cue). */
    boolean has(Kind kind, String text) {
        return text != null && !find(kind, text, new Span(0, text.length())).isEmpty();
    }

    /**
     * The stance towards the proposal whose cue is {@code cue}, read within {@code window} (a quote, or a sentence),
     * or null when the window only mentions it.
     *
     * @param reportedSupport whether the words that report the speech already support ("proposed", "called for")
     */
    String stance(String text, Span window, Span cue, boolean reportedSupport) {
        Span clause = clause(text, window, cue);
        for (Span w : find(Kind.MENTION, text, clause))
            if (w.end() <= cue.start() && words(text, w.end(), cue.start()) < MENTION)
                return null;
        if (!find(Kind.NEUTRAL, text, clause).isEmpty())
            return "neutral";
        boolean conditionElsewhere = false;
        for (Span c : find(Kind.CONDITION, text, window)) {
            Span scope = new Span(c.start(), end(CONDITION_END, text, c.end(), window.end()));
            if (scope.contains(cue))
                return "support";
            conditionElsewhere = true;
        }
        if (conditionElsewhere)
            return "conditional";
        int flips = 0;
        for (Span n : find(Kind.NEGATION, text, clause))
            if (n.end() <= cue.start() ? words(text, n.end(), cue.start()) <= BEFORE : words(text, cue.end(), n.start()) <= AFTER)
                flips++;
        for (Span n : find(Kind.NO, text, clause))
            if (n.end() <= cue.start() && words(text, n.end(), cue.start()) < NEXT)
                flips++;
        for (Span o : find(Kind.OPPOSE, text, clause))
            if (o.end() <= cue.start() && words(text, o.end(), cue.start()) <= BEFORE)
                flips++;
        if (flips % 2 == 1)
            return "oppose";
        if (flips > 0 || reportedSupport || !find(Kind.SUPPORT, text, window).isEmpty())
            return "support";
        return null;
    }

    /** The clause of {@code window} around {@code cue}. */
    static Span clause(String text, Span window, Span cue) {
        int start = window.start();
        Matcher m = CLAUSE_END.matcher(text).region(window.start(), cue.start()).useTransparentBounds(true);
        while (m.find())
            start = m.end();
        return new Span(start, Math.max(cue.end(), end(CLAUSE_END, text, cue.end(), window.end())));
    }

    private static int end(Pattern boundary, String text, int from, int limit) {
        if (from >= limit)
            return limit;
        Matcher m = boundary.matcher(text).region(from, limit).useTransparentBounds(true);
        return m.find() ? m.start() : limit;
    }

    /** How many words lie between {@code from} and {@code to}. */
    static int words(String text, int from, int to) {
        if (to <= from)
            return 0;
        Matcher m = WORD.matcher(text).region(from, to);
        int n = 0;
        while (m.find())
            n++;
        return n;
    }
}

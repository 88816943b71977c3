package org.dossier.extract.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Sentence;
import org.dossier.model.DateValue;
import org.dossier.model.Span;

/**
 * Dates what a cue states — a speech cue's words, an event trigger's event — by the temporal expression that
 * governs the cue: one in the cue's own clause
 * ("said on March 22", "told Reuters on Dec. 27"), the nearest such, else the nearest in the cue's sentence
 * ("Yesterday, an official said"), possessives aside ("hailed Thursday's summit"), else — for an item of a roundup list — the date of the list's heading ("Key
 * developments on Feb. 26: * Trump says …"). Expressions inside the words reported are never theirs: in "X said the
 * troops were sent last year", "last year" dates the sending. Where nothing governs the cue the date is null: the
 * seed gold leaves present-tense ("says") and perfect ("has said") cues undated rather than giving them the page date.
 * Built once per document; the dates carry source {@code text}.
 */
public final class CueDates {
    /** The cue of a statement that goes on from the one before: "he added", "the minister added on Monday". */
    private static final Pattern ADDED = Pattern.compile("\\badd(?:ed|s)\\b");
    private static final Pattern BULLET_BEFORE = Pattern.compile("[*•]\\s*$");

    private final AnnotatedDocument document;
    private final String text;
    private final List<Sentence> sentences;
    private final List<Timex> dates;
    /** For statements, the expressions that may date a saying; null where this dates events. */
    private final SayingTimes saying;

    private CueDates(CueDates of, SayingTimes saying) {
        this.document = of.document;
        this.text = of.text;
        this.sentences = of.sentences;
        this.dates = of.dates;
        this.saying = saying;
    }

    private CueDates(AnnotatedDocument document, List<Timex> timexes) {
        this.saying = null;
        this.document = document;
        this.text = document.text();
        this.sentences = document.sentences();
        // the dateline ("date 2025-03-08 EU chiefs briefed ... on Friday") dates the article, not what it reports
        org.dossier.model.Span dateline = org.dossier.clean.Dateline.locate(text).map(org.dossier.clean.Dateline.Stated::span)
                .orElse(null);
        this.dates = timexes.stream().filter(Timex::isCalendarDate)
                .filter(t -> dateline == null || !dateline.overlaps(t.span())).toList();
    }

    /**
     * The last document's dates on this thread. The quote and the event extractor both date their facts, one after
     * the other on the worker that runs the document; finding its expressions is the costliest step of dating, so
     * the second call takes the first one's result.
     */
    private static final ThreadLocal<CueDates> LAST = new ThreadLocal<>();

    /** The dates of {@code document}'s cues, its expressions found once. */
    public static CueDates of(AnnotatedDocument document) {
        CueDates last = LAST.get();
        if (last != null && last.document == document)
            return last;
        CueDates dates = new CueDates(document, Timexes.find(document.text(), document.sentences(), document.published()));
        LAST.set(dates);
        return dates;
    }

    /**
     * These dates as dates of statements, whose words lie in {@code reported} (every quote and reported clause of the
     * document): an expression inside words that another cue reports, a bound or planned day ("till March 15"), one
     * before a noun ("the March 15 rally") and one after the document's date no longer date a cue, nor give the day
     * of the sentence before ({@link SayingTimes}). An event is dated by what its own clause reports, so the
     * events keep {@link #of}.
     */
    public CueDates forStatements(List<Span> reported) {
        return new CueDates(this, new SayingTimes(text, document.published(), reported));
    }

    /**
     * The date of the words attributed by the cue at {@code cue} in sentence {@code sentence}.
     *
     * @param reported the words reported (the quote or the reported clause), whose own expressions are skipped; may be null
     * @return the date, or null where nothing in the text governs the cue
     */
    public DateValue dateOf(Span cue, int sentence, Span reported) {
        if (cue == null || sentence < 0 || sentence >= sentences.size())
            return null;
        Span s = sentences.get(sentence).span();
        Span clause = Tense.clause(text, s, cue);
        Timex best = nearest(clause, cue, reported);
        if (best == null)
            best = nearest(s, cue, reported);
        if (best == null)
            best = heading(sentence);
        return best == null ? null : best.toDateValue("text");
    }

    /**
     * The date of the first calendar expression that lies wholly inside {@code region}: the date a phrase names for
     * itself, or null where it names none.
     *
     * @param possessives whether an expression before "'s" counts ("Tuesday's call" before the noun it dates)
     */
    public DateValue within(Span region, boolean possessives) {
        for (Timex t : dates)
            if (region.contains(t.span()) && (possessives || !possessive(t)))
                return t.toDateValue("text");
        return null;
    }

    private Timex nearest(Span region, Span cue, Span reported) {
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Timex t : dates) {
            if (!region.contains(t.span()) || reported != null && reported.overlaps(t.span())
                    || possessive(t) && (saying == null || !saying.occasion(t, region))
                    || saying != null && !saying.mayDate(t, cue))
                continue;
            int d = t.span().start() >= cue.end() ? t.span().start() - cue.end() : cue.start() - t.span().end();
            if (d >= 0 && d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return best;
    }

    /**
     * "Thursday's summit": the expression names a thing, not when the cue's words were said. Some feeds write the
     * apostrophe doubled ("tuesday''s meeting").
     */
    private boolean possessive(Timex t) {
        int end = t.span().end();
        return text.startsWith("'s", end) || text.startsWith("\u2019s", end) || text.startsWith("''s", end);
    }

    /** For an item of a run-in list, the date its heading names ("Key developments on Feb. 26:"). */
    private Timex heading(int sentence) {
        int i = sentence;
        while (i > 0 && BULLET_BEFORE.matcher(text.substring(Math.max(0, sentences.get(i).span().start() - 3), sentences.get(i).span().start())).find())
            i--;
        if (i == sentence)
            return null;
        Span h = sentences.get(i).span();
        if (!h.of(text).strip().endsWith(":") && !h.of(text).strip().endsWith("*"))
            return null;
        return dates.stream().filter(t -> h.contains(t.span())).findFirst().orElse(null);
    }

    /**
     * The day the sentence before {@code sentence} names, when both stand in one paragraph: "X gave an interview
     * released on Jan. 2. “…,” X joked." dates the joke by the interview. Null when the previous sentence names no
     * day or a paragraph break lies between.
     */
    public DateValue dayBefore(int sentence) {
        if (sentence <= 0 || sentence >= sentences.size())
            return null;
        Span prev = sentences.get(sentence - 1).span(), cur = sentences.get(sentence).span();
        if (text.substring(prev.end(), cur.start()).indexOf('\n') >= 0)
            return null;
        return lastDay(sentence - 1);
    }

    /**
     * The last day that sentence {@code sentence} names ("Thursday's summit" aside), as an inferred date, or null
     * where it names none.
     */
    public DateValue lastDay(int sentence) {
        if (sentence < 0 || sentence >= sentences.size())
            return null;
        Span s = sentences.get(sentence).span();
        Timex last = null;
        for (Timex t : dates)
            if (s.contains(t.span()) && "day".equals(t.granularity()) && !possessive(t)
                    && (saying == null || saying.mayDate(t, null)))
                last = t;
        return last == null ? null : last.toDateValue("inferred");
    }

    /**
     * The day on which the statement of the sentence after {@code sentence} was "added", when that sentence reports
     * one ("“…,” the president added on Wednesday evening."): adding goes on from what was said just before, on the
     * same occasion, so an undated statement in {@code sentence} took place that day. Null when the next sentence
     * adds nothing or its cue is undated.
     */
    public DateValue dayAddedAfter(int sentence) {
        if (sentence < 0 || sentence + 1 >= sentences.size())
            return null;
        Span next = sentences.get(sentence + 1).span();
        Matcher m = ADDED.matcher(text).region(next.start(), next.end());
        if (!m.find())
            return null;
        Span cue = new Span(m.start(), m.end());
        Timex t = nearest(Tense.clause(text, next, cue), cue, null);
        return t == null || !"day".equals(t.granularity()) ? null : t.toDateValue("inferred");
    }
}

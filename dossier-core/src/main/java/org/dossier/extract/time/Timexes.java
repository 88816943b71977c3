package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.dossier.annotate.Sentence;
import org.dossier.model.Span;

/**
 * Finds the temporal expressions of a text and normalizes them to TimeML values against the document date. Rules,
 * not a model: every shape is a {@link Rule}, every word list a resource file next to this class. Where two
 * expressions overlap the longer wins ("three years ago" over "three years"). Partial and relative expressions
 * ("March 22", "on Friday") are placed by the tense of their clause ({@link Tense}); without a document date their
 * values keep X's for what is unknown ({@code XXXX-03-22}).
 */
public final class Timexes {
    private Timexes() {
    }

    /**
     * The temporal expressions of {@code text}, in text order.
     *
     * @param sentences the text's sentences, which bound the clause whose tense places a date; may be null or empty,
     *                  and then a line stands for a sentence
     * @param dct       the document creation time; may be null
     */
    public static List<Timex> find(String text, List<Sentence> sentences, LocalDate dct) {
        Scan scan = new Scan(text, sentences, dct);
        List<Timex> kept = new ArrayList<>(scan(scan, new Span(0, text.length())));
        // a roundup's dated heading is the "today" of the lines under it: they are read again from its day
        for (DatedSections.Section section : DatedSections.of(text, kept)) {
            kept.removeIf(t -> section.span().overlaps(t.span()));
            kept.addAll(scan(new Scan(text, sentences, section.day()), section.span()));
        }
        kept.sort(Comparator.comparing(Timex::span));
        return List.copyOf(ClockDays.resolve(Anaphora.resolve(ReportingPeriods.resolve(kept, dct), scan), scan));
    }

    /** The expressions of {@code region} of the scan's text, the longer kept where two overlap, in text order. */
    private static List<Timex> scan(Scan scan, Span region) {
        List<Timex> found = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            if (!RuleWords.INSTANCE.mayMatch(rule, scan.lowerText))
                continue;
            Matcher m = rule.pattern.matcher(scan.text).region(region.start(), region.end())
                    .useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                if (!LowerCaseNames.INSTANCE.allows(m, scan))
                    continue;
                Timex t = rule.read(m, scan);
                if (t != null && t.span().length() > 0)
                    found.add(t);
            }
        }
        found.sort(Comparator.comparingInt((Timex t) -> -t.span().length()).thenComparing(Timex::span));
        List<Timex> kept = new ArrayList<>();
        for (Timex t : found)
            if (kept.stream().noneMatch(k -> k.span().overlaps(t.span())))
                kept.add(t);
        kept.sort(Comparator.comparing(Timex::span));
        return kept;
    }

    /** The temporal expressions of {@code text} read line by line, for texts not annotated (command line, tests). */
    public static List<Timex> find(String text, LocalDate dct) {
        return find(text, null, dct);
    }
}

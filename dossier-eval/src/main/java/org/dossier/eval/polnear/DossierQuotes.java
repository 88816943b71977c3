package org.dossier.eval.polnear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.pipeline.Pipeline;

/**
 * Dossier's own quotes: the standard pipeline's analysis of the text as given (no cleaning, so offsets stay those of
 * the corpus). Whatever quote extractor {@link Pipeline#standard()} runs is what gets scored.
 * <p>
 * Units differ in one place: Dossier (like FACTS.md) makes {@code “A,” she said, “B.”} and {@code “A,” she said.
 * “B.”} two quotes, PolNeAR one attribution whose content has two pieces. Direct quotes of one speaker that only
 * the cue's words separate — the second attributed by the same cue, or by none as it goes on with the first — are
 * therefore scored as one, and so are the two pieces of a reported clause around its cue ({@code The plan, she
 * said, will fail}), which PolNeAR also annotates as one content of two pieces. Such a unit keeps its pieces, so
 * that the cue and speaker between them, which Dossier does not give as quoted, count as no part of it.
 */
public final class DossierQuotes implements QuoteSystem {
    private final Pipeline pipeline;

    public DossierQuotes() {
        this(Pipeline.standard());
    }

    public DossierQuotes(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public List<SystemQuote> quotes(String name, String text, LocalDate published) {
        List<SystemQuote> out = new ArrayList<>();
        Quote pending = null;
        Span pendingSpan = null;
        List<Span> pieces = new ArrayList<>();
        List<Quote> quotes = pipeline.analyze(name, text, published).facts().quotes();
        for (Quote q : quotes) {
            if (insideItsReport(q, quotes))
                continue;
            if (pending != null && splitByItsCue(text, pending, pendingSpan, q)) {
                pendingSpan = new Span(pendingSpan.start(), q.span().end());
                pieces.add(q.span());
                continue;
            }
            if (pending != null)
                out.add(system(pending, pendingSpan, pieces));
            pending = q;
            pendingSpan = q.span();
            pieces = new ArrayList<>(List.of(q.span()));
        }
        if (pending != null)
            out.add(system(pending, pendingSpan, pieces));
        return out;
    }

    /**
     * Whether {@code q} is a quoted phrase inside reported speech of the same cue and speaker ("said that the “stakes
     * are too high” for him"): PolNeAR annotates the report once, so the phrase is no attribution of its own.
     */
    private static boolean insideItsReport(Quote q, List<Quote> quotes) {
        if (q.kind() != Quote.Kind.DIRECT || q.cue() == null)
            return false;
        for (Quote r : quotes)
            if (r.kind() == Quote.Kind.INDIRECT && r.span().start() <= q.span().start() && q.span().end() <= r.span().end()
                    && q.cue().equals(r.cue()) && java.util.Objects.equals(q.speakerKey(), r.speakerKey()))
                return true;
        return false;
    }

    /**
     * Whether {@code next} continues {@code first} across its cue: same speaker, the same cue or none (the quote goes
     * on after the cue's sentence), and only a short gap in one paragraph holding the cue.
     */
    private static boolean splitByItsCue(String text, Quote first, Span firstSpan, Quote next) {
        if (first.kind() == Quote.Kind.INDIRECT && next.kind() == Quote.Kind.INDIRECT)
            return reportSplitByItsCue(text, first, firstSpan, next);
        if (first.kind() != Quote.Kind.DIRECT || next.kind() != Quote.Kind.DIRECT || first.cue() == null
                || next.cue() != null && !first.cue().equals(next.cue())
                || !java.util.Objects.equals(first.speakerKey(), next.speakerKey())
                || first.speakerKey() == null && next.cue() != null)
            return false;
        if (next.span().start() < firstSpan.end())
            return false;
        String gap = text.substring(firstSpan.end(), next.span().start());
        return gap.length() <= 160 && gap.indexOf('\n') < 0 && gap.contains(first.cue());
    }

    /**
     * Whether {@code next} is the rest of the reported clause {@code first} after a cue set in its middle ("Many of
     * the closures, she said, have involved …"): same cue and speaker, and only the cue's words, in one sentence,
     * between them.
     */
    private static boolean reportSplitByItsCue(String text, Quote first, Span firstSpan, Quote next) {
        if (first.cue() == null || !first.cue().equals(next.cue()) || !java.util.Objects.equals(first.speakerKey(), next.speakerKey())
                || next.span().start() < firstSpan.end())
            return false;
        String gap = text.substring(firstSpan.end(), next.span().start());
        return gap.length() <= 80 && gap.strip().startsWith(",") && gap.strip().endsWith(",") && gap.contains(first.cue())
                && !gap.matches("(?s).*[.!?\\n].*[.!?\\n].*");
    }

    /** The scored unit: {@code span} runs from the first piece to the last, and only the pieces count as its words. */
    private static SystemQuote system(Quote q, Span span, List<Span> pieces) {
        return new SystemQuote(span, q.kind() == Quote.Kind.DIRECT ? SystemQuote.DIRECT : SystemQuote.INDIRECT, q.speakerName(), pieces);
    }
}

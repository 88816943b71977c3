package org.dossier.eval.polnear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Quote;
import org.dossier.pipeline.Pipeline;

/**
 * Dossier's own quotes: the standard pipeline's analysis of the text as given (no cleaning, so offsets stay those of
 * the corpus). Whatever quote extractor {@link Pipeline#standard()} runs is what gets scored.
 * <p>
 * Each quote is given as it is: a quote split by its cue stays the two quotes FACTS.md makes it, and
 * {@link QuoteMatcher} matches them together to PolNeAR's one attribution of two pieces.
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
        List<Quote> quotes = pipeline.analyze(name, text, published).facts().quotes();
        for (Quote q : quotes)
            if (!insideItsReport(q, quotes))
                out.add(new SystemQuote(q.span(), q.kind() == Quote.Kind.DIRECT ? SystemQuote.DIRECT : SystemQuote.INDIRECT,
                        q.speakerName()));
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
}

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
 * Units differ in one place: Dossier (like FACTS.md) makes {@code “A,” she said, “B.”} two quotes, PolNeAR one
 * attribution whose content has two pieces. Direct quotes of one speaker and cue that only the cue's words separate
 * are therefore scored as one.
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
        for (Quote q : pipeline.analyze(name, text, published).facts().quotes()) {
            if (pending != null && splitByItsCue(text, pending, pendingSpan, q)) {
                pendingSpan = new Span(pendingSpan.start(), q.span().end());
                continue;
            }
            if (pending != null)
                out.add(system(pending, pendingSpan));
            pending = q;
            pendingSpan = q.span();
        }
        if (pending != null)
            out.add(system(pending, pendingSpan));
        return out;
    }

    /** Whether {@code next} continues {@code first} across its cue: same speaker and cue, only a short gap holding the cue. */
    private static boolean splitByItsCue(String text, Quote first, Span firstSpan, Quote next) {
        if (first.kind() != Quote.Kind.DIRECT || next.kind() != Quote.Kind.DIRECT || first.cue() == null
                || !first.cue().equals(next.cue()) || first.speakerKey() == null || !first.speakerKey().equals(next.speakerKey()))
            return false;
        if (next.span().start() < firstSpan.end())
            return false;
        String gap = text.substring(firstSpan.end(), next.span().start());
        return gap.length() <= 80 && gap.indexOf('\n') < 0 && gap.contains(first.cue());
    }

    private static SystemQuote system(Quote q, Span span) {
        return new SystemQuote(span, q.kind() == Quote.Kind.DIRECT ? SystemQuote.DIRECT : SystemQuote.INDIRECT, q.speakerName());
    }
}

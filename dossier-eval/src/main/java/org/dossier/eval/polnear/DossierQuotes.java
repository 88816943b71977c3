package org.dossier.eval.polnear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Quote;
import org.dossier.pipeline.Pipeline;

/**
 * Dossier's own quotes: the standard pipeline's analysis of the text as given (no cleaning, so offsets stay those of
 * the corpus). Whatever quote extractor {@link Pipeline#standard()} runs is what gets scored.
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
        for (Quote q : pipeline.analyze(name, text, published).facts().quotes())
            out.add(new SystemQuote(q.span(), q.kind() == Quote.Kind.DIRECT ? SystemQuote.DIRECT : SystemQuote.INDIRECT,
                    q.speakerName()));
        return out;
    }
}

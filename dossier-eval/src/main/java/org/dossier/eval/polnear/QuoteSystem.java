package org.dossier.eval.polnear;

import java.time.LocalDate;
import java.util.List;

/** A system under evaluation: finds the quotes of one article. */
public interface QuoteSystem {
    /**
     * Finds the quotes of article {@code name}. Spans index {@code text} as given.
     *
     * @param published the document date, or null
     */
    List<SystemQuote> quotes(String name, String text, LocalDate published);
}

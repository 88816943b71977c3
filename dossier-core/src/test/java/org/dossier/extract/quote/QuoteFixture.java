package org.dossier.extract.quote;

import java.util.List;
import org.dossier.annotate.Annotator;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Quote;

/**
 * The quote extractor run on a short text of our own, as the tests of each construction read it: one annotator and
 * one extractor for all of them, since building them loads the word lists and CoreNLP's tokenizer.
 */
final class QuoteFixture {
    private static final Annotator ANNOTATOR = new Annotator();
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    private QuoteFixture() {
    }

    /** The quotes found in {@code text}, in text order. */
    static List<Quote> extract(String text) {
        DocumentFacts facts = new DocumentFacts();
        EXTRACTOR.extract(ANNOTATOR.annotate("t", text, null), facts);
        return facts.quotes();
    }

    /** Each quote as {@code kind|speaker|text}, speakers by the canonical names the document gives them. */
    static List<String> quotes(String text) {
        return extract(text).stream().map(q -> q.kind().name().toLowerCase() + "|" + q.speakerName() + "|" + q.text()).toList();
    }

    /** Each direct quote as {@code speaker|text}. */
    static List<String> direct(String text) {
        return extract(text).stream().filter(q -> q.kind() == Quote.Kind.DIRECT).map(q -> q.speakerName() + "|" + q.text()).toList();
    }

    /** Each quote's speaker, {@code null} where it has none. */
    static List<String> speakers(String text) {
        return extract(text).stream().map(q -> String.valueOf(q.speakerName())).toList();
    }
}

package org.dossier.eval.polnear;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dossier.model.Span;

/**
 * The baseline: Stanford CoreNLP's own quote annotator with quote attribution
 * ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}; the attribution needs coref). It finds quoted text
 * only, so every quote is {@code direct}; the content is the quote without its marks, the speaker the canonical
 * mention of the attributed speaker, else the speaker mention as written. A line break ends a sentence, as in
 * Dossier's annotator, so that a quote opening a paragraph is not glued to the sentence before it.
 * <p>
 * Loading takes some 15-20 s and over 2 GB of heap. Not thread-safe: {@link QuoteAttributionAnnotator} keeps
 * per-document state in a field, so calls are serialized.
 */
public final class CoreNlpQuotes implements QuoteSystem {
    private static final String MARKS = "\"'“”‘’«»„`";
    private final StanfordCoreNLP pipeline;

    public CoreNlpQuotes() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "untokenizable=noneDelete");
        props.setProperty("quote.attributeQuotes", "true");
        this.pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public List<SystemQuote> quotes(String name, String text, LocalDate published) {
        Annotation doc = annotate(text, published);
        List<SystemQuote> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null)
            return out;
        for (CoreMap q : quotes) {
            Span content = inside(text, q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            if (content.length() == 0)
                continue;
            String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
            if (speaker == null)
                speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            out.add(new SystemQuote(content, SystemQuote.DIRECT, speaker));
        }
        return out;
    }

    /**
     * Runs the whole quote pipeline on {@code text} and returns CoreNLP's annotation (tokens, sentences, quotes):
     * what {@link #quotes} reads, and what the benchmark times and counts tokens on.
     *
     * @param published the document date, or null
     */
    public synchronized Annotation annotate(String text, LocalDate published) {
        Annotation doc = new Annotation(text);
        if (published != null)
            doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        pipeline.annotate(doc);
        return doc;
    }

    /** {@code [start, end)} less the quotation marks and spaces at either end. */
    static Span inside(String text, int start, int end) {
        while (start < end && (MARKS.indexOf(text.charAt(start)) >= 0 || Character.isWhitespace(text.charAt(start))))
            start++;
        while (end > start && (MARKS.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1))))
            end--;
        return new Span(start, end);
    }
}

package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dossier.model.Span;

/**
 * The annotation pass: Stanford CoreNLP's tokenizer and sentence splitter, and nothing more until an extractor
 * needs more. Tokenizing and splitting cost little and need no model files; the tagger, NER and parser each cost
 * several times the whole pass (see {@code shared/notes/corenlp.md}) and will be added per need, measured.
 * A line break ends a sentence: in the articles a line is a paragraph, and a quote that opens a paragraph must not
 * be glued to the sentence before it. The CoreNLP pipeline is built once and shared by all threads.
 */
public final class Annotator {
    private final StanfordCoreNLP pipeline;

    public Annotator() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // items of run-in lists ("Key developments: * Trump says … * Lavrov says …") are sentences of their own
        props.setProperty("ssplit.boundaryTokenRegex", "\\.|[!?]+|\\*|•");
        // control characters from broken pages are dropped silently rather than logged per occurrence
        props.setProperty("tokenize.options", "untokenizable=noneDelete");
        this.pipeline = new StanfordCoreNLP(props, false);
    }

    /** Annotates the cleaned {@code text} of document {@code name}. */
    public AnnotatedDocument annotate(String name, String text, LocalDate published) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class))
                tokens.add(new Token(new Span(t.beginPosition(), t.endPosition()), t.originalText()));
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sentences.size(), new Span(start, end), tokens));
        }
        return new AnnotatedDocument(name, text, published, sentences);
    }
}

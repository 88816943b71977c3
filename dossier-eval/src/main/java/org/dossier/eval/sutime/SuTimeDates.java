package org.dossier.eval.sutime;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dossier.eval.TimexEval;
import org.dossier.extract.time.Timex;
import org.dossier.model.Span;

/**
 * SUTime, the rule-based temporal tagger of Stanford CoreNLP, as a {@link TimexEval.System}: tokenize, ssplit, pos,
 * lemma, then SUTime's {@link TimeAnnotator} with the document date set. Its TIMEX3 values and types are taken as
 * they are. Only the dates harness loads it (some seconds and a POS model); the pipeline never does.
 */
public final class SuTimeDates implements TimexEval.System {
    private final StanfordCoreNLP pipeline;

    public SuTimeDates() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("tokenize.options", "untokenizable=noneDelete");
        this.pipeline = new StanfordCoreNLP(props);
        pipeline.addAnnotator(new TimeAnnotator("sutime", new Properties()));
    }

    @Override
    public synchronized List<Timex> find(String text, LocalDate dct) {
        Annotation doc = new Annotation(text);
        if (dct != null)
            doc.set(CoreAnnotations.DocDateAnnotation.class, dct.toString());
        pipeline.annotate(doc);
        List<Timex> out = new ArrayList<>();
        List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null)
            return out;
        for (CoreMap m : timexes) {
            edu.stanford.nlp.time.Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
            int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (t == null || end <= start)
                continue;
            String value = t.value() != null ? t.value() : t.altVal() != null ? t.altVal() : "";
            String type = t.timexType() == null ? "DATE" : t.timexType();
            Span span = new Span(start, end);
            out.add(new Timex(span, span.of(text), type, value, null)); // granularity: not scored by the harness
        }
        return out;
    }
}

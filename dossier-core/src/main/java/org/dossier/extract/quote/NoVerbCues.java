package org.dossier.extract.quote;

import org.dossier.extract.WordList;
import org.dossier.extract.actor.NamePhrase;
import org.dossier.extract.actor.NamePhraseParser;
import org.dossier.model.Span;

/**
 * Attributions that no speech verb makes: a quote signed with a dash, a sentence that gives someone's view ("For
 * Emmanuel Macron, …"), a name and a colon opening a headline or a transcript line.
 */
final class NoVerbCues {
    private final NamePhraseParser parser;
    private final NounPhrases phrases;
    private final WordList cues;

    NoVerbCues(NamePhraseParser parser, NounPhrases phrases, WordList cues) {
        this.parser = parser;
        this.phrases = phrases;
        this.cues = cues;
    }

    /**
     * "“…” ― Krystal Correa": a quote signed with a dash and a name that ends the paragraph, as vox pops and
     * epigraphs are printed. The dash is the cue.
     */
    Attribution signature(DocTokens d, Quoted q) {
        int i = q.outer().end();
        while (i < d.text.length() && d.text.charAt(i) == ' ')
            i++;
        if (i >= d.text.length() || "―—–-".indexOf(d.text.charAt(i)) < 0)
            return null;
        int dashEnd = i + 1;
        while (dashEnd < d.text.length() && d.text.charAt(dashEnd) == '-')
            dashEnd++;
        int start = d.tokenAt(dashEnd);
        if (start >= d.size() || d.breakBetween(q.outer().end(), d.span(start).start()))
            return null;
        int sentence = d.sentenceOf[start];
        int end = phrases.npRight(d, start, d.sentenceEnd(sentence));
        if (end == start)
            return null;
        // the name must close the paragraph (a full stop or a comma and an aside may follow)
        int after = d.span(end - 1).end();
        int eol = d.text.indexOf('\n', after);
        String rest = d.text.substring(after, eol < 0 ? d.text.length() : eol).replaceAll("[\\s\\p{Z}]+", "");
        if (!rest.isEmpty() && !rest.startsWith(",") && !rest.equals("."))
            return null;
        NamePhrase sp = parser.parse(d.tokens.subList(start, end));
        if (sp == null || sp.form() != NamePhrase.Form.NAME)
            return null;
        return new Attribution(new Span(i, dashEnd), "—", sp, null, sentence, null);
    }

    /**
     * "“…,” Costa, who heads the council.": a quote ending in a comma and followed by a person's name, with no speech
     * verb in the rest of the sentence, is that person's — the name stands where the speaker stands and the verb was
     * left out. The name is the cue.
     */
    Attribution nameAfter(DocTokens d, Quoted q) {
        int i = q.outer().end();
        boolean comma = d.text.substring(q.inner().start(), q.outer().end()).matches("(?s).*,\\W*");
        while (i < d.text.length() && d.text.charAt(i) == ' ')
            i++;
        if (i < d.text.length() && d.text.charAt(i) == ',') {
            comma = true;
            i++;
        }
        int start = d.tokenAt(i);
        if (!comma || start >= d.size() || d.breakBetween(q.outer().end(), d.span(start).start()) || d.inQuote(start)
                || !Character.isUpperCase(d.word(start).charAt(0)) || cues.contains(d.word(start)))
            return null;
        int sentence = d.sentenceOf[start], sEnd = d.sentenceEnd(sentence);
        int end = phrases.npRight(d, start, sEnd);
        if (end == start || end < sEnd && !d.word(end).equals(",") && !d.word(end).equals("."))
            return null;
        for (int k = end; k < sEnd; k++)
            if (cues.contains(d.word(k)) && !CueReader.CUE_NOUNS.contains(d.word(k)) || d.inQuote(k))
                return null;
        NamePhrase sp = parser.parse(d.tokens.subList(start, end));
        if (sp == null || sp.form() != NamePhrase.Form.NAME || sp.kind() != org.dossier.model.ActorKind.PERSON)
            return null;
        return new Attribution(sp.span(), null, sp, null, sentence, null);
    }

    /**
     * "For Emmanuel Macron, … Russia “has shown its willingness …”": a sentence that opens with "For" and a person
     * gives that person's view; it attributes the sentence's quotes and reports nothing itself.
     */
    Attribution viewpoint(DocTokens d, int i) {
        int sentence = d.sentenceOf[i];
        int sStart = d.sentenceStart(sentence), sEnd = d.sentenceEnd(sentence);
        if (i != sStart || !d.word(i).equals("For"))
            return null;
        int npEnd = phrases.npRight(d, i + 1, sEnd);
        if (npEnd >= sEnd || !d.word(npEnd).equals(","))
            return null;
        NamePhrase sp = parser.parse(d.tokens.subList(i + 1, npEnd));
        if (sp == null || sp.form() != NamePhrase.Form.NAME || sp.kind() != org.dossier.model.ActorKind.PERSON)
            return null;
        return new Attribution(d.span(i), "for", sp, null, sentence, null);
    }

    /** The most tokens between "In" and the comma that ends a source of findings. */
    private static final int MAX_FINDINGS_TOKENS = 15;

    /**
     * "In the latest poll, the mayor leads by ten points": a sentence that opens with "In" and a source of findings
     * ({@link CueReader#EVIDENCE}: a poll, a survey, a study) set off by a comma reports the clause after the comma as
     * what the source found. The source names no one and stays unresolved.
     */
    Attribution findings(DocTokens d, int i) {
        int sentence = d.sentenceOf[i];
        int sStart = d.sentenceStart(sentence), sEnd = d.sentenceEnd(sentence);
        if (i != sStart || !d.word(i).equals("In"))
            return null;
        boolean evidence = false;
        for (int k = i + 1; k < sEnd && k - i <= MAX_FINDINGS_TOKENS && !d.inQuote(k); k++) {
            if (d.word(k).equals(",")) {
                Span content = evidence && k > i + 1 ? Clauses.of(d, k + 1, sEnd) : null;
                if (content == null || QuoteExtractor.words(content.of(d.text)) < 3)
                    return null;
                return new Attribution(d.span(i), "in", Subjects.unnamed(d, i + 1, k - 1), content, sentence, null);
            }
            evidence |= CueReader.EVIDENCE.contains(d.word(k));
        }
        return null;
    }

    /** Labels of an interview printed as questions and answers: "Q: …", "A: …". Who asks and who answers stays unnamed. */
    private static final java.util.Set<String> INTERVIEW_LABELS = java.util.Set.of("Q", "A");

    /**
     * "Sanders: Clinton needs to get away from personality": a sentence (a headline, a transcript line) that opens with
     * a name and a colon reports what follows as that person's words. Where the label opens its paragraph, as a
     * transcript prints a turn ("FALLIN: Well, I think … They want safe streets."), the whole paragraph is the turn.
     */
    Attribution labelled(DocTokens d, int i) {
        int sentence = d.sentenceOf[i];
        int sStart = d.sentenceStart(sentence), sEnd = d.sentenceEnd(sentence);
        if (i != sStart || cues.contains(d.word(i)))
            return null;
        boolean interview = INTERVIEW_LABELS.contains(d.word(i)) && i + 2 < sEnd && d.word(i + 1).equals(":") && d.opensParagraph(d.span(i).start());
        int npEnd = interview ? i + 1 : phrases.npRight(d, i, sEnd);
        if (npEnd == i || npEnd >= sEnd - 1 || !d.word(npEnd).equals(":") || npEnd - i > 6 || Labels.isLabel(d, i, npEnd))
            return null;
        NamePhrase sp = interview ? Subjects.unnamed(d, i, i) : parser.parse(d.tokens.subList(i, npEnd));
        if (sp == null || !interview && sp.form() != NamePhrase.Form.NAME && sp.form() != NamePhrase.Form.ENTITY)
            return null;
        int end = d.opensParagraph(d.span(i).start()) ? turnEnd(d, sentence) : sEnd;
        Span content = Clauses.of(d, npEnd + 1, end);
        return new Attribution(d.span(npEnd), ":", sp, content, sentence, null);
    }

    /** One past the last token of the paragraph in which sentence {@code s} stands: the end of a transcript's turn. */
    private static int turnEnd(DocTokens d, int s) {
        int end = d.sentenceEnd(s);
        while (end < d.size() && !d.breakBetween(d.span(end - 1).end(), d.span(end).start()))
            end = d.sentenceEnd(d.sentenceOf[end]);
        return end;
    }

    /** The most words of a speaker's label in a transcript: "JOEL BENENSON:", "SEN. ANN REYES:". */
    private static final int MAX_LABEL_TOKENS = 5;

    /**
     * "“WALLACE: Let's start with …": the speaker's label that opens a quote set at the start of its paragraph, as a
     * transcript quoted turn by turn is printed; the label names a person ("PENCE" is the Mike Pence the article names),
     * not a headline's label ("“UPDATE: …"), or null.
     */
    NamePhrase turnLabel(DocTokens d, Quoted q) {
        int i = d.tokenAt(q.inner().start());
        if (i >= d.size() || !d.opensParagraph(d.span(d.tokenAt(q.outer().start())).start()))
            return null;
        int sEnd = d.sentenceEnd(d.sentenceOf[i]);
        int k = i;
        while (k < sEnd && k - i < MAX_LABEL_TOKENS && Character.isUpperCase(d.word(k).charAt(0)) && !cues.contains(d.word(k)))
            k++;
        if (k == i || k >= sEnd - 1 || !d.word(k).equals(":") || Labels.isLabel(d, i, k))
            return null;
        NamePhrase sp = parser.parse(d.tokens.subList(i, k));
        return sp != null && sp.form() == NamePhrase.Form.NAME && sp.kind() == org.dossier.model.ActorKind.PERSON ? sp : null;
    }
}

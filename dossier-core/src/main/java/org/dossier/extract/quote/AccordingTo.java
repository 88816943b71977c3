package org.dossier.extract.quote;

import org.dossier.extract.actor.NamePhrase;
import org.dossier.model.Span;

/**
 * Reads "according to SOURCE": the source, named ("according to Berlin") or not ("according to a notice posted at
 * the harbour", unresolved unless "by" names its author), and the clause owed to it — after the source and its comma
 * when the cue opens the sentence, else the words before the cue.
 */
final class AccordingTo {
    private final NounPhrases phrases;
    private final SpeakerPhrases speakers;

    AccordingTo(NounPhrases phrases, SpeakerPhrases speakers) {
        this.phrases = phrases;
        this.speakers = speakers;
    }

    /** The attribution of the cue "according to" of {@code len} tokens at token {@code cue}, or null. */
    Attribution read(DocTokens d, int cue, int len, Span cueSpan) {
        int sentence = d.sentenceOf[cue];
        int sStart = d.sentenceStart(sentence), sEnd = d.sentenceEnd(sentence);
        int npEnd = phrases.npRight(d, cue + len, sEnd);
        NamePhrase sp = npEnd > cue + len ? speakers.parse(d.tokens.subList(cue + len, npEnd)) : null;
        if (sp == null) {
            // "according to a count by the AP", "according to the poll": any source the clause is owed to, unresolved
            npEnd = sourceEnd(d, cue + len, sEnd);
            if (npEnd == cue + len)
                return null;
            sp = sourceBy(d, cue + len, npEnd);
            if (sp == null)
                sp = Subjects.unnamed(d, cue + len, npEnd - 1);
        }
        // the comma that closes the source, past the words the name phrase leaves ("Lazar's plea agreement,")
        int sourceEnd = npEnd < sEnd && d.word(npEnd).equals(",") ? npEnd : sourceEnd(d, cue + len, sEnd);
        Span content = cue > sStart && d.word(cue - 1).equals(",")
                ? Clauses.of(d, sStart, cue - 1)
                : cue == sStart && sourceEnd < sEnd && d.word(sourceEnd).equals(",") ? Clauses.of(d, sourceEnd + 1, sEnd)
                // "Nine million workers are eligible according to the department": a clause with no comma
                : cue - sStart >= MIN_CLAUSE_TOKENS && sourceEnd >= sEnd - 1 ? Clauses.of(d, sStart, cue) : null;
        return new Attribution(cueSpan, "according to", sp, content, sentence, null);
    }

    /** The fewest tokens of a clause that "according to" ends without a comma. */
    private static final int MIN_CLAUSE_TOKENS = 4;

    /** The most tokens of a source after "according to" that no name phrase reads. */
    private static final int MAX_SOURCE_TOKENS = 15;

    /**
     * The end (exclusive) of the source after "according to" starting at token {@code from}: up to the comma, dash or
     * sentence end that closes it, or {@code from} when none closes it within {@value #MAX_SOURCE_TOKENS} tokens or a
     * quotation mark comes first.
     */
    private static int sourceEnd(DocTokens d, int from, int sEnd) {
        for (int k = from; k < sEnd && k - from <= MAX_SOURCE_TOKENS; k++) {
            if (d.inQuote(k))
                return from;
            String w = d.word(k);
            if (w.equals(",") || Asides.isDash(d, k) || w.matches("[.;:!?]"))
                return k;
        }
        return sEnd - from <= MAX_SOURCE_TOKENS ? sEnd : from;
    }

    /**
     * The author named by "by" inside a source phrase of tokens {@code [from, to)}: "a count by the Associated Press",
     * "a draft obtained by Axios" owe what they say to the Associated Press, to Axios. Null when no "by" is followed by
     * a name the speaker parser reads.
     */
    private NamePhrase sourceBy(DocTokens d, int from, int to) {
        for (int k = from; k + 1 < to; k++)
            if (d.word(k).equals("by")) {
                int end = phrases.npRight(d, k + 1, to);
                NamePhrase named = end > k + 1 ? speakers.parse(d.tokens.subList(k + 1, end)) : null;
                if (named != null && (named.form() == NamePhrase.Form.NAME || named.form() == NamePhrase.Form.ENTITY))
                    return named;
            }
        return null;
    }
}

package org.dossier.extract.quote;

import java.util.Set;
import org.dossier.extract.WordList;
import org.dossier.extract.actor.NamePhrase;
import org.dossier.model.Span;

/**
 * Participle cues, which have no subject of their own: "The mayor defended the plan, saying that …", "a defense of
 * “home values,” saying …", "issued a statement saying …", "answered by saying …". The cue shares the subject of the
 * clause it follows, and what it reports runs forward from it. Read apart from finite cues, whose speaker stands
 * before or after them, because none of that search applies here.
 */
final class ParticipleCues {
    /** What carries the words before a participle cue: "a statement saying", "by saying" ({@code speech-vehicles.txt}). */
    private static final WordList VEHICLES = WordList.load("speech-vehicles.txt");
    private final Subjects subjects;
    private final Questions questions;

    ParticipleCues(Subjects subjects, Questions questions) {
        this.subjects = subjects;
        this.questions = questions;
    }

    /**
     * Whether the cue {@code cueText} at token {@code cue} is a participle that follows a clause: after a comma, a
     * comma inside a closing mark, or (a one-word cue) a word that carries the words.
     */
    static boolean follows(DocTokens d, int cue, String cueText, int sStart) {
        return cueText.endsWith("ing") && cue > sStart && (d.word(cue - 1).equals(",") || commaInCloser(d, cue, sStart)
                || !cueText.contains(" ") && VEHICLES.contains(d.word(cue - 1)));
    }

    /**
     * The attribution of the participle cue of {@code len} tokens at token {@code cue}, whose speaker is the subject
     * of the clause before it ({@link Subjects#ofClause}), or else of {@code previous}; null when it has none.
     */
    Attribution read(DocTokens d, int cue, int len, String cueText, Span cueSpan, Attribution previous) {
        int sentence = d.sentenceOf[cue];
        int sStart = d.sentenceStart(sentence), sEnd = d.sentenceEnd(sentence);
        // "The mayor defended the plan, saying that …": else the subject that opens the sentence
        NamePhrase subject = subjects.ofClause(d, cue - 1, sStart, previous);
        if (subject == null)
            return null;
        // "…, stating on NBC's “Meet the Press” that …": past the adjunct to its clause's "that"
        String[] medium = {null};
        int from = AdjunctThat.past(d, questions.questionAfter(d, cue + len, cueText, sEnd), sEnd, medium);
        Span content = Clauses.forward(d, from, sStart, sEnd, new String[1]);
        return new Attribution(cueSpan, cueText, subject, content, sentence, medium[0]);
    }

    /** Whether a comma stands inside the closing mark before the cue at {@code cue}: "a defense of “home values,” saying …". */
    private static boolean commaInCloser(DocTokens d, int cue, int sStart) {
        return cue - 2 >= sStart && Set.of("”", "\"", "''").contains(d.word(cue - 1)) && d.word(cue - 2).equals(",");
    }
}

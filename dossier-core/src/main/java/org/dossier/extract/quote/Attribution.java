package org.dossier.extract.quote;

import org.dossier.extract.actor.NamePhrase;
import org.dossier.model.Span;

/**
 * A speech cue with its speaker and, for reported speech, the span of what was said.
 *
 * @param cue      the cue's span ("said", "according to")
 * @param speaker  who speaks, as the phrase names them
 * @param content  the reported clause, or null when the cue only introduces direct quotes
 * @param sentence index of the sentence holding the cue
 * @param medium   where it was said ("in an interview with Le Parisien", "on X"), or null
 * @param rest     the reported clause going on after a cue set in its middle ("The plan, she said, will fail"), or null
 */
record Attribution(Span cue, String cueText, NamePhrase speaker, Span content, int sentence, String medium, Span rest) {
    /** An attribution whose reported clause, if any, is one piece. */
    Attribution(Span cue, String cueText, NamePhrase speaker, Span content, int sentence, String medium) {
        this(cue, cueText, speaker, content, sentence, medium, null);
    }
}

package org.dossier.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.annotate.Sentence;
import org.dossier.extract.actor.ActorOccurrences.Occurrence;
import org.dossier.model.ActorKind;

/**
 * Resolves "the two men", "the two leaders", "both officials" before a trigger to the pair of persons an earlier
 * sentence names together ("Mr. Trump and Mr. Putin held a call. The two men agreed that …"). Only a pair joined
 * by "and" counts: the last two names before the reference are as often a person mentioned in passing
 * ("… after the meeting with Mr. Zelensky").
 */
final class PairReference {
    /** How many sentences back the pair is looked for. */
    private static final int SENTENCES_BACK = 2;
    private static final Pattern PAIR = Pattern.compile(
            "(?i)\\b(the two|both)\\s+(men|women|leaders|officials|presidents|ministers|heads of state|diplomats|envoys)\\b");
    /** Between the two names of a pair: "and", perhaps with the second one's title ("and French President"). */
    private static final Pattern JOINED = Pattern.compile("^\\s+and\\s+(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,3}$");

    private PairReference() {
    }

    /**
     * The two persons that a pair reference in {@code before} (the text of the trigger's clause before it) stands
     * for, or an empty list.
     *
     * @param sentences the document's sentences
     * @param index     the index of the trigger's sentence
     * @param mentions  where the document names its actors, in text order
     */
    static List<Occurrence> resolve(String text, String before, List<Sentence> sentences, int index, List<Occurrence> mentions) {
        Matcher m = PAIR.matcher(before);
        if (!m.find())
            return List.of();
        for (int k = index - 1; k >= Math.max(0, index - SENTENCES_BACK); k--) {
            var span = sentences.get(k).span();
            Occurrence previous = null;
            for (Occurrence o : mentions) {
                if (!span.contains(o.span()) || o.actor().kind() != ActorKind.PERSON)
                    continue;
                if (previous != null && !previous.actor().key().equals(o.actor().key())
                        && previous.span().end() <= o.span().start()
                        && JOINED.matcher(text.substring(previous.span().end(), o.span().start())).matches())
                    return List.of(previous, o);
                previous = o;
            }
        }
        return List.of();
    }
}

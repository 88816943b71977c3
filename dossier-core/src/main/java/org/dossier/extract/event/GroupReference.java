package org.dossier.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.annotate.Sentence;
import org.dossier.extract.actor.ActorOccurrences.Occurrence;
import org.dossier.model.ActorKind;

/**
 * Resolves "they" as the subject of a trigger. In a second clause of the sentence (", where they pledged ...") it is
 * the last group of people named before it ("European leaders"), else the subject that opens the sentence. Else it is the group of people the sentence before names by their country:
 * "Seoul said North Korean soldiers had not been in combat since January. Ukraine said they had been withdrawn."
 * The soldiers are North Korea's, so North Korea is the party. Only a demonym or a country's name before a noun of
 * people counts ("North Korean soldiers", "Russian officials"): a bare "they" can as well stand for the countries
 * that speak.
 */
final class GroupReference {
    /** "they had been", "they were", "they": the pronoun right before the trigger, perhaps with auxiliaries. */
    private static final Pattern THEY_BEFORE = Pattern.compile(
            "(?i)\\bthey\\s+(?:(?:had|have|has|were|was|are|been|be|being|would|will|had been|have been)\\s+){0,2}$");
    /** The nouns of people that a country's name or demonym makes a group of that country. */
    private static final Pattern PEOPLE_AFTER = Pattern.compile(
            "^\\s+(?:\\w+\\s+)?(?:soldiers|troops|forces|fighters|officials|diplomats|negotiators|leaders|authorities|servicemen)\\b");

    /** "they" after a comma and a word that opens a second clause of the sentence: ", where they", ", and they". */
    private static final Pattern CLAUSE_THEY = Pattern.compile("(?i),\\s+(?:where|and|as|when|after which)\\s+they\\s+\\S*\\s*\\S*\\s*$");
    /** What may stand before the subject at the head of a sentence: an article, an adverb and its comma. */
    private static final Pattern SUBJECT_OPENING = Pattern.compile("(?i)\\W*(?:the\\s+)?(?:(?:\\w+ly|meanwhile|earlier|later),\\s+)?(?:the\\s+)?");

    private GroupReference() {
    }

    /**
     * The country whose people "they" right before the trigger ({@code before}: the trigger's sentence up to it)
     * stands for, as the sentence before the trigger's names them first, or empty.
     *
     * @param index    the index of the trigger's sentence
     * @param mentions where the document names its actors, in text order
     */
    static Optional<Occurrence> resolve(String text, String before, List<Sentence> sentences, int index, List<Occurrence> mentions) {
        if (!THEY_BEFORE.matcher(before).find())
            return Optional.empty();
        if (CLAUSE_THEY.matcher(before).find()) {   // ", where they pledged": a group named before, else the subject
            var own = sentences.get(index).span();
            int clause = own.start() + before.lastIndexOf(',');
            Occurrence group = null;
            for (Occurrence o : mentions)
                if (own.contains(o.span()) && o.span().end() <= clause && o.actor().kind() == ActorKind.GROUP)
                    group = o;
            if (group != null)
                return Optional.of(group);
            for (Occurrence o : mentions)
                if (own.contains(o.span()))
                    return SUBJECT_OPENING.matcher(text.substring(own.start(), o.span().start())).matches()
                            ? Optional.of(o) : Optional.empty();
            return Optional.empty();
        }
        if (index == 0)
            return Optional.empty();
        var span = sentences.get(index - 1).span();
        for (Occurrence o : mentions)
            if (span.contains(o.span()) && PEOPLE_AFTER.matcher(text.substring(o.span().end(), span.end())).find())
                return Optional.of(o);
        return Optional.empty();
    }
}

package org.dossier.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.annotate.Sentence;
import org.dossier.extract.actor.ActorOccurrences.Occurrence;

/**
 * Resolves "they" as the subject of a trigger to the group of people the sentence before names by their country:
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
        if (index == 0 || !THEY_BEFORE.matcher(before).find())
            return Optional.empty();
        var span = sentences.get(index - 1).span();
        for (Occurrence o : mentions)
            if (span.contains(o.span()) && PEOPLE_AFTER.matcher(text.substring(o.span().end(), span.end())).find())
                return Optional.of(o);
        return Optional.empty();
    }
}

package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.WordList;
import org.dossier.extract.actor.NamePhrase;
import org.dossier.model.ActorKind;
import org.dossier.model.Span;

/**
 * Reports made by a noun of speech ({@code speech-nouns.txt}) with its clause: "the senator's warning that …", "his
 * insistence that …", "a statement from the ministry that …". The noun is the cue; its possessor, or the source after
 * "from", is the speaker. Without a named or possessive source ("the claim that …", "reports that …") the noun reports
 * no one's words and is left alone, as are nouns of mental states ("fears that …"), which the list leaves out.
 */
final class SpeechNouns {
    static final WordList NOUNS = WordList.load("speech-nouns.txt");
    /** Possessive pronouns, as the pronoun that names the same speaker: "his claim" is what he claimed. */
    private static final Map<String, String> POSSESSIVE_PRONOUNS = Map.of("his", "he", "her", "she", "their", "they");
    /** Possessive markers as the tokenizer splits them off: "Trump 's", "the judges '". */
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'", "’");
    /** The most modifiers between the possessor and the noun: "his repeated public claim". */
    private static final int MAX_MODIFIERS = 2;
    /** The most tokens of a source after "from": "a statement from the Harbor Authority of Leeds". */
    private static final int MAX_SOURCE_TOKENS = 8;
    private final NounPhrases phrases;
    private final SpeakerPhrases speakers;

    SpeechNouns(NounPhrases phrases, SpeakerPhrases speakers) {
        this.phrases = phrases;
        this.speakers = speakers;
    }

    /** The report of a speech noun at token {@code i} with a source and a that-clause, or null. */
    Attribution read(DocTokens d, int i) {
        String w = d.word(i);
        if (!Character.isLowerCase(w.charAt(0)) || !NOUNS.contains(w.toLowerCase(Locale.ROOT)))
            return null;
        int sentence = d.sentenceOf[i];
        int sStart = d.sentenceStart(sentence), sEnd = d.sentenceEnd(sentence);
        NamePhrase source = possessor(d, i, sStart);
        int that = i + 1;
        if (source == null && that + 1 < sEnd && d.word(that).equals("from")) {
            int end = phrases.npRight(d, that + 1, sEnd);
            if (end > that + 1 && end - that <= MAX_SOURCE_TOKENS) {
                source = speakers.parse(d.tokens.subList(that + 1, end));
                that = end;
            }
        }
        if (source == null || that + 1 >= sEnd || !d.word(that).equals("that") || d.inQuote(that)
                || !ThatCues.opensClause(d.word(that + 1)))
            return null;
        int from = that + 1;
        int end = ClauseEnds.cut(d.text, d.span(from).start(), Clauses.contentEnd(d, sStart, sEnd));
        // "his claim that …; his criticism of …": a list of the speaker's acts goes on past a semicolon
        int semicolon = d.text.indexOf(';', d.span(from).start());
        if (semicolon >= 0 && semicolon < end)
            end = semicolon;
        Span content = Clauses.trim(d.text, d.span(from).start(), end);
        if (content == null)
            return null;
        return new Attribution(d.span(i), w, source, content, sentence, null);
    }

    /** The speaker whose possessive stands before the noun at {@code noun}, past a few modifiers, or null. */
    private NamePhrase possessor(DocTokens d, int noun, int sStart) {
        int k = noun - 1;
        while (k >= sStart && noun - 1 - k < MAX_MODIFIERS && NounPhrases.isModifier(d, k) && !NOUNS.contains(d.word(k))
                && !POSSESSIVE_PRONOUNS.containsKey(d.word(k).toLowerCase(Locale.ROOT)))
            k--;
        if (k < sStart || d.inQuote(k))
            return null;
        String pronoun = POSSESSIVE_PRONOUNS.get(d.word(k).toLowerCase(Locale.ROOT));
        if (pronoun != null)
            return new NamePhrase(NamePhrase.Form.PRONOUN, pronoun, null, ActorKind.PERSON, null, d.span(k));
        if (!POSSESSIVE_MARKS.contains(d.word(k)) || k - 1 < sStart)
            return null;
        // a plural's bare apostrophe must follow its noun at once: "the judges' ruling", not a closing quotation mark
        if (d.word(k).length() == 1 && (d.span(k - 1).end() != d.span(k).start() || !d.word(k - 1).endsWith("s")))
            return null;
        int start = phrases.npLeft(d, k - 1, sStart);
        return start <= k - 1 ? speakers.parse(d.tokens.subList(start, k)) : null;
    }
}

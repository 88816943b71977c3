package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.WordList;
import org.dossier.extract.actor.NamePhrase;
import org.dossier.model.Span;

/**
 * Questions reported with their asker: a verb of asking ({@code question-cues.txt}) whose clause a wh-word opens, at
 * once or past the one asked ("wondered why …", "asked the mayor whether …"), and the passive whose by-agent asks
 * ("was asked by the host whether …"). The question is what was said; "asked him to leave" or "questioned his record"
 * ask nothing in a clause and are left to the other readers.
 */
final class Questions {
    static final WordList CUES = WordList.load("question-cues.txt");
    /** Words that open an indirect question. */
    private static final Set<String> WH = Set.of("whether", "if", "why", "how", "what", "who", "when", "where", "which");
    /** Pronouns that stand as the one asked: "asked her whether …". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "me", "us", "you");
    /** The most lower-case words of the one asked after a determiner: "asked the board's two directors whether". */
    private static final int MAX_OBJECT_WORDS = 3;
    private final NounPhrases phrases;
    private final SpeakerPhrases speakers;

    Questions(NounPhrases phrases, SpeakerPhrases speakers) {
        this.phrases = phrases;
        this.speakers = speakers;
    }

    /** Whether {@code cue} is a verb of asking. */
    static boolean isCue(String cue) {
        return CUES.contains(cue.toLowerCase(Locale.ROOT));
    }

    /** The number of tokens (1) of a verb of asking at token {@code i} before a question, or 0. */
    int length(DocTokens d, int i) {
        String w = d.word(i);
        if (!Character.isLowerCase(w.charAt(0)) || !isCue(w))
            return 0;
        int sEnd = d.sentenceEnd(d.sentenceOf[i]);
        return questionStart(d, i + 1, sEnd) > i ? 1 : 0;
    }

    /**
     * The token of the wh-word that opens the question after a verb of asking ending at {@code from}, at once or past
     * the one asked ("asked Governor Holm whether", "asked the directors if"); -1 when none opens there.
     */
    int questionStart(DocTokens d, int from, int sEnd) {
        if (from >= sEnd - 1 || d.inQuote(from))
            return -1;
        if (isWh(d, from, sEnd))
            return from;
        int obj = phrases.npRight(d, from, sEnd);
        if (obj == from && OBJECT_PRONOUNS.contains(d.word(from).toLowerCase(Locale.ROOT)))
            obj = from + 1;
        if (obj == from && Set.of("the", "a", "an", "his", "her", "their", "its").contains(d.word(from).toLowerCase(Locale.ROOT))) {
            obj = from + 1;
            while (obj < sEnd && obj - from <= MAX_OBJECT_WORDS && (NounPhrases.isModifier(d, obj) || d.word(obj).matches("'s|’s")))
                obj++;
        }
        return obj > from && obj < sEnd - 1 && !d.inQuote(obj) && isWh(d, obj, sEnd) ? obj : -1;
    }

    /** For a verb of asking, the wh-word that opens its question past the one asked ("asked Holm whether"); else {@code from}. */
    int questionAfter(DocTokens d, int from, String cueText, int sEnd) {
        int wh = isCue(cueText) ? questionStart(d, from, sEnd) : -1;
        return wh > from ? wh : from;
    }

    /** Whether a wh-word at {@code k} opens a clause: "if" and "when" must not end the sentence. */
    private static boolean isWh(DocTokens d, int k, int sEnd) {
        return k < sEnd - 1 && WH.contains(d.word(k).toLowerCase(Locale.ROOT)) && Character.isLetter(d.word(k + 1).charAt(0));
    }

    /**
     * "Holm was asked by the host Omar Reid whether …", "Asked by reporters if …": the by-agent of a passive "asked"
     * is the asker and the question what was said; null when no question follows the agent.
     */
    Attribution byAgent(DocTokens d, int i) {
        if (!d.word(i).equalsIgnoreCase("asked") || i + 2 >= d.size() || !d.word(i + 1).equals("by"))
            return null;
        int sentence = d.sentenceOf[i];
        int sStart = d.sentenceStart(sentence), sEnd = d.sentenceEnd(sentence);
        int agentEnd = phrases.npRight(d, i + 2, sEnd);
        // "asked by reporters", "asked by two local reporters": an agent that names no one
        while (agentEnd - (i + 2) < MAX_OBJECT_WORDS && agentEnd < sEnd && !WH.contains(d.word(agentEnd).toLowerCase(Locale.ROOT))
                && (NounPhrases.isModifier(d, agentEnd) || d.word(agentEnd).matches("\\d+")))
            agentEnd++;
        // "asked by ABC's host, George Stephanopoulos, whether": an apposition may follow the agent
        if (agentEnd < sEnd && d.word(agentEnd).equals(",")) {
            int apposEnd = phrases.npRight(d, agentEnd + 1, sEnd);
            if (apposEnd > agentEnd + 1 && apposEnd < sEnd && d.word(apposEnd).equals(",") && isWh(d, apposEnd + 1, sEnd))
                agentEnd = apposEnd + 1;
        }
        if (agentEnd <= i + 2 || !isWh(d, agentEnd, sEnd))
            return null;
        int speakerEnd = d.word(agentEnd - 1).equals(",") ? agentEnd - 1 : agentEnd;
        NamePhrase asker = speakers.parse(d.tokens.subList(i + 2, speakerEnd));
        if (asker == null)
            asker = Subjects.unnamed(d, i + 2, speakerEnd - 1);
        int end = ClauseEnds.cut(d.text, d.span(agentEnd).start(), Clauses.contentEnd(d, sStart, sEnd));
        // "Asked by reporters if …, Holm said": a question fronted before its sentence ends at the comma
        int comma = d.text.indexOf(',', d.span(agentEnd).start());
        if (i == sStart && comma >= 0 && comma < end)
            end = comma;
        Span content = Clauses.trim(d.text, d.span(agentEnd).start(), end);
        return content == null ? null : new Attribution(d.span(i), "asked", asker, content, sentence, null);
    }
}

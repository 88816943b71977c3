package org.dossier.extract.quote;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dossier.extract.WordList;
import org.dossier.extract.actor.NamePhrase;
import org.dossier.extract.actor.Persons;
import org.dossier.model.ActorKind;
import org.dossier.model.Span;

/**
 * The speaker of a quote that a sentence ending in a colon introduces with no speech verb: "The result does not
 * surprise the pollster Jane Roe: “…”", "Roe's verdict: “…”", "More from Roe, in the same column: ¶“…”". News sets a
 * person's words after a colon closing a sentence about that person; the sentence must name one person only (one
 * that owns something, "Roe's verdict", only where it opens the sentence and no other name stands; none that is the
 * object of a preposition such as "to", "a message to the governor"), after any clause that opens it ("When the vote
 * came, …") and after a dash that sets a headline off from its byline ("POLLS WERE EARLY - Jane Roe:"). A label or a
 * headline before the colon ({@link Labels}) introduces no one. Stateless.
 */
final class ColonIntros {
    private static final WordList SUBORDINATORS = WordList.load("subordinators.txt");
    /** Prepositions whose object is no introducer: "a message to the governor:" ({@code colon-object-prepositions.txt}). */
    private static final WordList OBJECT_PREPOSITIONS = WordList.load("colon-object-prepositions.txt");
    /** Most tokens of the introducing sentence, from its start (or its dash) to the colon: longer ones tell a story. */
    private static final int MAX_TOKENS = 40;

    private ColonIntros() {
    }

    /**
     * The person whose words the unattributed quote {@code q} is, where the text right before it (past spaces and at
     * most one paragraph break) is a colon closing a sentence that names that person alone; null otherwise.
     */
    static NamePhrase speaker(DocTokens d, Quoted q, Persons persons) {
        int colon = q.outer().start() - 1;
        int breaks = 0;
        while (colon >= 0 && Character.isWhitespace(d.text.charAt(colon)))
            if (d.text.charAt(colon--) == '\n' && ++breaks > 2)
                return null;
        if (colon < 0 || d.text.charAt(colon) != ':')
            return null;
        int c = d.tokenAt(colon);
        if (c >= d.size() || !d.span(c).contains(new Span(colon, colon + 1)))
            return null;
        int from = introStart(d, c);
        if (from < 0 || Labels.isLabel(d, from, c))
            return null;
        int start = d.span(from).start();
        Map<String, Persons.Mention> named = new LinkedHashMap<>(), owners = new LinkedHashMap<>();
        for (Persons.Mention m : persons.mentions()) {
            int t = d.tokenAt(m.offset());
            if (m.offset() < start || m.end() > colon || d.inQuote(t)
                    || t > from && OBJECT_PREPOSITIONS.contains(d.word(t - 1).toLowerCase(Locale.ROOT)))
                continue;
            // an owner speaks only as the subject that opens the introduction: "Roe's verdict:", not "a faith in Roe's word:"
            if (!owns(d, m.end()))
                named.putIfAbsent(m.name(), m);
            else if (t == from)
                owners.putIfAbsent(m.name(), m);
        }
        Map<String, Persons.Mention> who = named.isEmpty() ? owners : named;
        if (who.size() != 1)
            return null;
        Persons.Mention m = who.values().iterator().next();
        return new NamePhrase(NamePhrase.Form.NAME, m.name(), null, ActorKind.PERSON, m.country(), new Span(m.offset(), m.end()));
    }

    /**
     * The first token of what introduces the quote, for the colon at token {@code c}: the start of its sentence, past a
     * clause that opens with a subordinator and ends in a comma, or past the last dash before the colon; -1 where the
     * sentence is too long to be an introduction or holds another colon.
     */
    private static int introStart(DocTokens d, int c) {
        int sStart = d.sentenceStart(d.sentenceOf[c]);
        int from = sStart;
        for (int k = c - 1; k >= sStart; k--) {
            String w = d.word(k);
            if (w.equals(":"))
                return -1;
            if (Asides.DASHES.contains(w) && k + 1 < c) {
                from = k + 1;
                break;
            }
        }
        if (from == sStart && SUBORDINATORS.contains(d.word(sStart).toLowerCase(Locale.ROOT)))
            for (int k = sStart + 1; k < c; k++)
                if (d.word(k).equals(",")) {
                    from = k + 1;
                    break;
                }
        return c - from > MAX_TOKENS || from >= c ? -1 : from;
    }

    /** Whether a possessive ending ("'s", "’s", "'") follows the name that ends at {@code end}. */
    private static boolean owns(DocTokens d, int end) {
        String after = d.text.substring(end, Math.min(d.text.length(), end + 2));
        return after.startsWith("'") || after.startsWith("’");
    }
}

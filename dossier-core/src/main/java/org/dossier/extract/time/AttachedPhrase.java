package org.dossier.extract.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Span;

/**
 * The tense of a short verbless phrase set off by a comma, read from the clause it modifies. News fronts the time of
 * a past event ("In 2009, the yard built its first ferry") or trails it after the object ("the yard sold the ferry,
 * in late 2009 for $5 million"); clause-by-clause tense reading cuts such a phrase off at its comma and finds no verb
 * in it. A fronted phrase (opening its sentence or line) belongs to the clause after its comma, a trailing one to the
 * clause before.
 */
final class AttachedPhrase {
    /** The most words a phrase may have and still be an adverbial without its own clause. */
    static final int MAX_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("[A-Za-z']+");
    /** A word that makes the phrase a clause of its own: a participle or a form of a verb-like cue. */
    private static final Pattern OWN_VERB = Pattern.compile("(?i)[a-z]+ing|is|are|was|were|will|would|has|have|had");

    private AttachedPhrase() {
    }

    /**
     * The tense of the clause that the phrase holding {@code expression} modifies; UNKNOWN where the expression's own
     * clause has a tense cue, the phrase is no short verbless phrase next to a comma, or the clause it modifies has no
     * cue either.
     */
    static Tense tense(String text, Span expression) {
        if (Tense.ofClause(text, null, expression) != Tense.UNKNOWN)
            return Tense.UNKNOWN;
        int start = expression.start();
        while (start > 0 && ",.!?;:\n".indexOf(text.charAt(start - 1)) < 0)
            start--;
        int end = expression.end();
        while (end < text.length() && ",.!?;:\n".indexOf(text.charAt(end)) < 0)
            end++;
        String phrase = text.substring(start, end);
        int words = 0;
        for (Matcher w = WORD.matcher(phrase); w.find(); words++)
            if (OWN_VERB.matcher(w.group()).matches())
                return Tense.UNKNOWN;
        if (words > MAX_WORDS)
            return Tense.UNKNOWN;
        boolean opensSentence = start == 0 || ".!?\n".indexOf(text.charAt(start - 1)) >= 0;
        if (opensSentence && end < text.length() && text.charAt(end) == ',')
            return next(text, end + 1);
        if (!opensSentence && text.charAt(start - 1) == ',' && start >= 2)
            return Tense.ofClause(text, null, new Span(start - 2, start - 1));
        return Tense.UNKNOWN;
    }

    /** The tense of the clause opening at or after {@code from}, read at its first word. */
    private static Tense next(String text, int from) {
        Matcher w = WORD.matcher(text).region(from, text.length());
        if (!w.find())
            return Tense.UNKNOWN;
        return Tense.ofClause(text, null, new Span(w.start(), w.end()));
    }
}

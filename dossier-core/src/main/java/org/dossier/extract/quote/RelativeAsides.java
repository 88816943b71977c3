package org.dossier.extract.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative clauses set off by a pair of commas inside the subject of a reported clause: "said the pier, which opened
 * in 1902, will close", "said Reed, who runs the ferry, had warned the council". There the comma before "which" or
 * "who" does not end what was said: the subject is too short to be a report of its own, and the clause goes on
 * after the closing comma with its verb. Stateless.
 */
final class RelativeAsides {
    private RelativeAsides() {
    }

    /** A comma and a relative pronoun: where such an aside opens. */
    private static final Pattern OPENING = Pattern.compile(",\\s+(?:which|who|whom|whose)\\b");
    /**
     * What may follow the closing comma for the clause to go on: a lower-case word that is no conjunction, relative
     * pronoun or participle cue opening a clause of the narrator's ("…, and …", "…, saying …").
     */
    private static final Pattern GOES_ON = Pattern.compile(
            ",\\s+(?!(?:and|but|or|nor|so|yet|which|who|whom|whose|while|although|though|as|when|after|before|because|if|according)\\b)(?!\\p{Ll}+ing\\b)\\p{Ll}");
    /** The most words a subject may have before its aside: more make the words before it a clause of their own. */
    private static final int MAX_SUBJECT_WORDS = 4;

    /**
     * Where the aside that opens at {@code comma} ends, past its closing comma, when the reported clause that starts
     * at {@code from} goes on after it; -1 where {@code comma} opens no such aside.
     */
    static int end(String text, int from, int comma, int to) {
        Matcher open = OPENING.matcher(text).region(comma, to);
        if (!open.lookingAt() || Clauses.words(text, from, comma) > MAX_SUBJECT_WORDS
                || text.substring(from, comma).matches("(?s).*[“”\"].*"))
            return -1;
        int close = text.indexOf(',', open.end());
        if (close < 0 || close >= to)
            return -1;
        Matcher next = GOES_ON.matcher(text).region(close, to);
        return next.lookingAt() ? close + 1 : -1;
    }
}

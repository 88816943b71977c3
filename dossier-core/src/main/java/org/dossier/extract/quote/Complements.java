package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.model.Span;

/**
 * Tells a reported clause from the object or adjunct a cue takes instead: "asked for a new timetable" (an object),
 * "said in an interview with CNN" (an adjunct), "said in an email that …" (a clause after the adjunct's "that").
 */
final class Complements {
    private Complements() {
    }

    /**
     * Prepositions that open the object of a verb, not a clause: "asked for a new timetable", "talked about the
     * budget", "warned of delays". The cue still attributes quotes beside it, but reports no clause.
     */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("for", "about", "of", "with", "against", "over");

    private static final java.util.regex.Pattern THAT = java.util.regex.Pattern.compile("\\bthat\\b");

    /**
     * {@code content} when it can be a reported clause; null when a preposition opens it right after the cue (the
     * verb's object). After "that" a preposition opens the clause itself ("predicts that as rivals drop out, …").
     */
    static Span of(String text, int afterCue, Span content) {
        if (content == null || afterCue < content.start() && THAT.matcher(text.substring(afterCue, content.start())).find())
            return content;
        String[] w = text.substring(content.start(), content.end()).split("\\s+", 3);
        String first = w[0].toLowerCase(Locale.ROOT);
        // "said about 20 people …", "over 300 jobs …": a number's "about" or "over" opens a clause's subject
        boolean number = w.length > 1 && Character.isDigit(w[1].charAt(0));
        if (OBJECT_PREPOSITIONS.contains(first) && !number)
            return null;
        if (!ADJUNCT_PREPOSITIONS.contains(first) || first.equals("to") && w.length > 1 && !NOT_VERBS.contains(w[1].toLowerCase(Locale.ROOT))
                && Character.isLowerCase(w[1].charAt(0)))
            return content;
        // "said in an email that …", "wrote in Madison, Wisconsin, that …": the clause follows the adjunct's "that"
        java.util.regex.Matcher that = THAT.matcher(text.substring(content.start(), content.end()));
        if (that.find() && Clauses.words(text, content.start(), content.start() + that.start()) <= ADJUNCT_WORDS)
            return Clauses.trim(text, content.start() + that.end(), content.end());
        // "…, the mayor said in a radio interview", "reported by the Herald": an adjunct of the saying, no clause;
        // a longer stretch goes on into a clause ("said in 2015 the tunnel would …")
        return Clauses.words(text, content.start(), content.end()) <= ADJUNCT_WORDS ? null : content;
    }

    /** Prepositions that open an adjunct of the saying after a cue: where, when, how, to whom, by whom. */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "at", "by", "on", "from", "during", "via",
            "through", "to");
    /** The most words an adjunct between a cue and its "that" may have. */
    private static final int ADJUNCT_WORDS = 12;
    /** Lower-case words after "to" that open a noun phrase, not an infinitive: "said to his staff". */
    private static final Set<String> NOT_VERBS = Set.of("the", "a", "an", "his", "her", "their", "our", "my", "your",
            "its", "these", "those", "this", "that", "all", "some", "any", "each", "every", "no", "him", "them", "us", "me");
}

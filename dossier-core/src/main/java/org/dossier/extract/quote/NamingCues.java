package org.dossier.extract.quote;

import java.util.Locale;
import org.dossier.extract.WordList;

/**
 * Verbs of naming that report a speaker's words woven into the sentence as a quoted complement of their object
 * ("the mayor called the vote “a great day for the town”", "describing the plan as “reckless”",
 * {@code naming-cues.txt}): what they report is the object and its quoted label. Elsewhere these verbs report nothing
 * ("called an emergency session", "a ferry called the Osprey"), so they are cues only before a short object and an
 * opening quotation mark.
 */
final class NamingCues {
    private static final WordList VERBS = WordList.load("naming-cues.txt");
    /** The most words of the object between the verb and the quoted label: "called the harbor board's latest plan". */
    private static final int MAX_OBJECT_WORDS = 6;

    private NamingCues() {
    }

    /**
     * The number of tokens of a naming cue at token {@code i}, or 0: a verb of the list, in lower case, not after a
     * form of "be", followed in its sentence by an object of one to {@value #MAX_OBJECT_WORDS} words with no
     * punctuation, perhaps "as", and an opening quotation mark.
     */
    static int length(DocTokens d, int i) {
        String w = d.word(i);
        if (!Character.isLowerCase(w.charAt(0)) || !VERBS.contains(w) || d.inQuote(i) || i > 0 && VerbGroups.BE_FORMS.contains(d.word(i - 1).toLowerCase(Locale.ROOT)))
            return 0;
        int from = d.span(i).end();
        for (Quoted q : d.quotes) {
            if (q.outer().start() < from)
                continue;
            String object = d.text.substring(from, q.outer().start()).strip();
            int t = d.tokenAt(q.outer().start());
            if (t >= d.size() || d.sentenceOf[t] != d.sentenceOf[i] || object.matches("(?s).*[,.;:!?()—–\\n].*"))
                return 0;
            String[] words = object.isEmpty() ? new String[0] : object.split("\\s+");
            int objectWords = words.length > 0 && words[words.length - 1].equals("as") ? words.length - 1 : words.length;
            return objectWords >= 1 && objectWords <= MAX_OBJECT_WORDS ? 1 : 0;
        }
        return 0;
    }

    /**
     * Whether a reported clause of two words is a naming cue's object and its quoted label ("calling it
     * “disqualifying”"): a whole report, though shorter than a clause.
     */
    static boolean isLabel(String cue, String content) {
        return cue != null && VERBS.contains(cue) && content.strip().split("\\s+").length == 2
                && content.matches("(?s).*(?:[“\"«„]|'').*");
    }
}

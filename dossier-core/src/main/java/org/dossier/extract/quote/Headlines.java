package org.dossier.extract.quote;

import org.dossier.extract.WordList;

/**
 * Headlines written in title case ("Mayor Says Ferry Will Run All Winter"), where a cue opens with a capital like
 * every other word: there the capital does not make it a name, as "States" in "United States" is one elsewhere.
 */
final class Headlines {
    /** Short words a title keeps in lower case ("of", "the", "to"), from {@code title-small-words.txt}. */
    private static final WordList SMALL = WordList.load("title-small-words.txt");
    /** The fewest capitalized words of a headline: "Mayor Says Ferry Runs". */
    private static final int MIN_WORDS = 4;

    private Headlines() {
    }

    /** Whether sentence {@code s} is in title case: at least four words, every one but the small words capitalized. */
    static boolean titleCase(DocTokens d, int s) {
        int capitalized = 0;
        for (int k = d.sentenceStart(s); k < d.sentenceEnd(s); k++) {
            String w = d.word(k);
            if (!Character.isLetter(w.charAt(0)))
                continue;
            if (Character.isUpperCase(w.charAt(0)))
                capitalized++;
            else if (!SMALL.contains(w))
                return false;
        }
        return capitalized >= MIN_WORDS;
    }
}

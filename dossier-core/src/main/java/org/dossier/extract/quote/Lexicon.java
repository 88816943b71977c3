package org.dossier.extract.quote;

import org.dossier.extract.Gazetteer;
import org.dossier.extract.WordList;

/** The word lists the quote extractor reads, loaded once and shared. */
final class Lexicon {
    final WordList cues = WordList.load("speech-cues.txt");
    final WordList titles = WordList.load("titles.txt");
    final WordList orgNouns = WordList.load("org-nouns.txt");
    final WordList personNouns = WordList.load("person-nouns.txt");
    final WordList nonPersonHeads = WordList.load("non-person-heads.txt");
    final Gazetteer gazetteer = Gazetteer.standard();

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they", "we");
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "his", "her", "their", "its");
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.",
            "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "but", "and", "meanwhile", "however", "in",
            "on", "at", "after", "before", "earlier", "later", "yesterday", "today", "when", "while", "as", "if",
            "this", "that", "these", "those", "it", "there", "here", "so", "also", "then", "now", "still", "for",
            "with", "by", "from", "of", "to", "what", "who", "which", "i", "we", "you", "our", "my", "key", "updates");

    boolean isPronoun(String w) {
        return PRONOUNS.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    boolean isDeterminer(String w) {
        return DETERMINERS.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    /** A capitalized word that can be part of a name: not a weekday, month or sentence adverb. */
    boolean isNameWord(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)))
            return false;
        return !NOT_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT)) && !titles.contains(w);
    }
}

package org.dossier.extract.actor;

import org.dossier.extract.Gazetteer;
import org.dossier.extract.WordList;

/**
 * The words that names of actors are made of and around: titles and roles, nouns of bodies and of persons who speak
 * for them, heads that are never persons, pronouns, and the gazetteer. Loaded once and shared.
 */
public final class Names {
    public final WordList titles = WordList.load("titles.txt");
    public final WordList orgNouns = WordList.load("org-nouns.txt");
    public final WordList personNouns = WordList.load("person-nouns.txt");
    public final WordList nonPersonHeads = WordList.load("non-person-heads.txt");
    /** Words before a title that keep it a role ("former", "acting"), not a name's part. */
    public final WordList titleModifiers = WordList.load("title-modifiers.txt");
    /** Given names that open persons' names: "Mary Barra" is a person without a title. */
    public final WordList givenNames = WordList.load("given-names.txt");
    public final Gazetteer gazetteer = Gazetteer.standard();
    /** Persons and bodies known by name before reading: the profile's leaders and ministers, a user's file. */
    public final org.dossier.extract.KnownActors known = org.dossier.extract.KnownActors.standard();

    private static final Names STANDARD = new Names();

    private Names() {
    }

    /** The bundled lists. */
    public static Names standard() {
        return STANDARD;
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they", "we");
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "his", "her", "their", "its");
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.",
            "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "but", "and", "or", "nor", "yet", "meanwhile", "however", "in",
            "on", "at", "after", "before", "earlier", "later", "yesterday", "today", "when", "while", "as", "if",
            "this", "that", "these", "those", "it", "there", "here", "so", "also", "then", "now", "still", "for",
            "with", "by", "from", "of", "to", "what", "who", "which", "i", "we", "you", "our", "my", "key", "updates",
            "said", "says", "according", "asked", "told",
            // quantifiers that open sentences as subjects: "Both said", "All agreed"
            "all", "both", "each", "many", "some", "several", "others", "none",
            // pronouns that open sentences: "She" written thrice is no name ("us" stays: "US" is one)
            "he", "she", "they", "his", "her", "him", "its", "their", "them", "me", "your",
            // initials of things, not of bodies
            "tv", "pm", "am", "ok", "gdp", "ipo", "dvd", "pc", "vs", "ad", "bc", "faq", "usb", "gps", "hiv", "aids", "covid");

    public boolean isPronoun(String w) {
        return PRONOUNS.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean isDeterminer(String w) {
        return DETERMINERS.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    /** A capitalized word that can be part of a name: not a weekday, month or sentence adverb. */
    public boolean isNameWord(String w) {
        // "US$", "HK$": a currency's sign makes an amount's unit, no name
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL))
            return false;
        return !NOT_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT)) && !titles.contains(w) && !personNouns.contains(w);
    }
}

package org.dossier.extract.actor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.WordList;
import org.dossier.model.Span;

/**
 * How a text uses a country's name where it writes it: as a modifier of another noun ("the US automaker", "U.S.
 * Treasury", "Japan's largest bank", the currency of "US$ 5 billion", the end of a region's name, "North America") or as a place ("sales in the US"), none of which makes the country the thing a
 * later "it" refers to; or otherwise as an actor ("Japan said").
 */
final class CountryUse {
    private static final WordList MODIFIED = WordList.load("modified-nouns.txt");
    private static final WordList ORG_NOUNS = Names.standard().orgNouns;
    private static final WordList PERSON_NOUNS = Names.standard().personNouns;
    private static final WordList TITLES = Names.standard().titles;
    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "(?i)\\b(in|at|from|into|across|throughout|outside|inside|within|near|around)\\s+(the\\s+)?$");
    private static final WordList REGIONS = ActorExtractor.REGIONS;
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s+$");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*([\\p{L}'’][\\p{L}\\p{N}.'’-]*)");

    private CountryUse() {
    }

    /** Whether the country written at {@code span} of {@code text} modifies the noun after it or names a place. */
    static boolean notActing(String text, Span span) {
        if (PLACE_BEFORE.matcher(text.substring(Math.max(0, span.start() - 20), span.start())).find())
            return true;
        // a region's name ends with it: "North America" is no US
        Matcher before = LAST_WORD.matcher(text.substring(Math.max(0, span.start() - 20), span.start()));
        if (before.find() && REGIONS.contains(before.group(1) + " " + span.of(text)))
            return true;
        // a currency's sign makes the name part of an amount: "US$ 5 billion"
        if (span.end() < text.length() && Character.getType(text.charAt(span.end())) == Character.CURRENCY_SYMBOL)
            return true;
        Matcher m = NEXT_WORD.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 40)));
        if (!m.find())
            return false;
        String next = m.group(1);
        return next.equals("'s") || next.equals("’s") || Character.isUpperCase(next.charAt(0))
                || MODIFIED.contains(next) || ORG_NOUNS.contains(next) || PERSON_NOUNS.contains(next) || TITLES.contains(next);
    }
}

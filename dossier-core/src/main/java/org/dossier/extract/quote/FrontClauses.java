package org.dossier.extract.quote;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.WordList;

/**
 * Ends a report made inside a subordinate clause that stands before its main clause: in "Although the mayor said the
 * ferry would run all winter, the board cancelled the night crossings" the mayor said only "the ferry would run all
 * winter"; the comma that closes the clause opens the narrator's main clause. Stateless.
 */
final class FrontClauses {
    private static final WordList SUBORDINATORS = WordList.load("subordinators.txt");
    /** Words before a subordinator that may still open the clause: "And when …", "But although …". */
    private static final Set<String> OPENERS = Set.of(",", ";", ":", "and", "but", "yet", "so", "even", "”", "\"", "''", "—", "--");
    /** A comma that ends a clause, perhaps inside a closing quotation mark; not the comma of "1,000". */
    private static final Pattern CLOSING_COMMA = Pattern.compile(",[”\"’']*\\s");

    private FrontClauses() {
    }

    /**
     * Where the report of a speaker phrase starting at token {@code npStart} ends when a subordinator opening its
     * sentence or clause stands right before the phrase: at the first comma in {@code [contentStart, contentEnd)}.
     * Else {@code contentEnd}, also where a comma follows the cue at {@code afterCue}: "As the Herald reported, the
     * board …" sets the saying aside, and the main clause is what was said. Offsets are characters into the text.
     */
    static int end(DocTokens d, int npStart, int sStart, int afterCue, int contentStart, int contentEnd) {
        int k = npStart - 1;
        if (k < sStart || d.inQuote(k) || !SUBORDINATORS.contains(d.word(k)))
            return contentEnd;
        if (k > sStart && !OPENERS.contains(d.word(k - 1).toLowerCase(java.util.Locale.ROOT)))
            return contentEnd;
        if (contentStart >= contentEnd || d.text.substring(Math.min(afterCue, contentStart), contentStart).contains(","))
            return contentEnd;
        Matcher m = CLOSING_COMMA.matcher(d.text.substring(contentStart, contentEnd));
        return m.find() ? contentStart + m.start() + (m.group().length() - 1) : contentEnd;
    }
}

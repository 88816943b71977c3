package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.WordList;

/**
 * Ends a report made inside a subordinate clause that stands before its main clause: in "Although the mayor said the
 * ferry would run all winter, the board cancelled the night crossings" the mayor said only "the ferry would run all
 * winter"; the comma that closes the clause opens the narrator's main clause. The clause may open the sentence a few
 * words before its speaker ("Because two polls showed that …, the party …"), after a measure of time ("Weeks after
 * the mayor said …, …"), or with a participle whose subject is the main clause's ("Having promised that …, the mayor
 * …", "Since announcing that …, she …"). Stateless.
 */
final class FrontClauses {
    private static final WordList SUBORDINATORS = WordList.load("subordinators.txt");
    /** Words before a subordinator that may still open the clause: "And when …", "But although …". */
    private static final Set<String> OPENERS = Set.of(",", ";", ":", "and", "but", "yet", "so", "even", "”", "\"", "''", "—", "--");
    /**
     * Words of a measure of time before "after", "before", "since" at a sentence's start: "A few weeks after …",
     * "Just days before …", "Two years after …", "Shortly after …", "Long before …".
     */
    private static final Set<String> TIME_MEASURE = Set.of("a", "an", "few", "several", "many", "some", "two", "three",
            "four", "five", "six", "ten", "just", "only", "shortly", "soon", "long", "not", "right", "even", "moments",
            "minutes", "hours", "days", "weeks", "months", "years", "decades", "hour", "day", "week", "month", "year");
    /** A participle that opens a clause whose subject is that of the main clause: "Having said that …, she …". */
    private static final String HAVING = "having";
    /** A comma that ends a clause, perhaps inside a closing quotation mark; not the comma of "1,000". */
    private static final Pattern CLOSING_COMMA = Pattern.compile(",[”\"’']*\\s");

    private FrontClauses() {
    }

    /**
     * Where the report of a speaker phrase starting at token {@code npStart} ends when it stands in a subordinate
     * clause in front of the main clause: at the first comma in {@code [contentStart, contentEnd)}. The clause opens
     * with a subordinator right before the phrase, or with a subordinator or "having" at the sentence's start (past a
     * conjunction or a measure of time) with no comma between it and the phrase. Else {@code contentEnd}, also where a
     * comma follows the cue at {@code afterCue}: "As the Herald reported, the board …" sets the saying aside, and the
     * main clause is what was said. Offsets are characters into the text.
     */
    static int end(DocTokens d, int npStart, int sStart, int afterCue, int contentStart, int contentEnd) {
        if (!opensFrontClause(d, npStart, sStart))
            return contentEnd;
        if (contentStart >= contentEnd || d.text.substring(Math.min(afterCue, contentStart), contentStart).contains(","))
            return contentEnd;
        String content = d.text.substring(contentStart, contentEnd);
        Matcher m = CLOSING_COMMA.matcher(content);
        // a comma inside a pair of dashes belongs to an aside: "embraces what he calls their assets - youth, charm - …"
        while (m.find())
            if (dashes(content.substring(0, m.start())) % 2 == 0)
                return contentStart + m.start() + (m.group().length() - 1);
        return contentEnd;
    }

    /** A dash set off by spaces. */
    private static final Pattern DASH = Pattern.compile("\\s(?:[-—–]|--)\\s");

    private static int dashes(String s) {
        Matcher m = DASH.matcher(s);
        int n = 0;
        while (m.find())
            n++;
        return n;
    }

    /** Whether the speaker phrase at token {@code npStart} stands in a clause that a subordinator or "having" opens. */
    private static boolean opensFrontClause(DocTokens d, int npStart, int sStart) {
        int k = npStart - 1;
        if (k >= sStart && !d.inQuote(k) && SUBORDINATORS.contains(d.word(k))
                && (k == sStart || OPENERS.contains(lower(d, k - 1))))
            return true;
        // the sentence's first word past its conjunctions and a measure of time
        int first = sStart;
        while (first < npStart && (OPENERS.contains(lower(d, first)) || TIME_MEASURE.contains(lower(d, first))
                || d.word(first).matches("\\d+")))
            first++;
        if (first > npStart || first >= d.size() || d.inQuote(first))
            return false;
        String w = lower(d, first);
        boolean measured = first > sStart && TIME_MEASURE.contains(lower(d, first - 1));
        if (!(SUBORDINATORS.contains(w) && (!measured || Set.of("after", "before", "since").contains(w)) || w.equals(HAVING)))
            return false;
        for (int t = first + 1; t < npStart; t++)
            if (d.word(t).equals(",") || d.word(t).equals(";") || d.inQuote(t))
                return false;
        return true;
    }

    private static String lower(DocTokens d, int t) {
        return d.word(t).toLowerCase(Locale.ROOT);
    }
}

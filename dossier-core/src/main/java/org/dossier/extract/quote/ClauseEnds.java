package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.model.Span;

/**
 * Where a reported clause ends inside its sentence: at a comma that opens a new clause or an adjunct of the saying,
 * at a second cue of the same speaker ("… and noted that …"), at the narrator's apposition after it ("…, a blow to
 * the shops"), and whether a clause goes on after a cue set off by commas in its middle ("Many of the closures, she
 * said, have involved …"). Stateless.
 */
final class ClauseEnds {
    private ClauseEnds() {
    }

    /**
     * Where a reported clause stops inside its sentence: a new clause ("…, but …", though not "…, but that …", a second
     * clause of the same saying), an adjunct of the saying ("…, at the summit"), a relative clause about a name at its
     * end ("…, who also held a rally", "…, both of whom …") and a participle cue that starts a report of its own ("…,
     * saying …", "…, adding …"), the narrator's comparison ("…, compared with 41 percent in May", "…, well above …",
     * "…, down from …"), the narrator's "as has X" ("…, as has the mayor of Leeds") and a colon that opens a quote ("…:
     * “We …”"), a direct quote of its own. Dashes are read by {@link #loneDash}.
     */
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile(
            ",\\s+(?:but(?!\\s+that\\b)|while|whereas|although|though|at|during|ahead of|amid|after|before|in the|on the|accompanying|as part of|which|who|whom|whose|both of (?:which|whom)|for whom|well (?:above|below)|down (?:sharply )?from|up (?:sharply )?from|saying|adding|noting|arguing|calling|insisting|warning|claiming|citing|according to|however|even as|even though|where|telling|describing|stating|suggesting|pointing|referring|praising|accusing|urging|explaining|acknowledging|compared (?:with|to)|as (?:has|have|had|was|were|did|does|do)(?= \\p{Lu}))\\b|:\\s*[“\"](?=\\p{L})");
    /**
     * A comma inside a closing quotation mark before a participle cue that starts a report of its own ("…
     * “expanded the party,” adding that …"): CLAUSE_BREAK's participles, after a quote rather than a bare comma.
     */
    private static final java.util.regex.Pattern QUOTE_THEN_CUE = java.util.regex.Pattern.compile(
            "(,(?:[”\"’]|''))\\s+(?:saying|adding|noting|arguing|calling|insisting|warning|claiming|citing|according to|telling|describing|stating|suggesting|pointing|referring|praising|accusing|urging|explaining|acknowledging)\\b");
    static final Set<String> TRAILING_STARTERS = Set.of("when", "as", "after", "while", "before", "during", "in",
            "at", "on", "to", "without", "adding", "noting", "saying");

    /**
     * Words after "…, she said," that start the narrator's words about the saying, not the rest of what was said: a
     * relative clause or apposition ("who …", "a state broadcaster"), a time ("a day after …"), a new clause ("but …").
     */
    private static final Set<String> NARRATOR_STARTERS = Set.of("who", "whose", "which", "but", "and", "according", "citing",
            "referring", "speaking", "a", "an");

    /**
     * Where a reported clause ends: at the sentence's end, or earlier where a comma starts a new clause or an
     * adjunct ("…, but seven leaders joined", "…, at the start of the summit").
     */
    static int cut(String text, int from, int to) {
        if (from >= to)   // the cue ends its sentence: no clause to cut
            return to;
        java.util.regex.Matcher m = CLAUSE_BREAK.matcher(text.substring(from, to));
        int end = to;
        while (m.find()) {
            // "said the pier, which opened in 1902, will close": a relative clause set off inside the subject
            int aside = RelativeAsides.end(text, from, from + m.start(), to);
            if (aside < 0) {
                end = from + m.start();
                break;
            }
            m.region(aside - from, to - from);
        }
        // "…, calling his rival “a loser,” adding that …": the quoted words keep their comma and closing mark
        java.util.regex.Matcher q = QUOTE_THEN_CUE.matcher(text.substring(from, end));
        if (q.find())
            end = from + q.end(1);
        end = loneDash(text, from, end);
        // "… was focused on the platform and noted that …": a second cue of the same speaker ends the first report
        java.util.regex.Matcher and = AND_CUE.matcher(text.substring(from, end));
        while (and.find())
            if (CueReader.CUES.contains(and.group(1)) && !CueReader.CUE_NOUNS.contains(and.group(1)))
                return from + and.start();
        java.util.regex.Matcher clause = AND_CLAUSE.matcher(text.substring(from, end));
        if (clause.find())
            end = from + clause.start();
        return finalApposition(text, from, end);
    }

    /**
     * ", and" or ", but" before a subject pronoun, a subject-less "has", "have", "had", or a subject opened by a
     * possessive and followed by a finite "is", "was", "has" …: a clause or a predicate of the speaker's own joined to
     * the report ("…, and she accused …", "…, and has championed …", "…, and his campaign is courting …"), which the
     * narrator tells. First-person pronouns are left out: in the narrator's text they mostly stand inside quoted words.
     */
    private static final java.util.regex.Pattern AND_CLAUSE = java.util.regex.Pattern.compile(",\\s+(?:and|but)\\s+(?:then\\s+|now\\s+|also\\s+|later\\s+)?(?:(?:he|she|they)\\s+\\p{Ll}|(?:has|have|had)\\s+\\p{Ll}|(?:his|her|their|its)\\s+(?:\\S+\\s+){0,3}(?:is|are|was|were|has|have|had)\\s+\\p{Ll})");

    /** A comma and an article: where an apposition may stand ("…, a swipe at his rivals"). */
    private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile(",\\s+(?:a|an|the)\\s+\\S");
    /** The last two items of a list: "…, the mayor and the police chief" is no apposition. */
    private static final java.util.regex.Pattern LIST_END = java.util.regex.Pattern.compile("\\b(?:and|or)\\s+(?:the|a|an)\\s");

    /**
     * Where a reported clause in {@code [from, end)} ends before a noun phrase set off by a comma at its end: the
     * narrator's apposition to the clause or its last word ("…, a swipe at his rivals", "…, an ambitious goal that …",
     * "…, the presumptive nominee"), not what was said. The phrase must run to the end with no comma of its own and not
     * close a list ("…, the mayor and the police chief"); else {@code end}.
     */
    static int finalApposition(String text, int from, int end) {
        java.util.regex.Matcher m = APPOSITION.matcher(text.substring(from, end));
        int last = -1;
        while (m.find())
            last = m.start();
        if (last < 0)
            return end;
        String phrase = text.substring(from + last + 1, end);
        if (phrase.indexOf(',') >= 0 || LIST_END.matcher(phrase).find() || opensClause(phrase)
                || FRONT_ADJUNCT.contains(firstWord(text, from, end)))
            return end;
        return from + last;
    }

    /**
     * Words that open an adjunct in front of a main clause ("despite the rain, the ferry …", "even so, the …"): after
     * such a start, the phrase after the comma is the main clause, not an apposition.
     */
    private static final Set<String> FRONT_ADJUNCT = Set.of("despite", "even", "with", "without", "according", "if",
            "while", "when", "although", "though", "as", "after", "before", "since", "because", "by", "in", "on", "at",
            "for", "from", "during", "unlike", "like", "until", "once", "whether", "to", "unless", "given", "beyond");
    /** Finite auxiliaries and copulas: one before any relative pronoun makes a phrase a clause ("…, a ferry is due"). */
    private static final java.util.regex.Pattern AUX_BEFORE_RELATIVE = java.util.regex.Pattern.compile(
            "^(?:(?!\\b(?:that|who|whom|whose|which)\\b).)*?\\b(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|does|did|do)\\b");

    /** Whether a phrase after a comma reads as a clause of its own: an auxiliary before any relative pronoun. */
    private static boolean opensClause(String phrase) {
        return AUX_BEFORE_RELATIVE.matcher(phrase).find();
    }

    /** A dash set off by spaces: "… in decline — a decline that …". */
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("\\s(?:[—–]|--)\\s");

    /**
     * Where a reported clause in {@code [from, end)} ends at a dash with no second one after it: the narrator's comment
     * ("… to run against him — no different from …"). A pair of dashes sets off an aside inside what was said ("the
     * problems — wages, health care — and a plan"), which the clause keeps; else {@code end}.
     */
    static int loneDash(String text, int from, int end) {
        java.util.regex.Matcher m = DASH.matcher(text.substring(from, end));
        while (m.find()) {
            int open = m.start();
            if (!m.find())
                return from + open;
        }
        return end;
    }

    /** "and" before a lower-case word, perhaps past "also" or "then": where a coordinated cue may stand. */
    private static final java.util.regex.Pattern AND_CUE = java.util.regex.Pattern.compile(",?\\s+and\\s+(?:also\\s+|then\\s+|later\\s+)?(\\p{Ll}+)\\b");

    /**
     * The reported clause going on after a cue set off by commas in its middle ("Many of the closures, she said, have
     * involved public courses"): from the comma at {@code afterCue} to where the clause ends, or null when no comma
     * follows the cue or what follows is the narrator's (an adjunct of the saying, "when …", "adding …", or a relative
     * clause about the speaker, "who …").
     */
    static Span rest(String text, int afterCue, int sentenceEnd) {
        if (afterCue >= sentenceEnd || text.charAt(afterCue) != ',')
            return null;
        int start = afterCue + 1;
        while (start < sentenceEnd && Character.isWhitespace(text.charAt(start)))
            start++;
        String first = firstWord(text, start, sentenceEnd);
        if (first.isEmpty() || TRAILING_STARTERS.contains(first) || NARRATOR_STARTERS.contains(first) || first.endsWith("ing")
                || !Character.isLetter(first.charAt(0)))
            return null;
        Span rest = Clauses.trim(text, start, cut(text, start, sentenceEnd));
        return rest != null && Clauses.words(text, rest.start(), rest.end()) >= 3 ? rest : null;
    }

    /** The first word of {@code text} in [{@code s}, {@code e}), lower-cased, or "". */
    static String firstWord(String text, int s, int e) {
        if (s >= e)
            return "";
        String[] w = text.substring(s, e).trim().split("\\s+");
        return w.length == 0 ? "" : w[0].toLowerCase(Locale.ROOT);
    }
}

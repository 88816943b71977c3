package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.WordList;
import org.dossier.extract.actor.NamePhrase;

/**
 * The subject of a cue whose head noun is followed by a modifier, which the plain subject reader of {@link Subjects}
 * stops short of: a relative clause ("Parents who packed the hall on Monday say …"), a prepositional phrase ("Sources
 * close to the mayor say …", "Large majorities of farmers in three counties said …") or a participle ("Residents
 * hoping to keep the ferry said …", "Dockworkers interviewed at the gates said …"), alone or set off by dashes ("Many at
 * the meeting — including two councillors — said …"). The subject must open its clause: the sentence, or the words
 * after a comma, colon, semicolon or linking word ("But …", "While …"). Such a subject names nobody in particular,
 * so it makes the cue an attribution and stays unresolved.
 */
final class ModifiedSubjects {
    /** Words that open a modifier after the head noun, from {@code subject-modifiers.txt}: "of", "close", "who". */
    private static final WordList MODIFIERS = WordList.load("subject-modifiers.txt");
    /** Relative pronouns: the clause they open may hold verbs of its own. */
    private static final Set<String> RELATIVES = Set.of("who", "whose");
    /** Punctuation that ends the clause before a subject. */
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "(", ")", "—", "--", "–");
    /** Words that open a clause before its subject: "But …", "While …", "Although …". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "yet", "and", "so", "still", "even", "while",
            "although", "though", "because", "since", "as", "if", "when", "whereas", "now", "also");
    /** Dashes that set off an aside inside the subject. */
    private static final Set<String> DASHES = Set.of("—", "--", "–");
    /** Openers of subject-openers.txt that may also stand inside a subject, before its head: "the two councillors". */
    private static final Set<String> INNER_QUANTIFIERS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "more", "other", "many", "few");
    /** The most tokens from the subject's first word to its head: "Large majorities". */
    private static final int MAX_HEAD = 6;
    /** The most tokens of the modifier. */
    private static final int MAX_MODIFIER = 20;
    /** The most tokens of a dashed aside. */
    private static final int MAX_DASHED = 15;

    private final SpeakerPhrases speakers;
    private final WordList cues;

    ModifiedSubjects(SpeakerPhrases speakers, WordList cues) {
        this.speakers = speakers;
        this.cues = cues;
    }

    /**
     * The subject ending at token {@code j} (the last token before the cue's verb group) in the sentence starting at
     * {@code sStart}, when it is a noun phrase with a modifier after its head; null otherwise.
     */
    NamePhrase before(DocTokens d, int j, int sStart) {
        int start = j <= sStart || d.inQuote(j) ? -1 : start(d, j, sStart, false);
        return start < 0 ? null : Subjects.unnamed(d, start, j);
    }

    /**
     * The subject before a dashed aside that ends at token {@code j}, just before the cue: "Many at the meeting —
     * including two councillors — said …", its span running to the closing dash; null when {@code j} closes no such
     * aside or no subject stands before it. A name before the dashes speaks ("Jo Park — a clerk for 30 years —
     * said …"), else a name that opens the aside ("A former mayor — Jo Park, who … — said …").
     */
    NamePhrase beforeDashes(DocTokens d, int j, int sStart) {
        if (j <= sStart || d.inQuote(j) || !DASHES.contains(d.word(j)))
            return null;
        int open = j - 1;
        while (open > sStart && !DASHES.contains(d.word(open)) && j - open <= MAX_DASHED)
            open--;
        if (open <= sStart + 1 || !d.word(open).equals(d.word(j)) || j - open > MAX_DASHED)
            return null;
        int start = start(d, open - 1, sStart, true);
        if (start < 0)
            return null;
        NamePhrase named = speakers.parse(d.tokens.subList(start, open));
        if (named != null && named.form() == NamePhrase.Form.NAME)
            return named;
        int comma = open + 1;
        while (comma < j && !d.word(comma).equals(","))
            comma++;
        // "Four mills — Acme, Baird and Cole — said": a plural subject's aside lists its members, none of whom speaks alone
        boolean plural = d.word(open - 1).endsWith("s");
        NamePhrase aside = !plural && Character.isUpperCase(d.word(open + 1).charAt(0)) ? speakers.parse(d.tokens.subList(open + 1, comma)) : null;
        if (aside != null && aside.form() == NamePhrase.Form.NAME)
            return aside;
        return named != null ? named : Subjects.unnamed(d, start, j - 1);
    }

    /**
     * The first token of the subject ending at token {@code end}, or -1 where none does; a bare head without a
     * modifier only when {@code bareHead}.
     */
    private int start(DocTokens d, int end, int sStart, boolean bareHead) {
        int start = end;
        while (start > sStart && !BOUNDARIES.contains(d.word(start - 1)) && !d.inQuote(start - 1) && end - start < MAX_HEAD + MAX_MODIFIER)
            start--;
        if (start > sStart && !BOUNDARIES.contains(d.word(start - 1)))
            return -1;
        while (start < end && CLAUSE_OPENERS.contains(d.word(start).toLowerCase(Locale.ROOT)))
            start++;
        String first = d.word(start).toLowerCase(Locale.ROOT);
        // "In Ohio the farmers …": a sentence's adjunct, not its subject
        if (FrontSubjects.OPENING_ADJUNCTS.contains(first) && !Subjects.OPENERS.contains(first))
            return -1;
        // "Rather, sources close to …": a phrase in lower case with no determiner must have a plural head
        boolean bare = !opensPhrase(d.word(start));
        for (int h = start; h <= end && h - start < MAX_HEAD; h++) {
            if (!nounPhraseWord(d, h, start))
                return -1;
            if (h == end)
                return bareHead && !bare && isHead(d, h, start) ? start : -1;
            String next = d.word(h + 1).toLowerCase(Locale.ROOT);
            if (isHead(d, h, start) && (!bare || Subjects.looksPlural(d.word(h))) && (MODIFIERS.contains(next) || participle(d, h + 1, end)) && modifier(d, h + 1, end))
                return start;
        }
        return -1;
    }

    /** Whether a word may open a subject: a capital, a figure, a quantifier or a determiner. */
    private static boolean opensPhrase(String w) {
        return Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) || Subjects.OPENERS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** Whether token {@code i} may stand before the head: no verb, pronoun, cue, quotation mark or function word. */
    private boolean nounPhraseWord(DocTokens d, int i, int start) {
        String w = d.word(i);
        String lw = w.toLowerCase(Locale.ROOT);
        if (i > start && Subjects.OPENERS.contains(lw) && !Character.isDigit(w.charAt(0)))
            return INNER_QUANTIFIERS.contains(lw);
        return !(Subjects.NOT_IN_SUBJECT.contains(lw) || cues.contains(lw) || i > start && NounPhrases.FUNCTION.contains(lw)
                || !Character.isLetterOrDigit(w.charAt(0)) || lw.endsWith("ly") || lw.endsWith("ing") || lw.endsWith("ed"));
    }

    /**
     * Whether token {@code h} can head a subject that speaks: a plural noun ("voters"), a quantity ("majorities",
     * "percent", "two-thirds"), or any noun after a determiner or a capital ("the organizer", "Another Muslim"), but
     * not a capitalized word alone, which is a name that the readers of appositions and asides take.
     */
    private static boolean isHead(DocTokens d, int h, int start) {
        String w = d.word(h);
        String lw = w.toLowerCase(Locale.ROOT);
        if (!w.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '%'))
            return false;
        if (Subjects.OPENERS.contains(lw) && h > start)
            return false;
        return Subjects.looksPlural(w) || h > start || Subjects.OPENERS.contains(lw) || Character.isDigit(w.charAt(0));
    }

    /**
     * Whether token {@code i} reads as a participle after a noun: "hoping", or a form in -ed before a preposition
     * ("interviewed at", "polled by"), as a past tense verb takes an object instead ("joined the board").
     */
    private static boolean participle(DocTokens d, int i, int end) {
        String w = d.word(i);
        if (w.length() <= 4 || !Character.isLowerCase(w.charAt(0)))
            return false;
        return w.endsWith("ing") || w.endsWith("ed") && i < end && (MODIFIERS.contains(d.word(i + 1).toLowerCase(Locale.ROOT)) || d.word(i + 1).equals("by"));
    }

    /**
     * Whether tokens {@code [from, end]} read as a modifier of a subject: no quotation mark and no cue in it, and,
     * outside a relative clause, no auxiliary or subject pronoun, which would show a clause of its own.
     */
    private boolean modifier(DocTokens d, int from, int end) {
        if (end - from + 1 > MAX_MODIFIER)
            return false;
        boolean relative = RELATIVES.contains(d.word(from).toLowerCase(Locale.ROOT));
        for (int i = from; i <= end; i++) {
            String w = d.word(i).toLowerCase(Locale.ROOT);
            if (d.inQuote(i) || w.matches("[\"“”'‘’`]+") || cues.contains(w) || w.equals("that"))
                return false;
            // outside a relative clause an auxiliary, a pronoun or an adverb in -ly shows a verb: "… of this story wrongly"
            if (!relative && (Subjects.NOT_IN_SUBJECT.contains(w) && !w.equals("to") || w.endsWith("ly") && Character.isLowerCase(d.word(i).charAt(0))))
                return false;
        }
        // "… who want to", "… joined the board in": the words before the cue end on no function word
        String last = d.word(end).toLowerCase(Locale.ROOT);
        return !NounPhrases.FUNCTION.contains(last) && !RELATIVES.contains(last) && !Subjects.CLAUSE_STARTS.contains(last);
    }
}

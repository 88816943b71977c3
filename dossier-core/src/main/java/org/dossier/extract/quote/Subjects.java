package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.WordList;
import org.dossier.extract.actor.NamePhrase;
import org.dossier.extract.actor.NamePhraseParser;
import org.dossier.model.Span;

/**
 * The subject of a cue when the name parser reads none before it: a verb coordinated with an earlier one ("A
 * spokesman defended the route and said …"), a relative "who" ("Podesta, who said …"), or a plain noun phrase that
 * names nobody in particular ("Many in the crowd said", "The company says"). Such a subject still makes the cue an
 * attribution — what was said is found all the same — and stays unresolved unless it is a name.
 */
final class Subjects {
    /** Words that end the clause a subject stands in, scanning left from the cue. */
    static final Set<String> CLAUSE_STARTS = Set.of(",", ";", ":", "--", "—", "–", "(", ")", "and", "but", "or",
            "that", "because", "while", "when", "if", "as", "since", "although", "though", "after", "before", "where",
            "so", "whether", "than", "until", "unless", "once", "whom", "which", "who", "what");
    /** Words that show a verb or a clause inside a would-be subject: then it is no noun phrase. */
    static final Set<String> NOT_IN_SUBJECT = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "not",
            "to", "it", "he", "she", "they", "we", "i", "you", "there", "here");
    /** Words that may open a subject noun phrase in lower case: quantifiers and possessives. */
    static final WordList OPENERS = WordList.load("subject-openers.txt");
    /** The most words of a plain subject: "Large majorities of ferry workers in the three ports". */
    private static final int MAX_WORDS = 12;

    private final NamePhraseParser parser;
    private final NounPhrases phrases;
    private final WordList cues;

    Subjects(NamePhraseParser parser, NounPhrases phrases, WordList cues) {
        this.parser = parser;
        this.phrases = phrases;
        this.cues = cues;
    }

    /**
     * The subject of a cue whose nearest word before it (past auxiliaries and adverbs) is token {@code j}, in the
     * sentence starting at token {@code sStart}; {@code previous} is the attribution found before, or null. Null when
     * no subject can be told.
     */
    NamePhrase before(DocTokens d, int j, int sStart, Attribution previous) {
        if (j < sStart || d.inQuote(j))
            return null;
        String w = d.word(j).toLowerCase(Locale.ROOT);
        if (w.equals("and") || w.equals("but"))
            return coordinated(d, j, sStart, previous);
        // "It said the fund …", "I told the board that …": a subject pronoun that the name parser does not take, as
        // "it" mostly stands for a thing and "I" for the writer; it speaks where the cue follows it at once, not in
        // "It was said that …", and only with a verb of saying: "I think …" in an interview is the speaker's own hedge
        // inside a longer answer, and what "it expects" is seldom said in words
        if ((w.equals("it") || w.equals("i")) && (j == sStart || CLAUSE_STARTS.contains(d.word(j - 1).toLowerCase(Locale.ROOT)))
                && j + 1 < d.size() && SAYING.contains(d.word(j + 1).toLowerCase(Locale.ROOT)))
            return unnamed(d, j, j);
        if (w.equals("who") && j - 1 > sStart && !d.word(j - 1).equals(",")) {
            // "voters who say the law is a money pit": the noun the relative clause follows
            int start = phrases.npLeft(d, j - 1, sStart);
            NamePhrase antecedent = start <= j - 1 ? parser.parse(d.tokens.subList(start, j)) : null;
            return antecedent != null ? antecedent : relative(d, j, plain(d, j - 1, sStart));
        }
        if (w.equals("who") && j - 1 > sStart && d.word(j - 1).equals(",")) {
            int end = NounPhrases.skipBracket(d, j - 2, sStart);
            int start = phrases.npLeft(d, end, sStart);
            NamePhrase antecedent = start <= end ? parser.parse(d.tokens.subList(start, end + 1)) : null;
            return antecedent != null ? antecedent : relative(d, j, plain(d, end, sStart));
        }
        return plain(d, j, sStart);
    }

    /**
     * The subject of a cue after "who" at token {@code who}: its antecedent {@code plain} where one was read, else the
     * relative itself ("compared with 40 percent who said …"), as a "who" that says something is always someone.
     */
    private static NamePhrase relative(DocTokens d, int who, NamePhrase plain) {
        return plain != null ? plain : unnamed(d, who, who);
    }

    /**
     * The subject of a verb that shares the subject of the clause before it, which ends at token {@code at}: "…
     * and said", "…, saying": as for {@link #before} after "and".
     */
    NamePhrase ofClause(DocTokens d, int at, int sStart, Attribution previous) {
        return coordinated(d, at, sStart, previous);
    }

    /**
     * The subject of "… and said": the speaker of the cue before it in the sentence, else the noun phrase opening
     * the sentence (or the clause after an opening adjunct: "In his speech, Obama praised her and said …").
     */
    private NamePhrase coordinated(DocTokens d, int and, int sStart, Attribution previous) {
        if (previous != null && previous.sentence() == d.sentenceOf[and] && previous.cue().end() <= d.span(and).start())
            return previous.speaker();
        // "And even Obama tried …, noting …": the subject follows the words that link the sentence to the one before
        int start = sStart;
        while (start + 1 < and && LINKS.contains(d.word(start).toLowerCase(Locale.ROOT)))
            start++;
        NamePhrase first = openingAdjunct(d, start, and) ? null : opening(d, start, and);
        if (first != null)
            return first;
        for (int k = start; k < Math.min(and, start + MAX_WORDS); k++)
            if (d.word(k).equals(","))
                return opening(d, k + 1, and);
        return null;
    }

    /**
     * Whether the sentence opens with a participle or an adverb that heads an adjunct set off by a comma before token
     * {@code limit}: "Walking to the car, Ebeling …", "Speaking Sunday on ABC, Carson …", "Hastily politicizing …, Trump
     * …" — its capital is the sentence's, not a name's. The word after it must be a preposition, a determiner, a
     * weekday or a participle, so that a name in -ing or -ly ("Manning visited …, toured … and said") still speaks.
     */
    /** Words that follow an opening participle or adverb in its adjunct: "Speaking to", "Walking into the". */
    private static final Set<String> ADJUNCT_NEXT = Set.of("to", "in", "at", "on", "into", "with", "from", "for", "after",
            "before", "about", "during", "through", "the", "a", "an", "his", "her", "their", "earlier", "later", "again");

    private static boolean openingAdjunct(DocTokens d, int sStart, int limit) {
        String w = d.word(sStart);
        // "On Sunday, Sanders …", "After the vote, the mayor …": a preposition or adverb that opens a sentence's adjunct
        if (FrontSubjects.OPENING_ADJUNCTS.contains(w.toLowerCase(Locale.ROOT)) && !OPENERS.contains(w.toLowerCase(Locale.ROOT)))
            return commaBefore(d, sStart + 1, limit);
        if (w.length() <= 4 || !(w.endsWith("ing") || w.endsWith("ly")) || sStart + 1 >= limit)
            return false;
        String next = d.word(sStart + 1);
        boolean adjunctWord = ADJUNCT_NEXT.contains(next) || next.endsWith("ing") && Character.isLowerCase(next.charAt(0))
                || next.matches("(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day");
        return adjunctWord && commaBefore(d, sStart + 2, limit);
    }

    /** Whether a comma stands in tokens {@code [from, limit)} within {@value #MAX_WORDS} tokens of {@code from}. */
    private static boolean commaBefore(DocTokens d, int from, int limit) {
        for (int k = from; k < limit && k - from < MAX_WORDS; k++)
            if (d.word(k).equals(","))
                return true;
        return false;
    }

    /** Words that link a sentence to the one before it, ahead of its subject: "And even Obama …", "But still the mayor …". */
    private static final Set<String> LINKS = Set.of("and", "but", "so", "yet", "even", "still", "also", "then", "now");

    /** The noun phrase that starts at token {@code start}, when a name or a plain subject stands there. */
    private NamePhrase opening(DocTokens d, int start, int limit) {
        int end = phrases.npRight(d, start, limit);
        // "Democratic candidate Hillary Clinton": a lower-case noun between a modifier and the name
        while (end > start && end + 1 < limit && NounPhrases.isModifier(d, end) && Character.isUpperCase(d.word(end + 1).charAt(0)))
            end = phrases.npRight(d, end + 1, limit);
        NamePhrase named = end > start ? parser.parse(d.tokens.subList(start, end)) : null;
        if (named != null)
            return named;
        int k = start;
        while (k < limit && k - start < MAX_WORDS && !CLAUSE_STARTS.contains(d.word(k).toLowerCase(Locale.ROOT))
                && Character.isLowerCase(d.word(k).charAt(0)) == (k > start))
            k++;
        if (k > start && k < limit && k - start <= 3)
            return unnamed(d, start, k - 1);
        // "The billionaire businessman began by …, saying": a determiner or quantifier opens a subject that no name
        // parser reads; it ends before its verb, guessed by its past-tense ending or an auxiliary, past its second word
        // ("The retired engineer walked …")
        if (k - start > 3 && OPENERS.contains(d.word(start).toLowerCase(Locale.ROOT))) {
            int last = start + 1;
            while (last + 1 < k && last - start < 2 && !looksLikeVerb(d.word(last + 1)))
                last++;
            return last > start ? unnamed(d, start, last) : null;
        }
        return null;
    }

    /** Whether a lower-case word after a subject's first word is more likely its verb than part of it. */
    private boolean looksLikeVerb(String w) {
        String lw = w.toLowerCase(Locale.ROOT);
        return lw.endsWith("ed") || NOT_IN_SUBJECT.contains(lw) || cues.contains(lw) || NounPhrases.FUNCTION.contains(lw);
    }

    /** A noun phrase ending at token {@code end} that names no one the parser knows: "Many in the crowd". */
    private NamePhrase plain(DocTokens d, int end, int sStart) {
        if (!isHead(d.word(end)))
            return null;
        int k = end;
        while (k - 1 >= sStart && end - k + 1 < MAX_WORDS && !d.inQuote(k - 1)
                && (!CLAUSE_STARTS.contains(d.word(k - 1).toLowerCase(Locale.ROOT)) || comparative(d, k - 1, sStart)))
            k--;
        int start = k;
        // the phrase opens the clause with a determiner, a quantifier, a possessive, a capital or a number
        String first = d.word(start);
        if (!(Character.isUpperCase(first.charAt(0)) || Character.isDigit(first.charAt(0)) || OPENERS.contains(first.toLowerCase(Locale.ROOT))
                || barePlural(d, start, end, sStart)))
            return null;
        for (int i = start; i <= end; i++) {
            String w = d.word(i).toLowerCase(Locale.ROOT);
            if (NOT_IN_SUBJECT.contains(w) || cues.contains(w) || d.word(i).matches("[\"“”'‘’]+"))
                return null;
        }
        return unnamed(d, start, end);
    }

    /** Verbs of saying after which "I" or "it" speaks: "I told the board …", not "I think …". */
    private static final Set<String> SAYING = Set.of("said", "say", "says", "told", "tell", "tells", "wrote", "write",
            "writes", "asked", "added");

    /** Nouns that take a plural verb with no plural ending, from {@code collective-nouns.txt}: "…, police said". */
    private static final WordList COLLECTIVES = WordList.load("collective-nouns.txt");

    /** The most words of a plural subject with no determiner: "veteran Republicans", "homeland security experts". */
    private static final int MAX_BARE_WORDS = 4;

    /**
     * Whether tokens {@code [start, end]} are a plural noun phrase with no determiner that opens its clause after a
     * comma or a conjunction: "…, veteran Republicans said", "and police officials said". A lower-case word that opens
     * a subject mid-sentence is otherwise most often a verb or an adverb, so the head must be a plural noun.
     */
    private static boolean barePlural(DocTokens d, int start, int end, int sStart) {
        if (start <= sStart || end - start + 1 > MAX_BARE_WORDS)
            return false;
        String before = d.word(start - 1).toLowerCase(Locale.ROOT);
        if (!before.equals(",") && !before.equals("and") && !before.equals("but"))
            return false;
        String head = d.word(end);
        if (COLLECTIVES.contains(head))
            return true;
        return looksPlural(head);
    }

    /** Whether a word reads as a plural noun: "voters", "majorities", not "press", "famous" or "Clinton's". */
    static boolean looksPlural(String w) {
        String lw = w.toLowerCase(Locale.ROOT);
        return lw.length() > 3 && lw.endsWith("s") && !lw.endsWith("ss") && !lw.endsWith("ous") && lw.chars().allMatch(Character::isLetter);
    }

    /** Whether token {@code k} is the "than" of a quantity inside a subject: "More than six in 10 said". */
    private static boolean comparative(DocTokens d, int k, int sStart) {
        return d.word(k).equalsIgnoreCase("than") && k - 1 >= sStart
                && Set.of("more", "less", "fewer").contains(d.word(k - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Numbers and quantifiers that can stand alone as a subject: "Two in three said", "many said", "21,000 said";
     * from {@code quantity-heads.txt}.
     */
    private static final WordList QUANTITIES = WordList.load("quantity-heads.txt");

    /** A word that can end a noun phrase: a content word, not an adverb in -ly. */
    private static boolean isHead(String w) {
        // "six in 10 say", "one in 5 said", "at least 21,000 said", "42% say": a share or a count written in figures
        if (w.matches("\\d[\\d,.]*%?"))
            return true;
        // the tokenizer parts "42%" into "42" and "%": the sign ends the share as "percent" does
        if (w.equals("%"))
            return true;
        String lw = w.toLowerCase(Locale.ROOT);
        if (QUANTITIES.contains(lw))
            return true;
        return w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.') && Character.isLetter(w.charAt(0))
                && !lw.endsWith("ly") && !NounPhrases.FUNCTION.contains(lw) && !OPENERS.contains(lw)
                && !NOT_IN_SUBJECT.contains(lw);
    }

    /** The phrase of tokens {@code [start, end]} as a speaker named by no name: kept, but resolved to no actor. */
    static NamePhrase unnamed(DocTokens d, int start, int end) {
        Span span = new Span(d.span(start).start(), d.span(end).end());
        return new NamePhrase(NamePhrase.Form.ROLE, span.of(d.text), null, null, null, span);
    }
}

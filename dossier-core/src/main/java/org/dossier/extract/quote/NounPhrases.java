package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.actor.Names;

/**
 * Finds the bounds of the noun phrases around a cue — the speaker before "said", the name after "according to" —
 * over the tokens of a document: names, titles, possessives, "of"/"from" inside names, a few lower-case modifiers
 * before a role noun, bracketed affiliations. Stateless; shared.
 */
final class NounPhrases {
    static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "that", "this", "is", "was", "are", "were", "be", "been", "has", "have", "had",
            "it", "its", "not", "as", "which", "who");
    private final Names lex;

    NounPhrases(Names lex) {
        this.lex = lex;
    }

    /** The token before a bracketed aside that ends at token {@code j} ("(R-Ohio)"), or {@code j} when there is none. */
    static int skipBracket(DocTokens d, int j, int sStart) {
        if (j <= sStart || !d.word(j).equals(")"))
            return j;
        int open = j;
        while (open > sStart && !d.word(open).equals("(") && j - open < 8)
            open--;
        return d.word(open).equals("(") ? open - 1 : j;
    }

    /** The first token of the noun phrase that ends at token {@code end} (inclusive), scanning left. */
    int npLeft(DocTokens d, int end, int sStart) {
        int k = end, lowercase = 0;
        while (k >= sStart && !d.inQuote(k)) {
            String w = d.word(k);
            boolean ok = isNpWord(d, k, end);
            if (!ok && lowercase < 2 && k < end && isModifier(d, k)
                    && (lex.orgNouns.contains(d.word(k + 1)) || lex.personNouns.contains(d.word(k + 1)) || lex.titles.contains(d.word(k + 1))
                    || k > sStart && lex.isDeterminer(d.word(k - 1)) && lex.isNameWord(d.word(k + 1)))) {
                ok = true;
                lowercase++;
            }
            if (!ok)
                break;
            k--;
        }
        // a phrase does not start with "of", "and" or a possessive
        int start = k + 1;
        while (start <= end && Set.of("of", "and", "from", "'s", "’s", "'", "’").contains(d.word(start).toLowerCase(Locale.ROOT)))
            start++;
        return start;
    }

    /** One past the last token of the noun phrase that starts at {@code start}, scanning right. */
    int npRight(DocTokens d, int start, int sEnd) {
        int k = start;
        // "conservative talk radio host Rush Limbaugh": lower-case words that lead up to a title or a name
        int lead = start;
        while (lead < sEnd && lead - start < 4 && isModifier(d, lead))
            lead++;
        if (lead > start && lead < sEnd && (lex.titles.contains(d.word(lead)) || lex.isNameWord(d.word(lead))))
            k = lead;
        while (k < sEnd && !d.inQuote(k) && (isNpWord(d, k, sEnd)
                // "the harbour master Jens Olsen": a common noun between a determiner and a name
                || k > start && lex.isDeterminer(d.word(k - 1)) && isModifier(d, k) && k + 1 < sEnd
                && (lex.isNameWord(d.word(k + 1)) || k + 2 < sEnd && isModifier(d, k + 1) && lex.isNameWord(d.word(k + 2)))
                || k > start + 1 && lex.isDeterminer(d.word(k - 2)) && isModifier(d, k - 1) && isModifier(d, k) && k + 1 < sEnd && lex.isNameWord(d.word(k + 1))
                || k > start && lex.isNameWord(d.word(k - 1)) && rolesBeforeName(d, k, sEnd)))
            k++;
        while (k > start && Set.of("of", "and", "from", "the", "a", "an").contains(d.word(k - 1).toLowerCase(Locale.ROOT)))
            k--;
        return k;
    }

    /** The most lower-case words of a role between a name's modifier and the name: "Fox News judicial analyst". */
    private static final int MAX_ROLE_WORDS = 3;

    /**
     * Whether lower-case role words start at token {@code k} and lead up to a name or a title, after a capitalized
     * word that modifies them: "Virginia delegate Beau Correll", "CBS moderator Nancy Cordes", "Republican party boss
     * Reince Priebus". The last of them must be a title or a noun of persons; words of a verb group ("would", "has")
     * are no role words.
     */
    private boolean rolesBeforeName(DocTokens d, int k, int sEnd) {
        int i = k;
        while (i < sEnd && i - k < MAX_ROLE_WORDS && isModifier(d, i) && !Subjects.NOT_IN_SUBJECT.contains(d.word(i)))
            i++;
        // the last of them is a title or a noun of persons, not a verb: "Graham told CNN" is no role
        return i > k && i < sEnd && (lex.titles.contains(d.word(i - 1)) || lex.personNouns.contains(d.word(i - 1)))
                && (lex.isNameWord(d.word(i)) || lex.titles.contains(d.word(i)) && Character.isUpperCase(d.word(i).charAt(0)));
    }

    /** Whether token {@code k} is an apostrophe glued to a word in -s before it: the possessive "Sanders'". */
    static boolean isBareApostrophe(DocTokens d, int k) {
        String w = d.word(k);
        return (w.equals("'") || w.equals("’")) && k > 0 && d.span(k - 1).end() == d.span(k).start()
                && d.word(k - 1).endsWith("s") && Character.isUpperCase(d.word(k - 1).charAt(0));
    }

    /** A lower-case content word that may modify a noun: not a function word, a participle or a verb form. */
    static boolean isModifier(DocTokens d, int k) {
        String w = d.word(k);
        return Character.isLowerCase(w.charAt(0)) && !FUNCTION.contains(w.toLowerCase(Locale.ROOT))
                && !w.endsWith("ed") && !w.endsWith("ing") && w.chars().allMatch(Character::isLetter);
    }

    private boolean isNpWord(DocTokens d, int k, int limit) {
        String w = d.word(k);
        String lw = w.toLowerCase(Locale.ROOT);
        if (w.equals(",") || w.equals(".") && k > 0)
            return false;
        // a hyphen inside a name the tokenizer split: "Resnick - Day"
        if ((w.equals("-") || w.equals("‐")) && k > 0 && k + 1 < d.size() && lex.isNameWord(d.word(k - 1)) && lex.isNameWord(d.word(k + 1))
                && d.span(k - 1).end() == d.span(k).start() && d.span(k).end() == d.span(k + 1).start())
            return true;
        if (lex.isNameWord(w) || lex.titles.contains(w) || lex.orgNouns.contains(w) || lex.personNouns.contains(w)
                || lex.isDeterminer(w) || lex.isPronoun(w) || w.matches("\\p{Lu}\\.") || w.equals("'s") || w.equals("’s"))
            return true;
        // a possessive of a name ending in s written with the bare apostrophe: "Sanders' team", "the Smiths’ lawyer"
        if (isBareApostrophe(d, k))
            return true;
        if ((lw.equals("of") || lw.equals("and") || lw.equals("from") || lw.equals("von") || lw.equals("der")) && k + 1 < d.size()
                && (Character.isUpperCase(d.word(k + 1).charAt(0))
                || d.word(k + 1).equals("the") && k + 2 < d.size() && Character.isUpperCase(d.word(k + 2).charAt(0))))
            return true;
        return Character.isUpperCase(w.charAt(0)) && !FUNCTION.contains(lw) && w.length() > 1 && lex.isNameWord(w);
    }
}

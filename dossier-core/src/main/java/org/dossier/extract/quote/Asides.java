package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.actor.NamePhrase;
import org.dossier.extract.actor.NamePhraseParser;
import org.dossier.extract.actor.Names;
import org.dossier.model.Span;

/**
 * Finds a speaker whom asides part from the cue: an adverb or a reflexive ("Cruz himself said"), an apposition set off
 * by commas that gives a role or a name ("Mark Rutte, NATO's secretary general, said", "one of the lawyers, Justin
 * Bamberg, said"), several such asides ("Tom Brand, 21, a junior from Ames, said") and a relative clause or words
 * between dashes ("Humphrey, who calls Trump a “sociopath,” said"). Without it the last words of the aside would read
 * as the speaker.
 */
final class Asides {
    /** Words that may stand between a name and its cue wherever they appear: "Carter however said", "Cruz himself said". */
    private static final Set<String> ASIDES = Set.of("however", "himself", "herself", "themselves", "itself", "too");
    /** Quantifiers that may follow a subject before its cue: "Lee and Park both said". */
    private static final Set<String> FLOATED = Set.of("all", "both", "each");
    /** Lower-case subjects a quantifier may follow: "they all said". */
    private static final Set<String> FLOATED_AFTER = Set.of("they", "we");
    private final Names lex;
    private final NamePhraseParser parser;
    private final NounPhrases phrases;
    private final SpeakerPhrases speakers;
    private final Towns towns;

    Asides(Names lex, NamePhraseParser parser, NounPhrases phrases, SpeakerPhrases speakers, Towns towns) {
        this.lex = lex;
        this.parser = parser;
        this.phrases = phrases;
        this.speakers = speakers;
        this.towns = towns;
    }

    /**
     * Whether token {@code j} is an aside between a name and its cue: "however", a reflexive ("Cruz himself said") or
     * an adverb in -ly ("Trump jokingly said"). The adverb needs a capitalized word before it, as "family" and "ally"
     * end in -ly too and head subjects of their own ("the family said").
     */
    static boolean afterName(DocTokens d, int j, int sStart) {
        String w = d.word(j);
        if (ASIDES.contains(w))
            return true;
        // "Reyes and Ortega both said", "They all said": a quantifier floated after its subject is no subject itself
        if (FLOATED.contains(w) && j > sStart && (Character.isUpperCase(d.word(j - 1).charAt(0)) || FLOATED_AFTER.contains(d.word(j - 1))))
            return true;
        return w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(w.charAt(0)) && j > sStart
                && Character.isUpperCase(d.word(j - 1).charAt(0)) && !d.inQuote(j - 1);
    }

    /**
     * A speaker set off by commas before its cue: "Mark Rutte, NATO's secretary general, said" (the name before the
     * aside, which gives the role), "Costa, who heads the council, told" (an aside that is a clause), "one of the
     * lawyers, Justin Bamberg, said" (the name in the aside).
     */
    NamePhrase apposition(DocTokens d, int comma, int sStart) {
        int k = previousComma(d, comma, sStart);
        // "a salesman from Sumter, South Carolina,": the state after a town belongs to the aside before it
        if (k > sStart && Towns.stateAfterTown(d, k, comma)) {
            NamePhrase named = apposition(d, k, previousComma(d, k, sStart), sStart);
            if (named != null)
                return named;
        }
        // "Paul Lund, a welder from Ava, Mo., who backs the union, said": the state ends the aside before this one
        int asideBefore = k > sStart ? previousComma(d, k, sStart) : -1;
        if (asideBefore >= sStart && Towns.stateAfterTown(d, asideBefore, k) && towns.isPlace(d, asideBefore + 1, k)) {
            NamePhrase named = apposition(d, k, sStart);
            // the person before the town's preposition, not the town itself
            if (named != null && d.tokenAt(named.span().start()) < Towns.preposition(d, asideBefore, sStart))
                return named;
        }
        NamePhrase one = apposition(d, comma, k, sStart);
        // a person named where a clause opens is the speaker; one inside a clause ("who helped found EDGE") may be
        // the object of an aside about a speaker named further back
        if (one != null && one.form() == NamePhrase.Form.NAME && one.kind() == org.dossier.model.ActorKind.PERSON
                && opensClause(d, d.tokenAt(one.span().start()), sStart))
            return one;
        NamePhrase head = personBeforeAsides(d, comma, sStart);
        return head != null ? head : one;
    }

    /** The most asides set off by commas that may stand between a speaker's name and the cue. */
    private static final int MAX_ASIDES = 3;

    /**
     * The person named before several asides, each set off by commas, that end at {@code comma}: "Tom Brand, 21, a
     * junior from Ames, said", "Ms. Lee, who founded EDGE, a justice group, said". The name must fill its piece and
     * open the sentence or a clause; null when no such name stands within {@value #MAX_ASIDES} asides.
     */
    private NamePhrase personBeforeAsides(DocTokens d, int comma, int sStart) {
        int end = comma;
        for (int step = 0; step <= MAX_ASIDES; step++) {
            int k = previousComma(d, end, sStart);
            boolean commaBefore = k >= sStart && d.word(k).equals(",");
            int pieceStart = commaBefore ? k + 1 : Math.max(sStart, k + 1);
            if (step > 0 && pieceStart < end && (pieceStart == sStart || commaBefore || isClauseOpener(d, pieceStart - 1))
                    && phrases.npLeft(d, end - 1, sStart) <= pieceStart) {
                NamePhrase named = speakers.parse(d.tokens.subList(pieceStart, end));
                if (named != null && named.form() == NamePhrase.Form.NAME && named.kind() == org.dossier.model.ActorKind.PERSON)
                    return new NamePhrase(named.form(), named.name(), named.role(), named.kind(), named.country(),
                            new Span(named.span().start(), d.span(comma - 1).end()));
            }
            if (!commaBefore)
                return null;
            end = k;
        }
        return null;
    }

    /** As {@link #apposition(DocTokens, int, int)}, the aside standing between commas {@code k} and {@code comma}. */
    private NamePhrase apposition(DocTokens d, int comma, int k, int sStart) {
        if (k < sStart || !d.word(k).equals(",") || k == comma - 1)
            return null;
        NamePhrase before = null;
        int nameEnd = NounPhrases.skipBracket(d, k - 1, sStart);
        int start = phrases.npLeft(d, nameEnd, sStart);
        if (start <= nameEnd) {
            before = speakers.parse(d.tokens.subList(start, nameEnd + 1));
            // a description ending a clause ("…, the official said") is no apposition; a person's name is one wherever it stands
            boolean person = before != null && before.form() == NamePhrase.Form.NAME && before.kind() == org.dossier.model.ActorKind.PERSON;
            if (before != null && !person && start > sStart && !d.word(start - 1).equals(",") && !isClauseOpener(d, start - 1))
                before = null;
        }
        boolean clause = Character.isLowerCase(d.word(k + 1).charAt(0)) && !lex.isDeterminer(d.word(k + 1));
        NamePhrase aside = clause ? null : parser.parse(d.tokens.subList(k + 1, comma));
        // "The Danish foreign minister, Lars Holm, said", "Ohio's attorney general, Mark Dunne, said": a role before
        // the comma, and the aside names who holds it
        if (before != null && before.role() != null && !(before.form() == NamePhrase.Form.NAME && before.kind() == org.dossier.model.ActorKind.PERSON) && aside != null
                && aside.form() == NamePhrase.Form.NAME && aside.kind() == org.dossier.model.ActorKind.PERSON
                && Character.isUpperCase(d.word(k + 1).charAt(0)) && !lex.isDeterminer(d.word(k + 1)))
            return new NamePhrase(aside.form(), aside.name(), Clauses.text(d, start, nameEnd + 1), aside.kind(),
                    before.country() != null ? before.country() : aside.country(), new Span(before.span().start(), d.span(comma - 1).end()));
        if (before != null && (before.form() == NamePhrase.Form.NAME || before.form() == NamePhrase.Form.ENTITY)) {
            String role = clause ? null : Clauses.text(d, k + 1, comma);
            String country = before.country() != null || aside == null ? before.country() : aside.country();
            return new NamePhrase(before.form(), before.name(), role == null ? before.role() : role, before.kind(), country,
                    new Span(before.span().start(), d.span(comma - 1).end()));
        }
        // the aside names the speaker when it is a name ("one of the lawyers, Justin Bamberg, said"); a description
        // ("a junior from Ames", "an activist for Greenpeace") only says where they come from
        if (aside != null && aside.form() == NamePhrase.Form.NAME && !lex.isDeterminer(d.word(k + 1))
                && Character.isUpperCase(d.word(k + 1).charAt(0)))
            return aside;
        return null;
    }

    /** The longest aside, in tokens, between a subject and its cue that {@link #beforeAside} skips. */
    private static final int MAX_ASIDE_TOKENS = 40;
    /** Dashes as the tokenizer writes them, spaced or not. */
    static final Set<String> DASHES = Set.of("-", "--", "—", "–");
    private static final Set<String> RELATIVES = Set.of("who", "whose", "which");

    /**
     * The subject before an aside that ends at token {@code j}, just before the cue: a relative clause set off by a
     * comma or dash ("Humphrey, who calls Trump a “sociopath,” said"; the comma may stand inside a closing quote), or
     * any words between two dashes ("Trump - the front-runner - said"). Null when no such aside opens within
     * {@value #MAX_ASIDE_TOKENS} tokens or nothing the name parser reads stands before it.
     */
    NamePhrase beforeAside(DocTokens d, int j, int sStart) {
        int end = j;
        if (end - 1 > sStart && "”\"''’".contains(d.word(end)) && d.word(end - 1).equals(","))
            end--;
        if (end <= sStart || !d.word(end).equals(",") && !isDash(d, end))
            return null;
        boolean dash = isDash(d, end);
        for (int k = end - 1; k > sStart && end - k <= MAX_ASIDE_TOKENS; k--) {
            boolean opener = dash ? isDash(d, k)
                    : RELATIVES.contains(d.word(k).toLowerCase(Locale.ROOT)) && (d.word(k - 1).equals(",") || isDash(d, k - 1));
            if (!opener)
                continue;
            int nameEnd = NounPhrases.skipBracket(d, dash ? k - 1 : k - 2, sStart);
            if (nameEnd < sStart)
                return null;
            int start = phrases.npLeft(d, nameEnd, sStart);
            return start <= nameEnd ? speakers.parse(d.tokens.subList(start, nameEnd + 1)) : null;
        }
        return null;
    }

    /** Whether token {@code k} is a dash that sets off an aside: spaced, not the hyphen of "longest-serving". */
    static boolean isDash(DocTokens d, int k) {
        if (!DASHES.contains(d.word(k)))
            return false;
        int s = d.span(k).start(), e = d.span(k).end();
        return s > 0 && Character.isWhitespace(d.text.charAt(s - 1)) && e < d.text.length() && Character.isWhitespace(d.text.charAt(e));
    }

    /** The comma before token {@code comma} in its clause, within reach; below {@code sStart} or not a comma when none. */
    private static int previousComma(DocTokens d, int comma, int sStart) {
        int k = comma - 1;
        while (k >= sStart && !d.word(k).equals(",") && !d.inQuote(k) && comma - k < 24)
            k--;
        return k;
    }

    /** Whether token {@code t} opens its sentence or a clause: first, or after a comma or a clause opener. */
    private static boolean opensClause(DocTokens d, int t, int sStart) {
        return t <= sStart || d.word(t - 1).equals(",") || isClauseOpener(d, t - 1);
    }

    /** Whether the token before a phrase lets the phrase open a sentence's subject: "and", "but", a colon. */
    private static boolean isClauseOpener(DocTokens d, int k) {
        return Set.of("and", "but", ":", ";", "—", "--", "*").contains(d.word(k).toLowerCase(Locale.ROOT));
    }
}

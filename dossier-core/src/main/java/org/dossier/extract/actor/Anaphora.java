package org.dossier.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.extract.Resources;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Reference;
import org.dossier.model.Span;

/**
 * Resolves pronouns and definite descriptions ({@code anaphors.tsv}: "he", "its", "the company", "the country") to the
 * nearest actor of a fitting kind named or referred to before them, in the same sentence or the {@link #REACH} before, and records
 * each as a {@link Reference}. News writes a company's name once and "it" or "the company" after; a person's full name
 * once and "he" after. No gender is read: "he" and "she" take the last person named; "they" takes the last body or
 * group (a company's people, "European leaders"), never a person.
 * <p>
 * "It" passes over a country written as a modifier or a place ({@link CountryUse}): in "the US automaker GM said it",
 * GM is meant. No anaphor takes a maker's name before a model's code ("the Airbus A320"): a product is meant.
 * <p>
 * A description may carry up to two lower-case modifiers before its noun: "the auto company". One followed by "of"
 * and a name names its own referent: "the government of Germany" is Germany, "the government of Ontario" no actor.
 * <p>
 * A relative pronoun after a name and a comma ("Vestra, which ...") is that name's actor.
 * Left alone: "it" that opens an impersonal clause ("it is likely that", "it was raining"), and the first and second
 * person ("we", "I"), whose referent is the speaker of a quote.
 */
final class Anaphora {
    /** How many sentences before the anaphor's own an antecedent may stand. */
    static final int REACH = 4;
    private static final Map<String, Set<ActorKind>> ANAPHORS = load();
    /** Words after "it" that make it impersonal: "it is likely", "it seems", "it was raining". */
    private static final Set<String> IMPERSONAL_AFTER = Set.of("seems", "seemed", "appears", "appeared", "remains", "rains",
            "rained", "takes", "took", "means", "meant", "matters");
    private static final Set<String> COPULAS = Set.of("is", "was", "'s", "’s", "would", "will", "has", "had");
    private static final Set<String> IMPERSONAL_ADJECTIVES = Set.of("likely", "unlikely", "possible", "impossible", "clear",
            "unclear", "expected", "important", "necessary", "hard", "difficult", "easy", "true", "time", "believed",
            "thought", "said", "reported", "feared", "hoped", "understood", "known", "estimated", "not", "too", "been");

    private Anaphora() {
    }

    private static Map<String, Set<ActorKind>> load() {
        Map<String, Set<ActorKind>> out = new HashMap<>();
        for (String[] row : Resources.rows("anaphors.tsv", 2)) {
            Set<ActorKind> kinds = java.util.EnumSet.noneOf(ActorKind.class);
            for (String k : row[1].split(";"))
                kinds.add(ActorKind.valueOf(k.strip()));
            out.put(row[0].toLowerCase(Locale.ROOT), kinds);
        }
        return Map.copyOf(out);
    }

    /** Adds a reference for every anaphor of {@code doc} that an actor of {@code facts} named before resolves. */
    static void resolve(AnnotatedDocument doc, DocumentFacts facts) {
        List<ActorOccurrences.Occurrence> named = new ArrayList<>(ActorOccurrences.find(doc.text(), facts.actors()));
        named.sort(Comparator.comparingInt(o -> o.span().start()));
        List<Sentence> sentences = doc.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            int from = sentences.get(Math.max(0, si - REACH)).span().start();
            List<Token> t = sentences.get(si).tokens();
            for (int i = 0; i < t.size(); i++) {
                String w = t.get(i).word().toLowerCase(Locale.ROOT);
                Span span = null;
                Set<ActorKind> kinds = null;
                if (w.equals("the")) {
                    int head = describedHead(t, i);
                    if (head > i) {
                        kinds = ANAPHORS.get("the " + t.get(head).word().toLowerCase(Locale.ROOT));
                        span = new Span(t.get(i).span().start(), t.get(head).span().end());
                    }
                } else if (!w.contains(" ") && !w.equals("the")) {
                    kinds = ANAPHORS.get(w);
                    span = t.get(i).span();
                    if (kinds != null && w.equals("it") && impersonal(t, i))
                        kinds = null;
                }
                if (kinds == null) {
                    relative(t, i, named, facts);
                    continue;
                }
                // "the government of Germany" names its own: the actor after "of", not one before ("the maker of the
                // iPhone" still refers back: no name follows its "of")
                if (w.equals("the") && followedByOf(doc.text(), span)) {
                    ActorOccurrences.Occurrence own = ownComplement(doc.text(), span, named, kinds);
                    if (own != null)
                        facts.add(new Reference(own.actor().key(), span));
                    continue;
                }
                ActorOccurrences.Occurrence antecedent = null;
                for (ActorOccurrences.Occurrence o : named) {
                    if (o.span().end() > span.start())
                        break;
                    if (o.span().start() >= from && kinds.contains(o.actor().kind()) && !namesProduct(doc.text(), o.span())
                            && !(w.startsWith("it") && o.actor().kind() == ActorKind.COUNTRY && CountryUse.notActing(doc.text(), o.span())))
                        antecedent = o;
                }
                if (antecedent != null) {
                    facts.add(new Reference(antecedent.actor().key(), span));
                    // a resolved anaphor carries its actor on: "He said ... He added" over a long report
                    chain(named, new ActorOccurrences.Occurrence(span, antecedent.actor()));
                }
            }
        }
    }

    /** A model's code right after a name: "Airbus A320", "Vestra X5". */
    private static final java.util.regex.Pattern MODEL_AFTER = java.util.regex.Pattern.compile("^[ \\t]+(?=\\S*\\p{L})(?=\\S*\\d)[\\p{L}\\d-]+\\b");

    /** Whether the name at {@code span} is a maker's before a model's code, so a product is meant, not the maker. */
    private static boolean namesProduct(String text, Span span) {
        return MODEL_AFTER.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 16))).find();
    }

    /** Whether {@code noun} is one that refers to a body after "the": "company", "automaker", "carrier". */
    static boolean isBodyNoun(String noun) {
        Set<ActorKind> kinds = ANAPHORS.get("the " + noun);
        return kinds != null && kinds.contains(ActorKind.ORGANIZATION) && !noun.contains(" ")
                && noun.chars().allMatch(Character::isLowerCase);
    }

    /** How many words may stand between "the" and a description's noun: "the auto maker", "the car parts maker". */
    private static final int MODIFIERS = 2;

    /**
     * The index of the noun of a description opened by "the" at {@code i} — the first of the next words that the
     * anaphors list after "the" ("the company", "the auto company", "the car maker") — or -1. Words between must be
     * lower-case words, no name and no possessive ("the world's largest automaker" describes by a superlative).
     */
    private static int describedHead(List<Token> t, int i) {
        for (int k = i + 1; k < t.size() && k <= i + 1 + MODIFIERS; k++) {
            String w = t.get(k).word();
            if (Character.isLowerCase(w.charAt(0)) && ANAPHORS.containsKey("the " + w.toLowerCase(Locale.ROOT)))
                return k;
            // a name between ("the US company", "the United States government") is an actor of its own
            if (!Character.isLowerCase(w.charAt(0)) || w.equals("the"))
                return -1;
        }
        return -1;
    }

    private static final java.util.regex.Pattern OF = java.util.regex.Pattern.compile("^\\s+of\\s+(the\\s+)?(?=\\p{Lu})");

    /** Whether "of" and a name follow the description at {@code span}. */
    private static boolean followedByOf(String text, Span span) {
        return OF.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 12))).find();
    }

    /** The actor of a fitting kind written right after the description's "of", or null. */
    private static ActorOccurrences.Occurrence ownComplement(String text, Span span, List<ActorOccurrences.Occurrence> named,
                                                             Set<ActorKind> kinds) {
        java.util.regex.Matcher m = OF.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 12)));
        if (!m.find())
            return null;
        int at = span.end() + m.end();
        for (ActorOccurrences.Occurrence o : named)
            if (o.span().start() == at && kinds.contains(o.actor().kind()))
                return o;
        return null;
    }

    /** Inserts {@code o} among the occurrences, kept in order of their start. */
    private static void chain(List<ActorOccurrences.Occurrence> named, ActorOccurrences.Occurrence o) {
        int at = named.size();
        while (at > 0 && named.get(at - 1).span().start() > o.span().start())
            at--;
        named.add(at, o);
    }

    /** Relative pronouns that open a clause about the name before the comma: "GM, which ...", "Barra, who ...". */
    private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "whom");

    /** Resolves a relative pronoun right after "NAME," to the actor of that name. */
    private static void relative(List<Token> t, int i, List<ActorOccurrences.Occurrence> named, DocumentFacts facts) {
        if (i < 2 || !RELATIVES.contains(t.get(i).word().toLowerCase(Locale.ROOT)) || !t.get(i - 1).word().equals(","))
            return;
        int end = t.get(i - 2).span().end();
        for (ActorOccurrences.Occurrence o : named)
            if (o.span().end() == end) {
                facts.add(new Reference(o.actor().key(), t.get(i).span()));
                return;
            }
    }

    /** Whether "it" at {@code i} opens an impersonal clause: "it is likely that", "it seems", "it was not clear". */
    private static boolean impersonal(List<Token> t, int i) {
        if (i + 1 >= t.size())
            return false;
        String next = t.get(i + 1).word().toLowerCase(Locale.ROOT);
        if (IMPERSONAL_AFTER.contains(next))
            return true;
        if (!COPULAS.contains(next))
            return false;
        for (int k = i + 2; k < Math.min(t.size(), i + 5); k++)
            if (IMPERSONAL_ADJECTIVES.contains(t.get(k).word().toLowerCase(Locale.ROOT)) && !t.get(k).word().equals("not"))
                return true;
        return false;
    }
}

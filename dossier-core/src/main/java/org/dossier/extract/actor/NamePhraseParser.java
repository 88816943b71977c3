package org.dossier.extract.actor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.annotate.Token;
import org.dossier.extract.Gazetteer;
import org.dossier.model.ActorKind;
import org.dossier.model.Span;

/**
 * Reads a noun phrase — a speech cue's subject, an event's participant — into a {@link NamePhrase}: a name with its role ("Italian Prime Minister Giorgia Meloni"), a pronoun, a description of
 * someone named elsewhere ("the Ukrainian president"), or a country or body ("Moscow", "an EU official",
 * "Seoul's spy agency").
 */
public final class NamePhraseParser {
    private final Names lex;

    public NamePhraseParser(Names lex) {
        this.lex = lex;
    }

    /** The speaker {@code tokens} name, or null when they name none. */
    public NamePhrase parse(List<Token> tokens) {
        int s = 0;
        while (s < tokens.size() && (lex.isDeterminer(word(tokens, s)) || word(tokens, s).equals(",")))
            s++;
        int e = tokens.size();
        while (e > s && word(tokens, e - 1).equals(","))
            e--;
        if (s >= e)
            return null;
        boolean definite = s > 0 && word(tokens, s - 1).equalsIgnoreCase("the");
        List<Token> t = tokens.subList(s, e);
        Span span = new Span(t.get(0).span().start(), t.get(t.size() - 1).span().end());
        if (t.size() == 1 && lex.isPronoun(word(t, 0)))
            return new NamePhrase(NamePhrase.Form.PRONOUN, word(t, 0).toLowerCase(Locale.ROOT), null, ActorKind.PERSON, null, span);

        // "an official from Seoul's National Intelligence Agency": the body after "from" is who speaks
        int from = indexOf(t, "from");
        if (from > 0 && lex.personNouns.contains(word(t, from - 1))) {
            NamePhrase body = parse(t.subList(from + 1, t.size()));
            if (body != null && body.form() != NamePhrase.Form.PRONOUN)
                return new NamePhrase(body.form(), body.name(), word(t, from - 1), body.kind(), body.country(), span);
        }
        // a whole phrase the gazetteer knows: "Ukraine", "Moscow", "the bloc", "Seoul's spy agency"
        Optional<Gazetteer.Entry> whole = lex.gazetteer.find(text(t, 0, t.size()));
        if (whole.isPresent())
            return entity(whole.get(), null, span);
        int possessive = lastPossessive(t);
        if (possessive > 0)
            return possessive(t, possessive, span);

        // "President Volodymyr Zelensky of Ukraine": a trailing "of COUNTRY" belongs to the role
        String ofCountry = null;
        int end = t.size();
        int of = indexOf(t, "of");
        if (of > 0 && of < end - 1) {
            Optional<Gazetteer.Entry> g = lex.gazetteer.find(text(t, of + 1, end));
            if (g.isPresent()) {
                ofCountry = g.get().country();
                end = of;
            }
        }
        // "Ministry of Defence", "Bank of England": a capitalized body's name may hold "of", "for" and "and"
        if (isBodyName(t))
            return new NamePhrase(NamePhrase.Form.NAME, text(t, 0, t.size()), null, ActorKind.ORGANIZATION, null, span);
        // "London and Paris": the first of coordinated names speaks for the phrase
        int and = indexOf(t, "and");
        // "Lee, Park and Cho": so does the first of a list, set off by a comma
        int comma = indexOf(t, ",");
        if (comma > 0 && and > comma && and < end - 1 && isList(t, and)) {
            NamePhrase first = parse(t.subList(0, comma));
            if (first != null)
                return first;
        }
        if (and > 0 && and < end - 1 && Character.isUpperCase(word(t, and + 1).charAt(0))) {
            NamePhrase first = parse(t.subList(0, and));
            if (first != null)
                return first;
        }
        boolean surname = surnameAfterGivenName(t, end - 1, end);
        boolean body = !surname && (lex.orgNouns.contains(word(t, end - 1)) || lex.nonPersonHeads.contains(word(t, end - 1)));
        int nameStart = end;
        // a body's name may hold title words: "National Intelligence Agency", "Munich Security Conference"
        while (nameStart > 0 && (isNamePart(t, nameStart - 1) || surname && nameStart == end || body && isCapitalized(word(t, nameStart - 1))))
            nameStart--;
        if (!body && nameStart < end && !lex.isNameWord(word(t, nameStart)) && nameStart + 1 < end && !afterHonorific(t, nameStart))
            nameStart++;
        if (nameStart < end && (lex.isNameWord(word(t, end - 1)) || afterHonorific(t, end - 1) || surname)) {
            String name = text(t, nameStart, end);
            Optional<Gazetteer.Entry> g = lex.gazetteer.find(name);
            if (g.isEmpty()) {
                String role = nameStart > 0 ? text(t, 0, nameStart) : null;
                if (ofCountry != null)
                    role = (role == null ? "" : role + " ") + "of " + text(t, of + 1, t.size());
                String country = ofCountry != null ? ofCountry : countryIn(t, 0, nameStart);
                return new NamePhrase(NamePhrase.Form.NAME, name, role, body ? ActorKind.ORGANIZATION : ActorKind.PERSON, country, span);
            }
        }
        String head = word(t, t.size() - 1);
        Gazetteer.Entry modifier = entityIn(t, 0, t.size() - 1);
        if (lex.personNouns.contains(head) && modifier != null)
            return entity(modifier, text(t, 0, t.size()), span);
        if (lex.orgNouns.contains(head) && modifier != null)
            return entity(modifier, text(t, 0, t.size()), span);
        if (lex.titles.contains(head) || lex.personNouns.contains(head))
            return new NamePhrase(definite || modifier != null ? NamePhrase.Form.DESCRIPTION : NamePhrase.Form.ROLE,
                    text(t, 0, t.size()), text(t, 0, t.size()), ActorKind.PERSON, modifier == null ? null : modifier.country(), span);
        return null;
    }

    /** "Meloni's office", "Seoul's spy agency", "Russia's UN Representative Vasily Nebenzya", "Poland's prime minister". */
    private NamePhrase possessive(List<Token> t, int p, Span span) {
        List<Token> owner = t.subList(0, p), owned = t.subList(p + 1, t.size());
        if (owned.isEmpty())
            return parse(owner);
        Gazetteer.Entry place = entityIn(owned, 0, owned.size());
        if (place != null && place.how() == Gazetteer.How.METONYM)
            return entity(place, text(t, 0, t.size()), span);
        NamePhrase named = parse(owned);
        // "Seoul's National Intelligence Agency": the owned phrase is a body the gazetteer knows
        if (named != null && named.form() == NamePhrase.Form.ENTITY && named.kind() == ActorKind.ORGANIZATION)
            return new NamePhrase(NamePhrase.Form.ENTITY, named.name(), named.role(), named.kind(), named.country(), span);
        if (named != null && named.form() == NamePhrase.Form.NAME)
            return new NamePhrase(NamePhrase.Form.NAME, named.name(), text(t, 0, t.size() - (named.name().split(" ").length)),
                    named.kind(), named.country(), span);
        NamePhrase who = parse(owner);
        String head = word(owned, owned.size() - 1);
        if (who == null)
            // "the alliance's deputy secretary general": a role of someone unnamed
            return named != null && named.form() == NamePhrase.Form.ROLE
                    ? new NamePhrase(NamePhrase.Form.ROLE, text(t, 0, t.size()), text(t, 0, t.size()), ActorKind.PERSON, null, span)
                    : null;
        // "Trump's attorney", "Ms. Lee's spokesman": a person's aide or relative is someone else, named elsewhere if at all
        if (who.form() == NamePhrase.Form.NAME && who.kind() == ActorKind.PERSON && (lex.titles.contains(head) || lex.personNouns.contains(head)) && !lex.orgNouns.contains(head))
            return new NamePhrase(NamePhrase.Form.DESCRIPTION, text(t, 0, t.size()), text(t, 0, t.size()), ActorKind.PERSON, who.country(), span);
        if (who.form() == NamePhrase.Form.NAME && who.kind() == ActorKind.PERSON)
            return new NamePhrase(NamePhrase.Form.NAME, who.name(), who.role(), ActorKind.PERSON, who.country(), span);
        if (who.form() == NamePhrase.Form.ENTITY && lex.orgNouns.contains(head))
            return new NamePhrase(NamePhrase.Form.NAME, text(t, 0, t.size()), null, ActorKind.ORGANIZATION, who.country(), span);
        if (who.form() == NamePhrase.Form.ENTITY && (lex.titles.contains(head) || lex.personNouns.contains(head)))
            return new NamePhrase(NamePhrase.Form.DESCRIPTION, text(t, 0, t.size()), text(t, 0, t.size()), ActorKind.PERSON, who.country(), span);
        return who;
    }

    private NamePhrase entity(Gazetteer.Entry e, String role, Span span) {
        return new NamePhrase(NamePhrase.Form.ENTITY, e.name(), role, e.kind(), e.country(), span);
    }

    /** The longest run of words in {@code t[from, to)} that the gazetteer knows, or null. */
    private Gazetteer.Entry entityIn(List<Token> t, int from, int to) {
        for (int len = Math.min(lex.gazetteer.longest(), to - from); len >= 1; len--)
            for (int i = from; i + len <= to; i++) {
                Optional<Gazetteer.Entry> g = lex.gazetteer.find(text(t, i, i + len));
                if (g.isPresent())
                    return g.get();
            }
        return null;
    }

    private String countryIn(List<Token> t, int from, int to) {
        Gazetteer.Entry e = entityIn(t, from, to);
        return e == null ? null : e.country();
    }

    /** Whether every piece of {@code t} before its "and", and the word after it, opens with a capital: a list of names. */
    private static boolean isList(List<Token> t, int and) {
        for (int i = 0; i <= and; i++)
            if ((i == 0 || word(t, i - 1).equals(",") || i == and) && !isCapitalized(word(t, i == and ? i + 1 : i)))
                return false;
        return true;
    }

    private boolean isBodyName(List<Token> t) {
        if (surnameAfterGivenName(t, t.size() - 1, t.size()))
            return false;
        boolean body = false;
        for (int i = 0; i < t.size(); i++) {
            String w = word(t, i);
            boolean joiner = i > 0 && i < t.size() - 1 && (w.equals("of") || w.equals("for") || w.equals("and"));
            if (!isCapitalized(w) && !joiner)
                return false;
            boolean bodyNoun = lex.orgNouns.contains(w) || lex.nonPersonHeads.contains(w);
            // the body's noun ends the name or is followed by "of"/"for": not "European Council President Antonio Costa"
            body |= bodyNoun && (i == t.size() - 1 || word(t, i + 1).equals("of") || word(t, i + 1).equals("for"));
        }
        return body && t.size() > 1 && isCapitalized(word(t, t.size() - 1));
    }

    private static boolean isCapitalized(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** "Mr. King", "Dr. Price": after an honorific a capitalized title word is a surname. */
    private static boolean afterHonorific(List<Token> t, int i) {
        return i > 0 && isCapitalized(word(t, i)) && HONORIFICS.contains(word(t, i - 1).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "Charlie King", "Jim Press", "Peter T. King": a capitalized title word that ends the phrase right after a given
     * name (and any initials) is that person's surname, not a role with no name after it. A given name that is also a
     * place ("Virginia Governor") does not count.
     */
    private boolean surnameAfterGivenName(List<Token> t, int i, int end) {
        if (i != end - 1 || i <= 0 || !isCapitalized(word(t, i)) || !lex.titles.contains(word(t, i)))
            return false;
        // initials may stand between: "Peter T. King"
        int g = i - 1;
        while (g > 0 && word(t, g).matches("\\p{Lu}\\."))
            g--;
        return lex.givenNames.contains(word(t, g)) && lex.gazetteer.find(word(t, g)).isEmpty();
    }

    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr");

    private boolean isNamePart(List<Token> t, int i) {
        String w = word(t, i);
        if (lex.isNameWord(w) || afterHonorific(t, i))
            return true;
        // initials ("Vladimir V. Putin") and particles inside a name ("Ursula von der Leyen")
        return w.matches("\\p{Lu}\\.") || i > 0 && MentionScanner.PARTICLES.contains(w);
    }

    private static int lastPossessive(List<Token> t) {
        for (int i = t.size() - 1; i > 0; i--) {
            String w = word(t, i);
            if (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’"))
                return i;
        }
        return -1;
    }

    private static int indexOf(List<Token> t, String word) {
        for (int i = 0; i < t.size(); i++)
            if (word(t, i).equalsIgnoreCase(word))
                return i;
        return -1;
    }

    public static String word(List<Token> t, int i) {
        return t.get(i).word();
    }

    /** The words {@code t[from, to)} joined as the text has them (no space before a possessive). */
    /** The number of tokens of the longest entry of {@code list} that opens at token {@code at}, or 0. */
    static int longestAt(org.dossier.extract.WordList list, List<Token> t, int at) {
        for (int len = Math.min(list.longest(), t.size() - at); len >= 1; len--)
            if (list.contains(text(t, at, at + len)))
                return len;
        return 0;
    }

    public static String text(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            String w = word(t, i);
            if (b.length() > 0 && !w.equals("'s") && !w.equals("’s") && !w.equals(",") && !w.equals("'") && !w.equals("’"))
                b.append(' ');
            b.append(w);
        }
        return b.toString();
    }
}

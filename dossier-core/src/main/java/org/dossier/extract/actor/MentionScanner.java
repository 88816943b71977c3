package org.dossier.extract.actor;

import java.util.List;
import java.util.Locale;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.model.ActorKind;

/**
 * Collects the persons a document names, with the roles it gives them ("Ukrainian President Volodymyr Zelensky",
 * "NATO chief Mark Rutte"), so that later surnames, pronouns and descriptions can be resolved to them.
 */
public final class MentionScanner {
    private final Names lex;
    private final NamePhraseParser parser;

    public MentionScanner(Names lex, NamePhraseParser parser) {
        this.lex = lex;
        this.parser = parser;
    }

    public Persons scan(AnnotatedDocument doc) {
        Persons persons = new Persons();
        // first, so that a surname standing alone later is known: "Fritz Henderson, the chief executive, ... Henderson"
        Appositions.scan(doc, lex, parser, persons);
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            if (isHeadline(t))
                continue;
            int i = 0;
            while (i < t.size()) {
                if (!startsRun(t, i)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < t.size() && inRun(t, j))
                    j++;
                // a lower-case title after the name opens no further name: "Apple CEO Steve Jobs first introduced"
                while (j > i + 1 && Character.isLowerCase(t.get(j - 1).word().charAt(0)))
                    j--;
                NamePhrase p = parser.parse(t.subList(i, j));
                if (p != null && p.form() == NamePhrase.Form.NAME && p.kind() == ActorKind.PERSON) {
                    boolean single = !p.name().contains(" ");
                    boolean foreignArticle = FOREIGN_ARTICLES.contains(firstWord(p.name()));
                    // a name of several words is a person's when a given name opens it or the text gives a role
                    boolean role = isRole(p.role());
                    boolean named = !single && !lex.nonPersonHeads.contains(lastWord(p.name()))
                            && (lex.givenNames.contains(firstWord(p.name())) || role);
                    // "Vice Chairman of Chrysler": the name after a role's "of" is what the role is of, not who holds it
                    boolean roleOf = p.role() != null && p.role().toLowerCase(Locale.ROOT).matches(".*\\b(of|for|at)");
                    if (!foreignArticle && !roleOf && !isAcronym(p.name()) && (named
                            || single && role && !lex.nonPersonHeads.contains(p.name()) || persons.isKnownSurname(p.name())
                            || lex.known.person(p.name()).isPresent()))
                        persons.add(p.span().start(), p.span().end(), p.name(), p.role(), p.country());
                }
                i = Math.max(j, i + 1);
            }
        }
        return persons;
    }

    /** Articles that open names of newspapers and places, not of persons: "Le Parisien", "Al Jazeera". */
    private static final java.util.Set<String> FOREIGN_ARTICLES = java.util.Set.of("Le", "La", "Les", "Der", "Die", "Das", "El", "Al", "Il");

    /** A title-cased line without a full stop ("European Leaders to Discuss Protections"): its capitals are style. */
    static boolean isHeadline(List<Token> t) {
        int words = 0, capitalized = 0;
        for (Token k : t) {
            String w = k.word();
            if (!Character.isLetter(w.charAt(0)))
                continue;
            words++;
            if (Character.isUpperCase(w.charAt(0)))
                capitalized++;
        }
        // a sentence ends with a full stop; a headline does not
        String last = t.get(t.size() - 1).word();
        return words >= 5 && capitalized >= 0.7 * words && !last.matches("[.!?]|.*\\.");
    }

    /**
     * Whether the words before a name give a person's role: a title or a noun of persons ("Senate Majority leader",
     * "Mr."), not merely a place or owner ("Japan's Nikkei", "Singapore's Changi Airport") nor a title's modifier
     * alone ("New" in "New York").
     */
    private boolean isRole(String role) {
        if (role == null)
            return false;
        for (String w : role.split("[\\s-]+"))
            if ((lex.titles.contains(w) || lex.personNouns.contains(w) || lex.titles.contains(w.replaceAll("\\.$", "")))
                    && !lex.titleModifiers.contains(w))
                return true;
        return false;
    }

    /** "GM", "EADS", "NATO": initials name bodies, not persons. */
    private static boolean isAcronym(String name) {
        return name.length() >= 2 && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private boolean startsRun(List<Token> t, int i) {
        String w = t.get(i).word();
        return lex.isNameWord(w) || lex.titles.contains(w) && Character.isUpperCase(w.charAt(0));
    }

    private boolean inRun(List<Token> t, int i) {
        String w = t.get(i).word();
        String lw = w.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(w.charAt(0)) && !w.equals("The") || lex.titles.contains(w) || lex.personNouns.contains(w)
                || w.equals("'s") || w.equals("’s") || w.matches("\\p{Lu}\\.")
                || (lw.equals("of") || PARTICLES.contains(lw)) && beforeCapital(t, i + 1);
    }

    /** Lower-case particles inside surnames: "Ursula von der Leyen", "Mohammed bin Salman", "Bart de Wever". */
    static final java.util.Set<String> PARTICLES = java.util.Set.of("von", "van", "der", "den", "de", "da", "di", "du", "bin", "ibn");

    /** Whether a capitalized word follows at {@code i}, after any further particles. */
    private static boolean beforeCapital(List<Token> t, int i) {
        while (i < t.size() && PARTICLES.contains(t.get(i).word()))
            i++;
        return i < t.size() && Character.isUpperCase(t.get(i).word().charAt(0));
    }
}

package org.dossier.extract.actor;

import java.util.Locale;
import java.util.Set;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Reference;
import org.dossier.model.Span;

/**
 * Records the role written right before a person's name as a reference to that person: in "Vestra CEO Ruth Ambler",
 * "CEO" is Ruth Ambler as much as her name is. The reference starts at the role's first title word or lower-case
 * word, so that the body or country that opens it ("Vestra", "U.S." in "U.S. President") stays its own. An honorific
 * ("Mr.") describes no one and is left out; so is a person the document turned out to be a body. A role written
 * after the name between commas ({@link Persons.Apposition}) refers to the person by its head, the run of title and
 * lower-case words that ends it, without an article: "chief executive" in "Fritz Henderson, the GM chief executive,".
 */
final class RoleReferences {
    private RoleReferences() {
    }

    static void resolve(String text, Persons persons, Names names, Set<String> honorifics, DocumentFacts facts) {
        for (Persons.Mention m : persons.mentions()) {
            if (m.role() == null || honorifics.contains(m.role().toLowerCase(Locale.ROOT)))
                continue;
            int end = m.offset() + m.role().length();
            // the role as the mention starts with it; one given after the name or rewritten is no span of the text
            if (end > text.length() || !text.startsWith(m.role(), m.offset()))
                continue;
            int start = titleStart(text, m.offset(), end, names);
            String key = ActorExtractor.key(ActorKind.PERSON, m.name());
            if (start < end && facts.actor(key) != null)
                facts.add(new Reference(key, new Span(start, end)));
        }
        for (Persons.Apposition a : persons.appositions()) {
            String key = ActorExtractor.key(ActorKind.PERSON, a.name());
            int start = afterArticle(text, titleRunStart(text, a.start(), a.headEnd(), names));
            if (start < a.headEnd() && facts.actor(key) != null)
                facts.add(new Reference(key, new Span(start, a.headEnd())));
        }
    }

    /** The role an apposition gives, as the text writes it, without the article before it. */
    static org.dossier.model.Role role(String text, Persons.Apposition a) {
        int start = afterArticle(text, a.start());
        return new org.dossier.model.Role(text.substring(start, a.end()), null, new Span(start, a.end()));
    }

    /**
     * The start of the run of title and lower-case words that ends at {@code to}, not before {@code from}: "vice
     * president" in "project manager and Boeing vice president".
     */
    static int titleRunStart(String text, int from, int to, Names names) {
        int start = to;
        int i = to;
        while (i > from) {
            int j = i;
            while (j > from && !Character.isWhitespace(text.charAt(j - 1)))
                j--;
            String word = text.substring(j, i);
            if (word.isEmpty() || !(Character.isLowerCase(word.charAt(0)) || names.titles.contains(word)))
                break;
            start = j;
            i = j;
            while (i > from && Character.isWhitespace(text.charAt(i - 1)))
                i--;
        }
        return start;
    }

    /** {@code at}, or the offset after an article written there. */
    private static int afterArticle(String text, int at) {
        for (String article : new String[]{"the ", "a ", "an "})
            if (text.regionMatches(true, at, article, 0, article.length()))
                return at + article.length();
        return at;
    }

    /** The offset of the first word in {@code [from, to)} that is a title or lower case; {@code to} where none is. */
    static int titleStart(String text, int from, int to, Names names) {
        int i = from;
        while (i < to) {
            int j = i;
            while (j < to && !Character.isWhitespace(text.charAt(j)))
                j++;
            String word = text.substring(i, j);
            if (Character.isLowerCase(word.charAt(0)) || names.titles.contains(word))
                return i;
            i = j;
            while (i < to && Character.isWhitespace(text.charAt(i)))
                i++;
        }
        return to;
    }
}

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
 * ("Mr.") describes no one and is left out; so is a person the document turned out to be a body.
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

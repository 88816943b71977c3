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
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            int i = 0;
            while (i < t.size()) {
                if (!startsRun(t, i)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < t.size() && inRun(t, j))
                    j++;
                NamePhrase p = parser.parse(t.subList(i, j));
                if (p != null && p.form() == NamePhrase.Form.NAME && p.kind() == ActorKind.PERSON) {
                    boolean single = !p.name().contains(" ");
                    if (!single && !lex.nonPersonHeads.contains(lastWord(p.name())) || p.role() != null && !lex.nonPersonHeads.contains(p.name())
                            || persons.isKnownSurname(p.name()))
                        persons.add(p.span().start(), p.name(), p.role(), p.country());
                }
                i = Math.max(j, i + 1);
            }
        }
        return persons;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private boolean startsRun(List<Token> t, int i) {
        String w = t.get(i).word();
        return Character.isUpperCase(w.charAt(0)) && !lex.isDeterminer(w);
    }

    private boolean inRun(List<Token> t, int i) {
        String w = t.get(i).word();
        String lw = w.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(w.charAt(0)) && !w.equals("The") || lex.titles.contains(w) || lex.personNouns.contains(w)
                || w.equals("'s") || w.equals("’s") || w.matches("\\p{Lu}\\.")
                || (lw.equals("of") || lw.equals("von") || lw.equals("der")) && i + 1 < t.size() && Character.isUpperCase(t.get(i + 1).word().charAt(0));
    }
}

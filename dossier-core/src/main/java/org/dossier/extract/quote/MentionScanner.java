package org.dossier.extract.quote;

import java.util.Locale;
import org.dossier.model.ActorKind;

/**
 * Collects the persons a document names, with the roles it gives them ("Ukrainian President Volodymyr Zelensky",
 * "NATO chief Mark Rutte"), so that later surnames, pronouns and descriptions can be resolved to them.
 */
final class MentionScanner {
    private final Lexicon lex;
    private final SpeakerParser parser;

    MentionScanner(Lexicon lex, SpeakerParser parser) {
        this.lex = lex;
        this.parser = parser;
    }

    Persons scan(DocTokens d) {
        Persons persons = new Persons();
        int i = 0;
        while (i < d.size()) {
            if (!startsRun(d, i)) {
                i++;
                continue;
            }
            int j = i;
            while (j < d.size() && d.sentenceOf[j] == d.sentenceOf[i] && inRun(d, j))
                j++;
            Speaker s = parser.parse(d.tokens.subList(i, j));
            if (s != null && s.form() == Speaker.Form.NAME && s.kind() == ActorKind.PERSON) {
                boolean single = !s.name().contains(" ");
                if (!single && !lex.nonPersonHeads.contains(lastWord(s.name())) || s.role() != null && !lex.nonPersonHeads.contains(s.name())
                        || persons.isKnownSurname(s.name()))
                    persons.add(s.span().start(), s.name(), s.role(), s.country());
            }
            i = Math.max(j, i + 1);
        }
        return persons;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private boolean startsRun(DocTokens d, int i) {
        String w = d.word(i);
        return Character.isUpperCase(w.charAt(0)) && !lex.isDeterminer(w);
    }

    private boolean inRun(DocTokens d, int i) {
        String w = d.word(i);
        String lw = w.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(w.charAt(0)) && !w.equals("The") || lex.titles.contains(w) || lex.personNouns.contains(w)
                || w.equals("'s") || w.equals("’s") || w.matches("\\p{Lu}\\.")
                || (lw.equals("of") || lw.equals("von") || lw.equals("der")) && i + 1 < d.size() && Character.isUpperCase(d.word(i + 1).charAt(0));
    }
}

package org.dossier.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.Token;
import org.dossier.extract.actor.NamePhrase;
import org.dossier.extract.actor.NamePhraseParser;
import org.dossier.model.ActorKind;

/**
 * Reads a speaker phrase with the name parser, but takes a person named before "of" or "from" as the speaker:
 * "Senator Ann Reyes of Ohio" and "Tom Hale from the Harbor Institute" speak for themselves, not for Ohio or the
 * institute, which only say where they come from. A phrase whose part before "of" names no person ("Speaker of the
 * House Jo Park", "the Bank of England") is read whole.
 */
final class SpeakerPhrases {
    private static final Set<String> ORIGIN = Set.of("of", "from");
    private final NamePhraseParser parser;

    SpeakerPhrases(NamePhraseParser parser) {
        this.parser = parser;
    }

    /** The speaker {@code tokens} name, or null when they name none. */
    NamePhrase parse(List<Token> tokens) {
        for (int k = 1; k < tokens.size() - 1; k++)
            if (ORIGIN.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                NamePhrase person = parser.parse(tokens.subList(0, k));
                if (person != null && person.form() == NamePhrase.Form.NAME && person.kind() == ActorKind.PERSON)
                    return person;
                break;
            }
        return parser.parse(tokens);
    }
}

package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.actor.NamePhrase;
import org.dossier.model.ActorKind;

/**
 * Reads the person named at the end of a speaker phrase that follows its cue, where the words before the name are
 * roles the name parser does not take in: "said former Ohio Gov. and party chairman Ed Marlow", "said Marlow campaign
 * manager Jon Kerrig", "said the younger Mr. Korr", and a name in apposition after a role in lower case: "said another
 * leading advocate, Jane Roe". The phrase ends at the sentence's end, a comma or a word that opens a modifier after
 * the head ("of", "in", "who", …), so "said Ann Reyes of Ohio" still ends with Ann Reyes.
 */
final class TrailingNames {
    /** Words that end a speaker phrase after its cue: what follows describes the speaker or the occasion. */
    private static final Set<String> PHRASE_ENDS = Set.of(",", ".", ";", ":", "!", "?", "(", "--", "—", "–", "of", "from",
            "at", "in", "on", "with", "for", "to", "who", "whose", "which", "that", "during", "after", "before", "as",
            "when", "while", "told", "said", "says", "added");
    /** The most tokens of a speaker phrase read this way. */
    private static final int MAX_TOKENS = 12;

    private final SpeakerPhrases speakers;

    TrailingNames(SpeakerPhrases speakers) {
        this.speakers = speakers;
    }

    /** The person named at the end of the speaker phrase starting at token {@code from}, or null. */
    NamePhrase after(DocTokens d, int from, int sEnd) {
        int end = phraseEnd(d, from, sEnd);
        NamePhrase name = lastName(d, from, end);
        if (name != null)
            return name;
        // "another leading advocate, Jane Roe", "a former spokesman for the ministry, Oleg Nosov": a role that opens in
        // lower case, then the name set off by a comma
        int comma = commaAfter(d, from, sEnd);
        if (comma > from && Character.isLowerCase(d.word(from).charAt(0)))
            return lastName(d, comma + 1, phraseEnd(d, comma + 1, sEnd));
        return null;
    }

    /** The comma that ends a role after a cue within {@value #MAX_TOKENS} tokens, or -1 where a quote or a verb comes first. */
    private static int commaAfter(DocTokens d, int from, int sEnd) {
        for (int k = from; k < sEnd && k - from < MAX_TOKENS; k++) {
            String w = d.word(k).toLowerCase(Locale.ROOT);
            if (w.equals(","))
                return k;
            if (d.inQuote(k) || Subjects.NOT_IN_SUBJECT.contains(w) || CueReader.CUES.contains(w) || Subjects.CLAUSE_STARTS.contains(w))
                return -1;
        }
        return -1;
    }

    private static int phraseEnd(DocTokens d, int from, int sEnd) {
        int k = from;
        while (k < sEnd && k - from < MAX_TOKENS && !d.inQuote(k) && !PHRASE_ENDS.contains(d.word(k).toLowerCase(Locale.ROOT)))
            k++;
        return k;
    }

    /** The person named by the run of capitalized tokens that ends the tokens {@code [from, end)}, or null. */
    private NamePhrase lastName(DocTokens d, int from, int end) {
        if (end <= from || !Character.isUpperCase(d.word(end - 1).charAt(0)))
            return null;
        int first = end - 1;
        while (first - 1 >= from && Character.isUpperCase(d.word(first - 1).charAt(0)))
            first--;
        // the longest tail of the run that names a person: "Metal Workers Union Secretary-Treasurer Jane Roe"
        for (int start = first; start < end; start++) {
            NamePhrase name = speakers.parse(d.tokens.subList(start, end));
            if (name != null && name.form() == NamePhrase.Form.NAME && name.kind() == ActorKind.PERSON)
                return name;
        }
        return null;
    }

}

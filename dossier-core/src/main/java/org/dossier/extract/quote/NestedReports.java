package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.WordList;
import org.dossier.extract.actor.NamePhrase;
import org.dossier.model.Span;

/**
 * Drops a report told inside another report by the same speaker: in "Ortiz said she believes the pier will close",
 * Ortiz's words are "she believes the pier will close"; "the pier will close", read off "believes", is the same
 * statement again, not a second one. The inner report's cue is one of a state of mind ({@code mind-cues.txt}), its
 * speaker a pronoun, and its cue and clause stand inside the outer report's clause. A report nested under a name
 * ("Ortiz said the mayor believes …") or by a cue of speech ("Ortiz said he told her …") stays. Stateless.
 */
final class NestedReports {
    /** Cues of a state of mind, from {@code mind-cues.txt}: "believes", "thought", "fears". */
    private static final WordList MIND = WordList.load("mind-cues.txt");

    private NestedReports() {
    }

    /** {@code found} without the reports that restate, inside another report's clause, what its speaker said. */
    static List<Attribution> drop(List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found.size());
        for (Attribution a : found)
            if (!restated(a, found))
                out.add(a);
        return out;
    }

    private static boolean restated(Attribution a, List<Attribution> found) {
        if (a.content() == null || a.speaker() == null || a.speaker().form() != NamePhrase.Form.PRONOUN || !MIND.contains(a.cueText()))
            return false;
        for (Attribution o : found)
            if (o != a && o.sentence() == a.sentence() && inside(a.speaker().span(), o.content())
                    && inside(a.cue(), o.content()) && inside(a.content(), o.content()))
                return true;
        return false;
    }

    private static boolean inside(Span s, Span outer) {
        return outer != null && outer.start() <= s.start() && s.end() <= outer.end();
    }
}

package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.WordList;
import org.dossier.model.Span;

/**
 * Drops a state of mind told inside another report: in "Ortiz said she believes the pier will close" Ortiz's words are
 * "she believes the pier will close", and "the pier will close", read off "believes", is the same statement again; in
 * "Ortiz said the mayor fears the pier will close" it is Ortiz's claim about the mayor, not the mayor's words. The inner
 * report's cue is one of a state of mind ({@code mind-cues.txt}); its speaker, cue and clause stand inside the outer
 * report's clause. A report of speech nested in another ("Ortiz said the mayor told her …") stays. Stateless.
 */
final class NestedReports {
    /** Cues of a state of mind, from {@code mind-cues.txt}: "believes", "thought", "fears". */
    private static final WordList MIND = WordList.load("mind-cues.txt");

    private NestedReports() {
    }

    /** {@code found} without the states of mind that stand inside another report's clause. */
    static List<Attribution> drop(List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found.size());
        for (Attribution a : found)
            if (!restated(a, found))
                out.add(a);
        return out;
    }

    private static boolean restated(Attribution a, List<Attribution> found) {
        if (a.content() == null || a.speaker() == null || !MIND.contains(a.cueText()))
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

package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Span;

/**
 * Ends a reported clause where a second report, joined to it as a clause of its own, begins in the same sentence:
 * "Two in five said fares were too high, and six in 10 said they would take the bus" — the first report stops before
 * ", and six in 10". A report nested in another without such a join ("She said he told her that …") stays whole.
 */
final class CoordinatedReports {
    /**
     * What stands between the first report and the second speaker: a comma or semicolon, perhaps a conjunction, and
     * the determiner a speaker phrase leaves out of its span ("…, and the mayor said").
     */
    private static final Pattern JOIN = Pattern.compile(
            "\\s*[,;]\\s*(?:(?:and|but|while|whereas|yet)\\s+)?(?:(?:the|a|an|his|her|their|its)\\s+)?$");

    private CoordinatedReports() {
    }

    /** {@code found}, with each reported clause that runs into a coordinated report of its sentence cut before it. */
    static List<Attribution> cut(String text, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found.size());
        for (Attribution a : found) {
            Span content = a.content();
            if (content != null && content.start() >= a.cue().end())
                for (Attribution b : found) {
                    if (b == a || b.sentence() != a.sentence() || b.speaker() == null)
                        continue;
                    int s = b.speaker().span().start();
                    if (s <= content.start() || s >= content.end() || b.cue().start() >= content.end())
                        continue;
                    Matcher m = JOIN.matcher(text.substring(content.start(), s));
                    if (m.find()) {
                        Span cut = Clauses.trim(text, content.start(), content.start() + m.start());
                        if (cut != null)
                            content = cut;
                    }
                }
            out.add(content == a.content() ? a
                    : new Attribution(a.cue(), a.cueText(), a.speaker(), content, a.sentence(), a.medium(), a.rest()));
        }
        return out;
    }
}

package org.dossier.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dossier.model.Span;

/**
 * The day of a clock time written without one: "made its first flight Tuesday in Everett at 18:00 UTC", "the blast
 * occurred at about 10:35 a.m. (0735 GMT) Friday". Such a time lies on the day its sentence names (the nearest one,
 * before or after it), not on the document's day that {@link Scan#clock} gave it for want of another.
 */
final class ClockDays {
    /** A value of a whole day, or a time on one: the first ten characters are the day. */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:T.*)?");
    /** Words of a clock time that name its day themselves. */
    private static final Pattern OWN_DAY = Pattern.compile("(?i).*\\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night)\\b.*");

    private ClockDays() {
    }

    /** {@code found}, in text order, with each clock time that names no day moved to the day its sentence names. */
    static List<Timex> resolve(List<Timex> found, Scan scan) {
        List<Timex> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            Timex t = out.get(i);
            if (!t.type().equals("TIME") || !DAY.matcher(t.value()).matches() || namesDay(t.text(), scan.words))
                continue;
            Timex day = nearestDay(out, i, scan.sentenceOrLine(t.span()));
            if (day != null)
                out.set(i, new Timex(t.span(), t.text(), "TIME", day.value().substring(0, 10) + t.value().substring(10), t.granularity()));
        }
        return out;
    }

    private static boolean namesDay(String text, TimeWords words) {
        if (OWN_DAY.matcher(text).matches())
            return true;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+"))
            if (words.weekdays.containsKey(w) || words.months.containsKey(w))
                return true;
        return false;
    }

    /** The expression nearest {@code found[i]} in {@code sentence} whose value is a day, or null. */
    private static Timex nearestDay(List<Timex> found, int i, Span sentence) {
        Span at = found.get(i).span();
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 0; j < found.size(); j++) {
            Timex d = found.get(j);
            if (j == i || !d.type().equals("DATE") || !d.value().matches("\\d{4}-\\d{2}-\\d{2}")
                    || d.span().start() < sentence.start() || d.span().end() > sentence.end())
                continue;
            int distance = d.span().end() <= at.start() ? at.start() - d.span().end() : d.span().start() - at.end();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = d;
            }
        }
        return best;
    }
}

package org.dossier.eval.polnear;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.dossier.model.Span;

/**
 * Pairs predicted quotes with gold attributions of one article, one to one.
 * <p>
 * Overlap is counted in letters and digits: whitespace, punctuation and the quotation marks, which the gold
 * content sometimes includes and systems usually drop, do not count. A pair qualifies when the shared characters
 * make at least half of the gold content (the union of its pieces) and at least half of the prediction (the union
 * of its pieces likewise). Qualifying
 * pairs are taken best first, by their Dice coefficient, and each side is used once.
 */
final class QuoteMatcher {
    private QuoteMatcher() {
    }

    /** A matched pair: indexes into the gold and predicted lists. */
    record Pair(int gold, int predicted, double dice) {
    }

    static List<Pair> match(String text, List<GoldAttribution> gold, List<SystemQuote> predicted) {
        List<BitSet> g = new ArrayList<>(), p = new ArrayList<>();
        for (GoldAttribution a : gold)
            g.add(letters(text, a.content()));
        for (SystemQuote q : predicted)
            p.add(letters(text, q.pieces()));
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < g.size(); i++)
            for (int j = 0; j < p.size(); j++) {
                BitSet both = (BitSet) g.get(i).clone();
                both.and(p.get(j));
                int shared = both.cardinality(), ng = g.get(i).cardinality(), np = p.get(j).cardinality();
                if (shared > 0 && 2 * shared >= ng && 2 * shared >= np)
                    candidates.add(new Pair(i, j, 2.0 * shared / (ng + np)));
            }
        candidates.sort(Comparator.comparingDouble(Pair::dice).reversed()
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted));
        BitSet goldUsed = new BitSet(), predictedUsed = new BitSet();
        List<Pair> pairs = new ArrayList<>();
        for (Pair c : candidates)
            if (!goldUsed.get(c.gold()) && !predictedUsed.get(c.predicted())) {
                goldUsed.set(c.gold());
                predictedUsed.set(c.predicted());
                pairs.add(c);
            }
        return pairs;
    }

    /** The positions of letters and digits under {@code spans}, clipped to the text. */
    static BitSet letters(String text, List<Span> spans) {
        BitSet set = new BitSet();
        for (Span s : spans)
            for (int i = s.start(); i < Math.min(s.end(), text.length()); i++)
                if (Character.isLetterOrDigit(text.charAt(i)))
                    set.set(i);
        return set;
    }
}

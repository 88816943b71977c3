package org.dossier.eval.polnear;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.dossier.model.Span;

/**
 * Pairs predicted quotes with gold attributions of one article.
 * <p>
 * Overlap is counted in letters and digits: whitespace, punctuation and the quotation marks, which the gold
 * content sometimes includes and systems usually drop, do not count. A pair qualifies when the shared characters
 * make at least half of the gold content (the union of its pieces) and at least half of the prediction. Qualifying
 * pairs are taken best first, by their Dice coefficient, and each side is used once.
 * <p>
 * One exception to one-to-one: PolNeAR writes a quote split by its cue ({@code "A," she said, "B."}) as one
 * attribution with discontinuous content, while FACTS.md makes it two quotes with one speaker. So a gold
 * attribution of several pieces may also be matched by a <em>group</em>: the predictions lying mostly inside its
 * content, when there are two or more and they name the same speaker, judged by their union. A matched group
 * counts as one prediction, as the attribution counts as one gold.
 */
final class QuoteMatcher {
    private QuoteMatcher() {
    }

    /** A matched pair: an index into the gold list and the indexes of the one or more predictions matching it. */
    record Pair(int gold, List<Integer> predicted, double dice) {
        Pair {
            predicted = List.copyOf(predicted);
        }
    }

    static List<Pair> match(String text, List<GoldAttribution> gold, List<SystemQuote> predicted) {
        List<BitSet> g = new ArrayList<>(), p = new ArrayList<>();
        for (GoldAttribution a : gold)
            g.add(letters(text, a.content()));
        for (SystemQuote q : predicted)
            p.add(letters(text, List.of(q.content())));
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < p.size(); j++)
                qualify(i, List.of(j), g.get(i), p.get(j), candidates);
            if (gold.get(i).content().size() > 1)
                splitQuote(i, g.get(i), p, predicted, candidates);
        }
        candidates.sort(Comparator.comparingDouble(Pair::dice).reversed()
                .thenComparingInt(Pair::gold).thenComparing(c -> c.predicted().get(0)));
        BitSet goldUsed = new BitSet(), predictedUsed = new BitSet();
        List<Pair> pairs = new ArrayList<>();
        for (Pair c : candidates)
            if (!goldUsed.get(c.gold()) && c.predicted().stream().noneMatch(predictedUsed::get)) {
                goldUsed.set(c.gold());
                c.predicted().forEach(predictedUsed::set);
                pairs.add(c);
            }
        return pairs;
    }

    /** Adds the group of predictions mostly inside a split gold quote, when it is one speaker's two or more parts. */
    private static void splitQuote(int i, BitSet gold, List<BitSet> p, List<SystemQuote> predicted,
            List<Pair> candidates) {
        List<Integer> parts = new ArrayList<>();
        BitSet union = new BitSet();
        for (int j = 0; j < p.size(); j++)
            if (2 * shared(gold, p.get(j)) >= p.get(j).cardinality() && p.get(j).cardinality() > 0) {
                parts.add(j);
                union.or(p.get(j));
            }
        if (parts.size() < 2)
            return;
        String speaker = predicted.get(parts.get(0)).speakerName();
        if (parts.stream().allMatch(j -> Objects.equals(predicted.get(j).speakerName(), speaker)))
            qualify(i, parts, gold, union, candidates);
    }

    private static void qualify(int i, List<Integer> parts, BitSet gold, BitSet prediction, List<Pair> candidates) {
        int shared = shared(gold, prediction), ng = gold.cardinality(), np = prediction.cardinality();
        if (shared > 0 && 2 * shared >= ng && 2 * shared >= np)
            candidates.add(new Pair(i, parts, 2.0 * shared / (ng + np)));
    }

    private static int shared(BitSet a, BitSet b) {
        BitSet both = (BitSet) a.clone();
        both.and(b);
        return both.cardinality();
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

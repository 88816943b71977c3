package org.dossier.eval.polnear;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Lists what a system got wrong on one article, one tab-separated line per error, for reading and for counting
 * error categories:
 * <ul>
 * <li>{@code MISS article kind cue source content near}: a gold attribution no prediction matched;</li>
 * <li>{@code FP article kind speaker content near}: a prediction that matched no gold;</li>
 * <li>{@code SPEAKER article gold-source predicted-speaker content}: a matched pair whose named source the
 * predicted speaker does not name.</li>
 * </ul>
 * {@code near} is the other side that overlaps the most, with the shares of each side it covers (gold%/prediction%),
 * or {@code -}: it tells a boundary error (overlap under half) from a quote not found at all. Newlines in texts are
 * written as {@code ⏎}.
 */
final class QuoteMisses {
    private QuoteMisses() {
    }

    /** The error lines of one article, each ending with a newline. */
    static String of(String article, String text, List<GoldAttribution> gold, List<SystemQuote> predicted,
            List<QuoteMatcher.Pair> pairs) {
        boolean[] goldMatched = new boolean[gold.size()], predictedMatched = new boolean[predicted.size()];
        StringBuilder sb = new StringBuilder();
        for (QuoteMatcher.Pair p : pairs) {
            goldMatched[p.gold()] = true;
            p.predicted().forEach(j -> predictedMatched[j] = true);
            GoldAttribution g = gold.get(p.gold());
            SystemQuote q = predicted.get(p.predicted().get(0));
            String source = g.sourceText(text);
            if (SpeakerNames.isName(source, text) && !SpeakerNames.same(q.speakerName(), source, text))
                line(sb, "SPEAKER", article, source, String.valueOf(q.speakerName()), g.contentText(text));
        }
        List<BitSet> g = gold.stream().map(a -> QuoteMatcher.letters(text, a.content())).toList();
        List<BitSet> p = predicted.stream().map(q -> QuoteMatcher.letters(text, List.of(q.content()))).toList();
        for (int i = 0; i < gold.size(); i++)
            if (!goldMatched[i]) {
                GoldAttribution a = gold.get(i);
                line(sb, "MISS", article, a.kind(), a.cue() == null ? "-" : a.cue().of(text),
                        String.valueOf(a.sourceText(text)), a.contentText(text), nearest(text, g.get(i), p, predicted, null));
            }
        for (int j = 0; j < predicted.size(); j++)
            if (!predictedMatched[j]) {
                SystemQuote q = predicted.get(j);
                line(sb, "FP", article, q.kind(), String.valueOf(q.speakerName()), q.content().of(text),
                        nearest(text, p.get(j), g, null, gold));
            }
        return sb.toString();
    }

    /** The item of {@code others} sharing the most letters with {@code one}, as "g%/p% text", or "-". */
    private static String nearest(String text, BitSet one, List<BitSet> others, List<SystemQuote> predicted,
            List<GoldAttribution> gold) {
        int best = -1, bestShared = 0;
        for (int k = 0; k < others.size(); k++) {
            BitSet both = (BitSet) one.clone();
            both.and(others.get(k));
            if (both.cardinality() > bestShared) {
                bestShared = both.cardinality();
                best = k;
            }
        }
        if (best < 0)
            return "-";
        BitSet other = others.get(best);
        boolean oneIsGold = predicted != null;
        int goldLetters = oneIsGold ? one.cardinality() : other.cardinality();
        int predLetters = oneIsGold ? other.cardinality() : one.cardinality();
        String otherText = oneIsGold ? predicted.get(best).content().of(text) : gold.get(best).contentText(text);
        return String.format(Locale.ROOT, "%d%%/%d%% %s", 100 * bestShared / Math.max(1, goldLetters),
                100 * bestShared / Math.max(1, predLetters), otherText);
    }

    private static void line(StringBuilder sb, String... fields) {
        for (int i = 0; i < fields.length; i++)
            sb.append(i > 0 ? "\t" : "").append(fields[i].replace("\t", " ").replace("\n", "⏎"));
        sb.append('\n');
    }
}

package org.dossier.eval.polnear;

import java.util.List;

/**
 * Adds up the matches of one system over articles. A matched prediction counts for the kind of the gold it matches,
 * an unmatched one as a false positive of its own kind; speakers are judged on matched pairs whose gold source is a
 * name. Not thread-safe: one scorer per system and thread.
 */
final class QuoteScorer {
    private final int[] gold = new int[2], predicted = new int[2], matched = new int[2];
    private int speakerPairs, speakerRight;

    /** Scores one article's predictions against its gold attributions; spans of both index {@code text}. */
    void add(String text, List<GoldAttribution> goldQuotes, List<SystemQuote> predictions) {
        List<QuoteMatcher.Pair> pairs = QuoteMatcher.match(text, goldQuotes, predictions);
        boolean[] predictionMatched = new boolean[predictions.size()];
        for (GoldAttribution g : goldQuotes)
            gold[index(g.kind())]++;
        for (QuoteMatcher.Pair p : pairs) {
            GoldAttribution g = goldQuotes.get(p.gold());
            SystemQuote q = predictions.get(p.predicted().get(0));
            p.predicted().forEach(j -> predictionMatched[j] = true);
            matched[index(g.kind())]++;
            predicted[index(g.kind())]++;
            String source = g.sourceText(text);
            if (SpeakerNames.isName(source, text)) {
                speakerPairs++;
                speakerRight += SpeakerNames.same(q.speakerName(), source, text) ? 1 : 0;
            }
        }
        for (int i = 0; i < predictions.size(); i++)
            if (!predictionMatched[i])
                predicted[index(predictions.get(i).kind())]++;
    }

    /** The totals so far as a report. */
    SystemReport report(String system, int articles, long tokens, double seconds) {
        return new SystemReport(system, List.of(
                new KindScore(SystemQuote.DIRECT, gold[0], predicted[0], matched[0]),
                new KindScore(SystemQuote.INDIRECT, gold[1], predicted[1], matched[1]),
                new KindScore("all", gold[0] + gold[1], predicted[0] + predicted[1], matched[0] + matched[1])),
                speakerPairs, speakerRight, articles, tokens, seconds);
    }

    private static int index(String kind) {
        return SystemQuote.DIRECT.equals(kind) ? 0 : 1;
    }
}

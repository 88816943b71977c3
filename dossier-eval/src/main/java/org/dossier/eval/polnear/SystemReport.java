package org.dossier.eval.polnear;

import java.util.List;

/**
 * How one system did on one split.
 *
 * @param kinds           content scores for {@code direct}, {@code indirect} and {@code all}, in that order
 * @param speakerPairs    matched pairs whose gold source is a name (see {@link SpeakerNames})
 * @param speakerRight    of those, the pairs whose predicted speaker names the source
 * @param tokens          whitespace-separated tokens of the articles
 * @param seconds         wall time spent inside {@link QuoteSystem#quotes}, loading excluded
 */
public record SystemReport(String system, List<KindScore> kinds, int speakerPairs, int speakerRight, int articles,
                           long tokens, double seconds) {
    public SystemReport {
        kinds = List.copyOf(kinds);
    }

    public double speakerAccuracy() {
        return speakerPairs == 0 ? 0 : (double) speakerRight / speakerPairs;
    }

    public double articlesPerSecond() {
        return seconds == 0 ? 0 : articles / seconds;
    }

    public double tokensPerSecond() {
        return seconds == 0 ? 0 : tokens / seconds;
    }

    /** The row for {@code kind}. */
    public KindScore kind(String kind) {
        return kinds.stream().filter(k -> k.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row for kind " + kind + " in " + kinds));
    }
}

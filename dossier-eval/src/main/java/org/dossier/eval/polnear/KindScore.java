package org.dossier.eval.polnear;

/**
 * Content scores of one kind ({@code direct}, {@code indirect} or {@code all}).
 *
 * @param gold      gold attributions of the kind
 * @param predicted predictions counted for the kind: matched ones by their gold's kind, unmatched ones by their own
 * @param matched   matched pairs whose gold is of the kind
 */
public record KindScore(String kind, int gold, int predicted, int matched) {
    public double precision() {
        return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

package org.dossier.eval.polnear;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One PolNeAR article with its gold attributions.
 *
 * @param name         the file name without {@code .txt}, as in {@code metadata.tsv}
 * @param text         the article as stored: title on the first line, offsets of the attributions index it
 * @param published    the publication date from {@code metadata.tsv}, or null when it states none
 * @param attributions the attributions of the first annotator's file (by file name), in file order
 */
public record PolnearArticle(String name, String text, LocalDate published, List<GoldAttribution> attributions) {
    public PolnearArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        attributions = List.copyOf(attributions);
    }
}

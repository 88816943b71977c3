package org.dossier.eval.polnear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads a split of PolNeAR: {@code <split>/text/<name>.txt} (first line the title), the brat files
 * {@code <split>/attributions/<name>_<annotator>.ann}, and the publication dates of {@code metadata.tsv}.
 * Where several annotators annotated an article, the first file by name is used, so that every article counts once
 * and the choice does not depend on the file system's order.
 */
public final class PolnearCorpus {
    private PolnearCorpus() {
    }

    /**
     * The articles of {@code split} ({@code dev} or {@code train}) under {@code polnearDir}, sorted by name. An article
     * without any annotation file has no attributions.
     *
     * @throws NoSuchFileException when the split's text folder does not exist
     */
    public static List<PolnearArticle> load(Path polnearDir, String split) throws IOException {
        Path texts = polnearDir.resolve(split).resolve("text");
        if (!Files.isDirectory(texts))
            throw new NoSuchFileException(texts.toString(), null, "no such PolNeAR split folder");
        Map<String, LocalDate> dates = dates(polnearDir.resolve("metadata.tsv"));
        Map<String, Path> annotations = firstAnnotations(polnearDir.resolve(split).resolve("attributions"));
        List<Path> files;
        try (Stream<Path> s = Files.list(texts)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<PolnearArticle> articles = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Path ann = annotations.get(name);
            List<GoldAttribution> gold = ann == null ? List.of()
                    : BratAttributions.parse(ann.toString(), Files.readString(ann, StandardCharsets.UTF_8), text);
            articles.add(new PolnearArticle(name, text, dates.get(name), gold));
        }
        return articles;
    }

    /** Article name to the first {@code .ann} file for it by file name; the annotator id follows the last '_'. */
    static Map<String, Path> firstAnnotations(Path dir) throws IOException {
        Map<String, Path> first = new HashMap<>();
        if (!Files.isDirectory(dir))
            return first;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
        }
        for (Path f : files) {
            String file = f.getFileName().toString();
            int cut = file.lastIndexOf('_');
            if (cut > 0)
                first.putIfAbsent(file.substring(0, cut), f);
        }
        return first;
    }

    /** {@code filename} to {@code publication_date} of the metadata table; missing or "None" dates are left out. */
    private static Map<String, LocalDate> dates(Path tsv) throws IOException {
        Map<String, LocalDate> dates = new TreeMap<>();
        if (!Files.isRegularFile(tsv))
            return dates;
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty())
            return dates;
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int name = header.indexOf("filename"), date = header.indexOf("publication_date");
        if (name < 0 || date < 0)
            throw new IOException(tsv + ": header lacks filename or publication_date: " + lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            if (cols.length <= Math.max(name, date))
                continue;
            try {
                dates.put(cols[name], LocalDate.parse(cols[date]));
            } catch (DateTimeParseException notADate) {
                // "None": the article states no date
            }
        }
        return dates;
    }
}

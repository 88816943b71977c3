package org.dossier.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.ingest.ArticleSink;
import org.dossier.ingest.RawArticle;
import org.dossier.ingest.Sources;

/**
 * The articles a bench run ingests: the corpus as Dossier's readers find it, written {@code copies} times into JSON
 * Lines files, one per copy, so that the timed run reads them through the ordinary ingest path. Copy {@code k}
 * (from 0) appends {@code k} line breaks to each article's content: the content hash differs, so the duplicate
 * check stores every copy, while cleaning drops the blank lines and every copy gets the same text.
 */
final class BenchCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchCorpus() {
    }

    /**
     * The default corpus: {@code samples/seeds} under {@code root}, and PolNeAR's train and dev texts from
     * {@code ../shared/data/polnear} beside it where present.
     */
    static List<Path> defaults(Path root) {
        List<Path> paths = new ArrayList<>();
        paths.add(root.resolve("samples/seeds"));
        for (String split : List.of("train", "dev")) {
            Path text = root.resolveSibling("shared").resolve("data/polnear").resolve(split).resolve("text");
            if (Files.isDirectory(text))
                paths.add(text);
        }
        return paths;
    }

    /** Writes {@code copies} copies of the articles under {@code corpus} into {@code dir}; returns the files. */
    static List<Path> writeCopies(List<Path> corpus, int copies, Path dir) throws IOException {
        return writeCopies(corpus, 0, copies, copies > 1 ? "copy-" : null, dir);
    }

    /**
     * Writes copies {@code first} to {@code first + count - 1} of the articles under {@code corpus} into {@code dir};
     * returns the files. Each article's name gets the prefix {@code label + k + "/"}, or none where label is null.
     */
    static List<Path> writeCopies(List<Path> corpus, int first, int count, String label, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int k = first; k < first + count; k++) {
            Path file = dir.resolve("copy-" + k + ".jsonl");
            String suffix = "\n".repeat(k);
            String prefix = label == null ? "" : label + k + "/";
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                read(corpus, a -> {
                    ObjectNode line = JSON.createObjectNode();
                    line.put("name", prefix + a.name());
                    if (a.title() != null)
                        line.put("title", a.title());
                    if (a.url() != null)
                        line.put("url", a.url());
                    if (a.published() != null)
                        line.put("published", a.published().toString());
                    line.put(a.type() == RawArticle.ContentType.HTML ? "html" : "text", a.content() + suffix);
                    try {
                        out.write(JSON.writeValueAsString(line));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            files.add(file);
        }
        return files;
    }

    /** The first {@code n} articles under {@code corpus}, in reading order. */
    static List<RawArticle> first(List<Path> corpus, int n) throws IOException {
        List<RawArticle> out = new ArrayList<>();
        read(corpus, a -> {
            if (out.size() < n)
                out.add(a);
        });
        return out;
    }

    /** How many articles {@code corpus} holds. */
    static int count(List<Path> corpus) throws IOException {
        AtomicInteger n = new AtomicInteger();
        read(corpus, a -> n.incrementAndGet());
        return n.get();
    }

    private interface Each {
        void article(RawArticle a);
    }

    private static void read(List<Path> corpus, Each each) throws IOException {
        Sources.read(corpus, new ArticleSink() {
            @Override
            public void article(RawArticle article) {
                each.article(article);
            }

            @Override
            public void problem(String where, String reason) {
                System.err.println("bench: " + where + ": " + reason);
            }
        });
    }
}

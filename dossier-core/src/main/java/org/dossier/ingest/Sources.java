package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.clean.UnreadableInputException;

/**
 * Finds the articles in files and folders the user names: folders are walked recursively in sorted order (hidden
 * files and folders skipped, as they are tool droppings), and each file is read by the reader its extension
 * calls for:
 * <table>
 *   <caption>Readers by extension</caption>
 *   <tr><td>{@code .txt}, anything else</td><td>plain text (binary files are reported)</td></tr>
 *   <tr><td>{@code .html}, {@code .htm}, {@code .xhtml}</td><td>one HTML page</td></tr>
 *   <tr><td>{@code .jsonl}, {@code .ndjson}</td><td>one article per JSON line</td></tr>
 *   <tr><td>{@code .warc}, {@code .warc.gz}</td><td>the HTML responses of a web archive</td></tr>
 *   <tr><td>{@code .rss}, {@code .atom}, {@code .xml} with a feed root</td><td>one article per feed entry</td></tr>
 * </table>
 * Files without a known extension that start like an HTML page are read as HTML.
 */
public final class Sources {
    private static final ArticleReader TEXT = new TextFileReader(), HTML = new HtmlFileReader(),
            JSON_LINES = new JsonLinesReader(), WARC = new WarcReader(), FEED = new FeedReader();
    private static final int SNIFF = 4096;

    private Sources() {
    }

    /**
     * The files {@code paths} stand for: a file as itself, a folder as the files under it, sorted, without hidden
     * ones. Each file appears once, in the order of first mention.
     *
     * @throws NoSuchFileException when a path does not exist; its message names the path
     */
    public static List<Path> files(List<Path> paths) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (!Files.exists(path))
                throw new NoSuchFileException(path.toString(), null, "no such file or folder");
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            List<Path> found = new ArrayList<>();
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(path) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file))
                        found.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
            found.sort(null);
            files.addAll(found);
        }
        return new ArrayList<>(files);
    }

    /** The reader for {@code file}, chosen by its extension; readers that must look inside do so when they read. */
    public static ArticleReader readerFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz"))
            return WARC;
        String ext = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "txt" -> TEXT;
            case "html", "htm", "xhtml" -> HTML;
            case "jsonl", "ndjson" -> JSON_LINES;
            case "rss", "atom" -> FEED;
            case "xml" -> (f, sink) -> sniffXml(f).read(f, sink);
            default -> (f, sink) -> (looksLikeHtml(head(f)) ? HTML : TEXT).read(f, sink);
        };
    }

    /**
     * Reads every file {@code paths} stand for into {@code sink}. A file that cannot be read at all is reported
     * as a problem under its path, so that one bad file does not stop a batch.
     *
     * @throws NoSuchFileException when a path does not exist
     */
    public static void read(List<Path> paths, ArticleSink sink) throws IOException {
        for (Path file : files(paths)) {
            try {
                readerFor(file).read(file, sink);
            } catch (UnreadableInputException e) {
                sink.problem(file.toString(), e.getMessage());
            } catch (IOException e) {
                sink.problem(file.toString(), "cannot read: " + e);
            }
        }
    }

    private static ArticleReader sniffXml(Path file) throws IOException {
        String root = XmlRoot.of(head(file));
        if (root == null)
            throw new UnreadableInputException("not XML: no root element");
        String local = root.substring(root.indexOf(':') + 1);
        if (local.equals("rss") || local.equals("feed") || local.equals("RDF"))
            return FEED;
        if (local.equalsIgnoreCase("html"))
            return HTML;
        throw new UnreadableInputException("XML with root <" + root + ">, not an RSS or Atom feed");
    }

    private static boolean looksLikeHtml(String head) {
        String s = head.stripLeading().toLowerCase(Locale.ROOT);
        if (s.startsWith("\ufeff"))
            s = s.substring(1).stripLeading();
        return s.startsWith("<!doctype html") || s.startsWith("<html");
    }

    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(SNIFF), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}

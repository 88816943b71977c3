package org.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dossier.clean.DateStamp;
import org.dossier.clean.TextDecoder;
import org.dossier.clean.UnreadableInputException;

/**
 * Reads JSON Lines: one article per line, an object with {@code text} or {@code html} and optionally {@code name},
 * {@code title}, {@code url} and {@code published} (ISO date or date-time). It is the format scrapers and dataset
 * exports write. A line that is not such an object is reported as {@code file:line} and skipped; blank lines are
 * ignored. The file is streamed, and each line decoded on its own, so one badly encoded line costs only itself.
 * When a line has both {@code text} and {@code html}, the text wins: someone already cleaned it.
 */
final class JsonLinesReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HEAD = 8192;

    @Override
    public void read(Path file, ArticleSink sink) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            checkHead(in);
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int lineNo = 0, b;
            do {
                b = in.read();
                if (b == '\n' || b < 0) {
                    lineNo++;
                    if (line.size() > 0)
                        line(line.toByteArray(), file + ":" + lineNo, sink);
                    line.reset();
                } else {
                    line.write(b);
                }
            } while (b >= 0);
        }
    }

    /** Rejects a whole file that is empty or binary before reporting each of its lines. */
    private static void checkHead(InputStream in) throws IOException {
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        if (head.length == 0)
            throw new UnreadableInputException("empty file");
        TextDecoder.decode(head);
    }

    private static void line(byte[] bytes, String where, ArticleSink sink) {
        String line;
        try {
            line = TextDecoder.decode(bytes);
        } catch (UnreadableInputException e) {
            if (!e.getMessage().startsWith("no text"))
                sink.problem(where, e.getMessage());
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.problem(where, "malformed JSON: " + e.getOriginalMessage());
            return;
        }
        if (node == null || !node.isObject()) {
            sink.problem(where, "not a JSON object");
            return;
        }
        String text = field(node, "text"), html = field(node, "html");
        if (text == null && html == null) {
            sink.problem(where, "no \"text\" or \"html\"");
            return;
        }
        String url = field(node, "url");
        String name = field(node, "name");
        if (name == null)
            name = url != null ? url : where;
        String published = field(node, "published");
        LocalDate date = DateStamp.parse(published).orElse(null);
        if (published != null && date == null)
            sink.problem(where, "unreadable \"published\" date '" + published + "', ignored");
        sink.article(new RawArticle(name, field(node, "title"), url, date, null, text != null ? text : html,
                text != null ? RawArticle.ContentType.TEXT : RawArticle.ContentType.HTML));
    }

    /** The field as a string when it is present, a scalar and not blank; else null. */
    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isValueNode() || v.isNull())
            return null;
        String s = v.asText();
        return s.isBlank() ? null : s;
    }
}

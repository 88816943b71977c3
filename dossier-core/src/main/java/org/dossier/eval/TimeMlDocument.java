package org.dossier.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Span;

/**
 * A TimeML document ({@code .tml}) of TempEval-3: the plain text of its {@code TEXT} element, its TIMEX3
 * annotations as spans of that text, and its document creation time (the TIMEX3 whose {@code functionInDocument} is
 * {@code CREATION_TIME}). Tags are dropped and entities decoded, so the text is what a system would read. Other
 * corpora with TIMEX3 (MEANTIME) build instances of their own.
 *
 * @param dct the document creation time; null when the document has none
 */
public record TimeMlDocument(String name, String text, LocalDate dct, List<Gold> timexes) {
    /** A gold TIMEX3. */
    public record Gold(Span span, String type, String value) {
    }

    private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>|&(amp|lt|gt|quot|apos);");
    private static final Pattern DCT = Pattern.compile("<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");

    static TimeMlDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher d = DCT.matcher(xml);
        LocalDate dct = d.find() ? LocalDate.parse(attribute(d.group(), "value").substring(0, 10)) : null;
        int open = xml.indexOf("<TEXT>");
        int close = xml.indexOf("</TEXT>");
        if (open < 0 || close < 0)
            throw new IOException(file + ": no TEXT element");
        String body = xml.substring(open + "<TEXT>".length(), close);
        StringBuilder text = new StringBuilder();
        List<Gold> timexes = new ArrayList<>();
        int start = -1;
        String type = null;
        String value = null;
        Matcher m = TAG.matcher(body);
        int last = 0;
        while (m.find()) {
            text.append(body, last, m.start());
            last = m.end();
            if (m.group(4) != null) {
                text.append(switch (m.group(4)) {
                    case "amp" -> "&"; case "lt" -> "<"; case "gt" -> ">"; case "quot" -> "\""; default -> "'";
                });
            } else if (m.group(2).equals("TIMEX3")) {
                if (m.group(1).isEmpty()) {
                    start = text.length();
                    type = attribute(m.group(3), "type");
                    value = attribute(m.group(3), "value");
                } else if (start >= 0) {
                    timexes.add(new Gold(new Span(start, text.length()), type, value));
                    start = -1;
                }
            }
        }
        text.append(body.substring(last));
        return new TimeMlDocument(file.getFileName().toString(), text.toString(), dct, timexes);
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : "";
    }
}

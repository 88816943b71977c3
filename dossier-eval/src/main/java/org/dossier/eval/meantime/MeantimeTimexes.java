package org.dossier.eval.meantime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.eval.TimeMlDocument;
import org.dossier.model.Span;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * MEANTIME's TIMEX3 annotations as TimeML documents for the dates harness: a second, independent test of the date
 * rules (Wikinews, not the newswire of TimeBank and AQUAINT). The text is rebuilt from the tokens as news prints it
 * (no space before a comma or period, none after an opening bracket or dollar sign), one sentence a line; the
 * document date is the TIMEX3 whose {@code functionInDocument} is {@code CREATION_TIME}, which is also scored where
 * the text writes it (the dateline); empty TIMEX3 (no token anchors) are left out, as nothing in the text can match
 * them. The text ends with the last sentence that has any annotation, since many articles are annotated only so
 * far. MEANTIME marks fewer expressions than TempEval ("now", "currently" mostly not): its precision says little,
 * its recall and the value accuracy over matches say how the rules carry over.
 */
public final class MeantimeTimexes {
    private static final Pattern NO_SPACE_BEFORE = Pattern.compile("[,.;:!?%)\\]}]|'s|'|n't|'re|'ve|'ll|'d|'m");
    private static final Pattern NO_SPACE_AFTER = Pattern.compile("[($\\[{]");

    private MeantimeTimexes() {
    }

    /** The documents of every {@code .xml} file under {@code dir}, in path order. */
    public static List<TimeMlDocument> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        List<TimeMlDocument> docs = new ArrayList<>();
        for (Path f : files)
            docs.add(readOne(f));
        return docs;
    }

    /** The last sentence any markable is anchored in: many articles are annotated only as far as that. */
    private static int lastAnnotatedSentence(Element root, NodeList tokens) {
        Map<String, Integer> sentenceOf = new HashMap<>();
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            sentenceOf.put(t.getAttribute("t_id"), Integer.parseInt(t.getAttribute("sentence")));
        }
        int last = -1;
        NodeList markables = root.getElementsByTagName("Markables");
        if (markables.getLength() == 0)
            return Integer.MAX_VALUE;
        NodeList anchors = ((Element) markables.item(0)).getElementsByTagName("token_anchor");
        for (int i = 0; i < anchors.getLength(); i++) {
            Integer s = sentenceOf.get(((Element) anchors.item(i)).getAttribute("t_id"));
            if (s != null)
                last = Math.max(last, s);
        }
        return last < 0 ? Integer.MAX_VALUE : last;
    }

    static TimeMlDocument readOne(Path file) throws IOException {
        try {
            Element root = MeantimeDocument.root(file);
            StringBuilder text = new StringBuilder();
            Map<String, Span> tokens = new HashMap<>();
            NodeList ts = root.getElementsByTagName("token");
            int lastAnnotated = lastAnnotatedSentence(root, ts);
            String sentence = null;
            String previous = null;
            for (int i = 0; i < ts.getLength(); i++) {
                Element t = (Element) ts.item(i);
                if (Integer.parseInt(t.getAttribute("sentence")) > lastAnnotated)
                    break;
                String word = t.getTextContent();
                if (text.length() > 0) {
                    if (!t.getAttribute("sentence").equals(sentence))
                        text.append('\n');
                    else if (!NO_SPACE_BEFORE.matcher(word).matches() && !NO_SPACE_AFTER.matcher(previous).matches())
                        text.append(' ');
                }
                sentence = t.getAttribute("sentence");
                previous = word;
                int start = text.length();
                text.append(word);
                tokens.put(t.getAttribute("t_id"), new Span(start, text.length()));
            }
            LocalDate dct = null;
            List<TimeMlDocument.Gold> gold = new ArrayList<>();
            NodeList xs = root.getElementsByTagName("TIMEX3");
            for (int i = 0; i < xs.getLength(); i++) {
                Element x = (Element) xs.item(i);
                if (x.getAttribute("functionInDocument").equals("CREATION_TIME") && x.getAttribute("value").matches("\\d{4}-\\d{2}-\\d{2}.*"))
                    dct = LocalDate.parse(x.getAttribute("value").substring(0, 10));
                Span span = MeantimeDocument.anchored(x, tokens);
                if (span != null)
                    gold.add(new TimeMlDocument.Gold(span, x.getAttribute("type"), x.getAttribute("value")));
            }
            gold.sort((a, b) -> a.span().compareTo(b.span()));
            return new TimeMlDocument(file.getFileName().toString(), text.toString(), dct, gold);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(file + ": not a MEANTIME CAT file: " + e.getMessage(), e);
        }
    }
}

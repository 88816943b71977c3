package org.dossier.eval.meantime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dossier.model.Span;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One MEANTIME article (CAT XML): its text rebuilt from the tokens (a space between tokens, a line break between
 * sentences) and the gold mentions of entity instances that link to DBpedia, of the kinds that can be actors.
 *
 * @param mentions the gold mentions: span in {@code text} and the cross-document instance id
 */
record MeantimeDocument(String name, String text, List<Mention> mentions) {
    /** Entity types that Dossier's actors cover: persons, organizations, locations (countries, capitals). */
    static final Set<String> ACTOR_TYPES = Set.of("PER", "ORG", "LOC");

    record Mention(Span span, String instance, String type) {
    }

    static MeantimeDocument read(Path file) throws IOException {
        try {
            Element root = root(file);
            StringBuilder text = new StringBuilder();
            Map<String, Span> tokens = new HashMap<>();
            NodeList ts = root.getElementsByTagName("token");
            String sentence = null;
            for (int i = 0; i < ts.getLength(); i++) {
                Element t = (Element) ts.item(i);
                if (text.length() > 0)
                    text.append(t.getAttribute("sentence").equals(sentence) ? " " : "\n");
                sentence = t.getAttribute("sentence");
                int start = text.length();
                text.append(t.getTextContent());
                tokens.put(t.getAttribute("t_id"), new Span(start, text.length()));
            }
            Map<String, Span> mentionSpans = new HashMap<>();
            NodeList ms = root.getElementsByTagName("ENTITY_MENTION");
            for (int i = 0; i < ms.getLength(); i++) {
                Element m = (Element) ms.item(i);
                Span span = anchored(m, tokens);
                if (span != null)
                    mentionSpans.put(m.getAttribute("m_id"), span);
            }
            Map<String, Element> entities = new HashMap<>();
            NodeList es = root.getElementsByTagName("ENTITY");
            for (int i = 0; i < es.getLength(); i++) {
                Element e = (Element) es.item(i);
                entities.put(e.getAttribute("m_id"), e);
            }
            List<Mention> mentions = new ArrayList<>();
            NodeList refs = root.getElementsByTagName("REFERS_TO");
            for (int i = 0; i < refs.getLength(); i++) {
                Element r = (Element) refs.item(i);
                Element target = (Element) r.getElementsByTagName("target").item(0);
                Element entity = target == null ? null : entities.get(target.getAttribute("m_id"));
                if (entity == null || entity.getAttribute("instance_id").isEmpty() || entity.getAttribute("external_ref").isEmpty()
                        || !ACTOR_TYPES.contains(entity.getAttribute("ent_type")))
                    continue;
                NodeList sources = r.getElementsByTagName("source");
                for (int k = 0; k < sources.getLength(); k++) {
                    Span span = mentionSpans.get(((Element) sources.item(k)).getAttribute("m_id"));
                    if (span != null)
                        mentions.add(new Mention(span, entity.getAttribute("instance_id"), entity.getAttribute("ent_type")));
                }
            }
            return new MeantimeDocument(file.getFileName().toString(), text.toString(), mentions);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(file + ": not a MEANTIME CAT file: " + e.getMessage(), e);
        }
    }

    /** The root element of a CAT file, parsed without its document type (no external entities are fetched). */
    static Element root(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    /** The text span from the first to the last token an element anchors to, or null where none is known. */
    static Span anchored(Element element, Map<String, Span> tokens) {
        NodeList anchors = element.getElementsByTagName("token_anchor");
        int s = Integer.MAX_VALUE, e = -1;
        for (int k = 0; k < anchors.getLength(); k++) {
            Span t = tokens.get(((Element) anchors.item(k)).getAttribute("t_id"));
            if (t != null) {
                s = Math.min(s, t.start());
                e = Math.max(e, t.end());
            }
        }
        return e >= 0 ? new Span(s, e) : null;
    }
}

package org.dossier.clean;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page says about itself: title, canonical URL and publication date, from the places publishers put
 * them for search engines and social sites ({@code <meta>} tags, JSON-LD, {@code <time>}). Each value is taken from
 * the first place that has a usable one, most explicit first.
 */
final class PageMetadata {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    /** Meta names that state the publication date, in order of trust. */
    private static final List<String> DATE_METAS = List.of("article:published_time", "og:published_time",
            "datePublished", "date");
    private static final int MAX_JSON_DEPTH = 8;
    /** Pages wrap JSON-LD in a comment or CDATA section, for old browsers and XHTML. */
    private static final Pattern WRAPPER_START = Pattern.compile("\\A\\s*(?://\\s*)?(?:<!--|<!\\[CDATA\\[)"),
            WRAPPER_END = Pattern.compile("(?://\\s*)?(?:-->|]]>)\\s*\\z");

    private PageMetadata() {
    }

    /** og:title, else Readability's title, else {@code <title>}, else the first {@code <h1>}; null when none. */
    static String title(Document doc, String readabilityTitle) {
        return first(meta(doc, "og:title"), Optional.ofNullable(readabilityTitle),
                Optional.ofNullable(doc.selectFirst("title")).map(Element::text),
                Optional.ofNullable(doc.selectFirst("body h1")).map(Element::text))
                .orElse(null);
    }

    /** The canonical link, else og:url, made absolute against the page's base URI; null when none. */
    static String url(Document doc) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        Optional<String> link = Optional.ofNullable(canonical).map(e -> e.absUrl("href").isEmpty()
                ? e.attr("href") : e.absUrl("href"));
        return first(link, meta(doc, "og:url")).orElse(null);
    }

    /**
     * The publication date: {@code article:published_time}, {@code og:published_time}, {@code datePublished} or
     * {@code date} meta tags, JSON-LD {@code datePublished} (also inside {@code @graph}), the first
     * {@code <time datetime>}, Parse.ly's {@code parsely-pub-date}; null when none can be read.
     */
    static LocalDate published(Document doc) {
        for (String name : DATE_METAS) {
            Optional<LocalDate> d = meta(doc, name).flatMap(DateStamp::parse);
            if (d.isPresent())
                return d.get();
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Optional<LocalDate> d = jsonLdDate(script.data()).flatMap(DateStamp::parse);
            if (d.isPresent())
                return d.get();
        }
        for (Element time : doc.select("time[datetime]")) {
            Optional<LocalDate> d = DateStamp.parse(time.attr("datetime"));
            if (d.isPresent())
                return d.get();
        }
        return meta(doc, "parsely-pub-date").flatMap(DateStamp::parse).orElse(null);
    }

    /** The content of the first {@code <meta>} whose property, name or itemprop is {@code name}, ignoring case. */
    static Optional<String> meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
                    || name.equalsIgnoreCase(m.attr("itemprop"))) {
                String content = Normalized.collapse(m.attr("content"));
                if (!content.isEmpty())
                    return Optional.of(content);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> jsonLdDate(String json) {
        String data = WRAPPER_START.matcher(json).replaceFirst("");
        data = WRAPPER_END.matcher(data).replaceFirst("");
        try {
            return datePublished(JSON.readTree(data), 0);
        } catch (Exception e) {
            return Optional.empty(); // broken JSON-LD is common; the page has other places to look
        }
    }

    private static Optional<String> datePublished(JsonNode node, int depth) {
        if (node == null || depth > MAX_JSON_DEPTH)
            return Optional.empty();
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<String> d = datePublished(item, depth + 1);
                if (d.isPresent())
                    return d;
            }
        } else if (node.isObject()) {
            JsonNode d = node.get("datePublished");
            if (d != null && d.isTextual() && !d.asText().isBlank())
                return Optional.of(d.asText());
            return datePublished(node.get("@graph"), depth + 1);
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... candidates) {
        for (Optional<String> c : candidates) {
            Optional<String> v = c.map(Normalized::collapse).filter(s -> !s.isEmpty());
            if (v.isPresent())
                return v;
        }
        return Optional.empty();
    }
}

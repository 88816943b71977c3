package org.dossier.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks a JSON export against the shape FACTS.md gives: every field present with its type, enumerations within
 * their values, spans inside their document's text, and references that resolve.
 */
final class FactsShape {
    private FactsShape() {
    }

    static void check(JsonNode export) {
        for (String kind : new String[]{"documents", "actors", "quotes", "events", "positions"})
            assertThat(export.get(kind) != null && export.get(kind).isArray()).as("%s is an array", kind).isTrue();
        Set<String> docs = new HashSet<>(), actors = new HashSet<>();
        java.util.Map<String, Integer> textLength = new java.util.HashMap<>();
        for (JsonNode d : export.get("documents")) {
            fields(d, "id", "name", "title", "url", "published", "published_source", "text", "removed");
            docs.add(d.get("id").asText());
            textLength.put(d.get("id").asText(), d.get("text").asText().length());
            assertThat(d.get("published_source").asText()).isIn("metadata", "text", "inferred", "none");
            if (!d.get("published").isNull())
                assertThat(d.get("published").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            for (JsonNode s : d.get("removed"))
                span(s, Integer.MAX_VALUE);
        }
        for (JsonNode a : export.get("actors")) {
            fields(a, "id", "kind", "name", "aliases", "country", "roles");
            actors.add(a.get("id").asText());
            assertThat(a.get("kind").asText()).isIn("PERSON", "COUNTRY", "ORGANIZATION", "GROUP");
            for (JsonNode r : a.get("roles")) {
                fields(r, "title", "of", "source");
                source(r.get("source"), docs, textLength);
            }
        }
        for (JsonNode q : export.get("quotes")) {
            fields(q, "id", "doc", "span", "text", "kind", "speaker", "speaker_name", "speaker_role", "cue", "date", "medium", "topics");
            assertThat(docs).contains(q.get("doc").asText());
            span(q.get("span"), textLength.get(q.get("doc").asText()));
            assertThat(q.get("kind").asText()).isIn("direct", "indirect");
            reference(q.get("speaker"), actors);
            date(q.get("date"), true);
        }
        for (JsonNode e : export.get("events")) {
            fields(e, "id", "type", "mode", "status", "summary", "participants", "location", "date", "quantity", "sources");
            assertThat(e.get("status").asText()).isIn("occurred", "planned", "proposed", "denied", "conditional");
            for (JsonNode p : e.get("participants")) {
                fields(p, "actor", "name", "role");
                reference(p.get("actor"), actors);
                assertThat(p.get("role").asText()).isIn("host", "participant", "source", "target", "giver", "recipient");
            }
            date(e.get("date"), true);
            if (!e.get("quantity").isNull())
                fields(e.get("quantity"), "amount", "unit", "what");
            assertThat(e.get("sources").size()).isPositive();
            for (JsonNode s : e.get("sources")) {
                source(s, docs, textLength);
                assertThat(s.get("text").isTextual()).isTrue();
            }
        }
        for (JsonNode p : export.get("positions")) {
            fields(p, "id", "actor", "name", "proposal", "stance", "date", "evidence");
            reference(p.get("actor"), actors);
            assertThat(p.get("stance").asText()).isIn("support", "oppose", "conditional", "neutral");
            date(p.get("date"), false);
            source(p.get("evidence"), docs, textLength);
        }
    }

    private static void fields(JsonNode n, String... names) {
        for (String f : names)
            assertThat(n.has(f)).as("field '%s' in %s", f, n).isTrue();
    }

    private static void span(JsonNode s, int length) {
        assertThat(s.isArray() && s.size() == 2).as("span %s", s).isTrue();
        assertThat(s.get(0).asInt()).isBetween(0, s.get(1).asInt());
        assertThat(s.get(1).asInt()).isLessThanOrEqualTo(length);
    }

    private static void source(JsonNode s, Set<String> docs, java.util.Map<String, Integer> textLength) {
        fields(s, "doc", "span");
        assertThat(docs).contains(s.get("doc").asText());
        span(s.get("span"), textLength.get(s.get("doc").asText()));
    }

    private static void reference(JsonNode ref, Set<String> actors) {
        if (!ref.isNull())
            assertThat(actors).contains(ref.asText());
    }

    private static void date(JsonNode d, boolean withSource) {
        if (d.isNull())
            return;
        fields(d, "value", "granularity");
        if (withSource)
            fields(d, "source");
        assertThat(d.get("granularity").asText()).isIn("day", "month", "year", "range");
        // calendar values, never TimeML codes (2025-W10, 2025-Q1): a period is the interval of its first and last day
        String day = "\\d{4}-\\d{2}-\\d{2}";
        String shape = switch (d.get("granularity").asText()) {
            case "day" -> day;
            case "month" -> "\\d{4}-\\d{2}";
            case "year" -> "\\d{4}";
            default -> day + "/" + day;
        };
        assertThat(d.get("value").asText()).matches(shape);
    }
}

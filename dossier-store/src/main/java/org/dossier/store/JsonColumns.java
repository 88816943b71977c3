package org.dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Span;

/**
 * Writes and reads the few list-valued columns as JSON text, so that the schema needs no array or JSON type that
 * H2 and PostgreSQL spell differently.
 */
final class JsonColumns {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonColumns() {
    }

    /** Spans as {@code [[start,end],...]}. */
    static String spans(List<Span> spans) {
        int[][] pairs = new int[spans.size()][];
        for (int i = 0; i < pairs.length; i++)
            pairs[i] = new int[]{spans.get(i).start(), spans.get(i).end()};
        return write(pairs);
    }

    static List<Span> spans(String json) {
        int[][] pairs = read(json, new TypeReference<>() {});
        List<Span> spans = new ArrayList<>(pairs.length);
        for (int[] pair : pairs)
            spans.add(new Span(pair[0], pair[1]));
        return spans;
    }

    static String ints(int[] values) {
        return write(values);
    }

    static int[] ints(String json) {
        return read(json, new TypeReference<>() {});
    }

    static String strings(List<String> values) {
        return write(values);
    }

    static List<String> strings(String json) {
        return List.copyOf(read(json, new TypeReference<List<String>>() {}));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value + " as JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Bad JSON column value: " + json, e);
        }
    }
}

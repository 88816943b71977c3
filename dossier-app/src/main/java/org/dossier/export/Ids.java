package org.dossier.export;

/** The export's ids: a letter for the fact kind and the store's number ({@code d3}, {@code a7}, {@code q12}). */
final class Ids {
    private Ids() {
    }

    static String doc(long id) {
        return "d" + id;
    }

    static String actor(Long id) {
        return id == null ? null : "a" + id;
    }

    static String quote(long id) {
        return "q" + id;
    }

    static String event(long id) {
        return "e" + id;
    }

    static String position(long id) {
        return "p" + id;
    }
}

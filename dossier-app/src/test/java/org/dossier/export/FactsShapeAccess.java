package org.dossier.export;

import com.fasterxml.jackson.databind.JsonNode;

/** Lets tests of other packages check an export against FACTS.md. */
public final class FactsShapeAccess {
    private FactsShapeAccess() {
    }

    public static void check(JsonNode export) {
        FactsShape.check(export);
    }
}

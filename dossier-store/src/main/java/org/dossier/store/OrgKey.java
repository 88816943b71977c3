package org.dossier.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dossier.extract.Gazetteer;
import org.dossier.model.ActorKind;

/**
 * The base of a body's name that articles shorten it to: the name key without a leading "the" and without the
 * company endings after it — "Ford Motor Company", "Ford Motors Co." and "Ford" all give {@code ford}; "Apple Inc."
 * and "Apple Computer" give {@code apple}; "Bank of America Corporation" gives {@code bank of america}. An ending is
 * kept where dropping it would leave a word that names no one by itself ("General Motors" stays
 * {@code general motors}). A country's name that opens a longer name is dropped: "United States Air Force" gives
 * {@code air force}.
 */
final class OrgKey {
    /** Words that end companies' names and that the news drops. */
    private static final Set<String> ENDINGS = Set.of("inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.",
            "llc", "ltd", "ltd.", "plc", "group", "holdings", "ag", "sa", "nv", "n.v.", "gmbh", "spa", "s.p.a.", "motor", "motors",
            "computer", "computers", "airlines", "airways", "industries", "technologies", "&");
    /** Words that name no body alone: what an ending may not be dropped down to. */
    private static final Set<String> GENERIC = Set.of("general", "american", "united", "national", "international", "air",
            "first", "new", "royal", "bank", "european", "british", "global", "standard", "western", "eastern", "northern",
            "southern", "central", "federal", "state");

    private OrgKey() {
    }

    /** The base of {@code name}. */
    static String base(String name) {
        List<String> w = new ArrayList<>(Arrays.asList(NameKey.of(name).replace(",", "").split(" ")));
        if (w.size() > 1 && w.get(0).equals("the"))
            w.remove(0);
        while (w.size() > 1 && ENDINGS.contains(w.get(w.size() - 1)) && !(w.size() == 2 && GENERIC.contains(w.get(0))))
            w.remove(w.size() - 1);
        dropCountry(w);
        return String.join(" ", w);
    }

    /**
     * Drops a country's name that opens a body's name of two more words at least: "United States Air Force" is the
     * "Air Force" another article names, "US Treasury Department" the "Treasury Department". An adjective stays
     * ("British Airways", "Indian Air Force"): it is part of the name.
     */
    private static void dropCountry(List<String> w) {
        for (int n = Math.min(3, w.size() - 2); n >= 1; n--) {
            var e = Gazetteer.standard().find(String.join(" ", w.subList(0, n)));
            if (e.isPresent() && e.get().kind() == ActorKind.COUNTRY && e.get().how() == Gazetteer.How.NAME) {
                w.subList(0, n).clear();
                return;
            }
        }
    }
}

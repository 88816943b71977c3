package org.dossier.extract.actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.Token;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Span;

/**
 * What makes a capitalized name that no list knows a body's: how often and how the text writes it (twice, with a
 * company's ending, with a body's noun at its head, after a noun of bodies, in a list beside a body).
 */
final class BodyEvidence {
    private final Names names;

    BodyEvidence(Names names) {
        this.names = names;
    }

    /**
     * The keys of the names that are bodies: those written at least twice, once with a company's ending, with a
     * body's noun at their head ("Bank of America") or once after a noun of bodies ("automaker Chrysler") or before an
     * apposition ending in one ("Chrysler, a car maker,") or followed by a thing's pronoun ({@link ThingPronouns}), and then those written once in a list beside a body's name ("Chrysler,
     * Ford and General Motors"), until no more join.
     */
    Set<String> bodies(String text, DocumentFacts facts, Map<String, List<String>> forms,
                                            Map<String, Integer> counts, Map<String, List<Span>> where) {
        Set<String> kept = new LinkedHashSet<>();
        List<String> bodyNames = new ArrayList<>();
        for (Actor a : facts.actors())
            if (a.kind() == ActorKind.ORGANIZATION) {
                bodyNames.add(a.name());
                bodyNames.addAll(a.aliases());
            }
        for (var e : forms.entrySet())
            if (!e.getValue().isEmpty() && (counts.get(e.getKey()) >= 2 || e.getValue().stream().anyMatch(w -> !ActorExtractor.stripCorporate(w).equals(w))
                    || e.getValue().stream().anyMatch(this::bodyHeaded))) {
                kept.add(e.getKey());
                bodyNames.addAll(e.getValue());
            }
        // a name written once after a noun of bodies, "automaker Chrysler", before an apposition that ends in one,
        // "Chrysler, another U.S. car maker,", or that the text goes on to call a thing, "Chrysler said its sales"
        for (var e : forms.entrySet())
            if (!e.getValue().isEmpty() && !kept.contains(e.getKey()) && !ActorExtractor.CORPORATE.contains(e.getKey())
                    && where.getOrDefault(e.getKey(), List.of()).stream().anyMatch(sp -> BodyDescriptors.descriptor(text, sp.start()) != null
                    || BodyDescriptors.apposition(text, sp.end()) != null || ThingPronouns.follow(text, sp.end()))) {
                kept.add(e.getKey());
                bodyNames.addAll(e.getValue());
            }
        for (boolean grew = true; grew; ) {
            grew = false;
            for (var e : forms.entrySet())
                // "Company" in "Boeing and our Company" is a common noun capitalized, no name
                if (!e.getValue().isEmpty() && !kept.contains(e.getKey()) && !ActorExtractor.CORPORATE.contains(e.getKey())
                        && where.getOrDefault(e.getKey(), List.of()).stream().anyMatch(sp -> Coordination.withAny(text, sp, bodyNames))) {
                    kept.add(e.getKey());
                    bodyNames.addAll(e.getValue());
                    grew = true;
                }
        }
        return kept;
    }

    /**
     * Whether a name of several words has a body's noun at its head, capitalized: the first word before "of" ("Bank of
     * America"), else the last ("Vestland Transport Agency").
     */
    private boolean bodyHeaded(String name) {
        String[] w = name.split(" ");
        if (w.length < 2)
            return false;
        int of = java.util.Arrays.asList(w).indexOf("of");
        String head = of > 0 ? w[of - 1] : w[w.length - 1];
        return Character.isUpperCase(head.charAt(0)) && names.orgNouns.contains(head);
    }

    /**
     * Whether the words {@code [i, j)}, a country's name and an ending, are a body's own name ("Singapore Airlines"):
     * the ending is capitalized, and no "of" ties the country to a name before it ("Bank of America Corporation").
     */
    static boolean countryNamedBody(List<Token> t, int i, int j) {
        return j - i >= 2 && Character.isUpperCase(t.get(j - 1).word().charAt(0))
                && !(i > 0 && t.get(i - 1).word().equals("of"));
    }
}

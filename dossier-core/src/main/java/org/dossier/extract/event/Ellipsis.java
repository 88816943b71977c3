package org.dossier.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.Token;
import org.dossier.model.Event;
import org.dossier.model.Quantity;

/**
 * Reads a count whose noun is left out: "mobilised 3,000 more soldiers, in addition to the 11,000 already sent".
 * "the 11,000 already sent" are soldiers too, sent by the same party to the same place, so it is a second event of
 * the kind the sentence stated just before, with its own amount. It took place before the sentence's time ("already"),
 * so it takes no date from the sentence.
 */
final class Ellipsis {
    /** Adverbs between the count and the participle: "the 11,000 already sent", "the 500 previously deployed". */
    private static final Set<String> ADVERBS = Set.of("already", "previously", "earlier", "originally", "initially");
    private static final Set<String> COUNTED = Set.of("MOBILIZE", "AID");

    private Ellipsis() {
    }

    /**
     * The event that trigger {@code m}, a participle after "the" and a bare count, states by the last event with a
     * counted amount in {@code before} (the events its sentence stated before it), or null.
     */
    static Event of(List<Token> t, Triggers.Match m, List<Event> before) {
        if (!m.trigger().verb())
            return null;
        int k = m.index() - 1;
        if (k >= 0 && ADVERBS.contains(t.get(k).word().toLowerCase(Locale.ROOT)))
            k--;
        if (k < 1 || !t.get(k).word().matches("\\d{1,3}(,\\d{3})+|\\d+") || !t.get(k - 1).word().equalsIgnoreCase("the"))
            return null;
        for (int i = before.size() - 1; i >= 0; i--) {
            Event e = before.get(i);
            Quantity q = e.quantity();
            if (COUNTED.contains(e.type()) && q != null && q.amount() != null && q.unit() != null) {
                double n = Double.parseDouble(t.get(k).word().replace(",", ""));
                return new Event(e.type(), e.mode(), "occurred", e.summary(), e.participants(), e.location(), null,
                        new Quantity(n, q.unit(), q.what(), null), e.span());
            }
        }
        return null;
    }
}

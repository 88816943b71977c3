package org.dossier.store;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.DateValue;
import org.dossier.model.Event;
import org.dossier.model.Participant;

/**
 * Finds the stored event that a new event reports again, so that a second report becomes a second source of one
 * event instead of a second event (FACTS.md: "one event per real-world event across documents"): the same summit
 * previewed, held and debriefed is one event with three sources.
 * <p>
 * Two reports are one event when they come from different documents, have the same PLOVER type and compatible
 * modes and amounts, share at least one participant (by global actor id), and give dates that agree at the coarser
 * of the two granularities, at least to the month ("2025-03" and "2025-03-06" agree; "2025-03-06" and "2025-03-07"
 * do not), and nothing tells them apart: two places named, or other countries as the counterparts of a meeting of
 * two sides. An undated report matches nothing: without a date, a second meeting of the same leaders cannot be told
 * from the first. Within one article two sentences with one type and day are most often two events (a summit and
 * a call on its margins), so they stay apart.
 */
final class EventMatcher {
    private static final int MONTH = "2025-03".length();
    private static final String MULTILATERAL = "multilateral";
    private final EventRepository events;

    EventMatcher(EventRepository events) {
        this.events = events;
    }

    /**
     * The id of a stored event that {@code event} describes too, or empty when it is new.
     *
     * @param actorIds global actor ids by the local keys of the event's document
     * @param docId    the document that reports {@code event}
     */
    Optional<Long> findSame(Event event, Map<String, Long> actorIds, long docId) {
        DateValue date = event.date();
        if (date == null || date.value().length() < MONTH || !date.value().matches("\\d{4}-\\d{2}.*"))
            return Optional.empty();
        Set<Long> mine = new HashSet<>();
        for (Participant p : event.participants()) {
            Long id = p.actorKey() == null ? null : actorIds.get(p.actorKey());
            if (id != null)
                mine.add(id);
        }
        if (mine.isEmpty())
            return Optional.empty();
        for (EventRepository.Candidate c : events.candidates(event.type(), date.value().substring(0, MONTH))) {
            if (!agree(c.dateValue(), date.value()) || !compatible(c.mode(), event.mode())
                    || c.amount() != null && event.quantity() != null && event.quantity().amount() != null
                    && !c.amount().equals(event.quantity().amount())
                    || events.sourceDocIds(c.id()).contains(docId))
                continue;
            List<Long> theirs = events.participantActorIds(c.id());
            if (theirs.stream().anyMatch(mine::contains) && !elsewhere(c.location(), event.location())
                    && !otherCounterparts(mine, theirs, c.mode(), event.mode()))
                return Optional.of(c.id());
        }
        return Optional.empty();
    }

    /** Whether both reports name where the event took place, and the places differ ("in Istanbul", "in Kingston"). */
    private static boolean elsewhere(String a, String b) {
        return a != null && b != null && !a.equalsIgnoreCase(b);
    }

    /**
     * Whether two reports that share a party name other countries as its counterparts: a meeting of two sides is
     * defined by both, so the United States meeting Russia and the United States visiting Jamaica on one day are two
     * events. Reports of a multilateral meeting name different members of it (the mode says so, or a report names
     * three countries or more), and a report that names no other country than the shared ones conflicts with none.
     */
    private boolean otherCounterparts(Set<Long> mine, List<Long> theirs, String modeTheirs, String modeMine) {
        if (MULTILATERAL.equals(modeTheirs) || MULTILATERAL.equals(modeMine))
            return false;
        Set<Long> a = events.countries(mine), b = events.countries(theirs);
        if (a.size() >= 3 || b.size() >= 3)
            return false;
        return a.stream().anyMatch(x -> !b.contains(x)) && b.stream().anyMatch(x -> !a.contains(x));
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    /** Whether two TimeML date values agree at the coarser granularity: one is a prefix of the other. */
    static boolean agree(String a, String b) {
        if (a == null || b == null)
            return false;
        String shorter = a.length() <= b.length() ? a : b, longer = shorter == a ? b : a;
        return longer.startsWith(shorter) && (longer.length() == shorter.length() || longer.charAt(shorter.length()) == '-');
    }
}

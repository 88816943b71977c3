package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.dossier.model.Quantity;

/**
 * Tells an event that a document states again from a second event of the same type. An article names its events
 * more than once — the lead reports "EU chiefs briefed NATO partners on Friday", a later paragraph "EU chiefs spoke
 * via video call with the leaders of Britain, Turkey, Canada" — and each real event should be one record. But one
 * sentence can also state two events of one type ("mobilised an additional 3,000 soldiers, in addition to the 11,000
 * already sent"), which differ by their amounts, days or parties.
 */
final class Repeats {
    /** Roles that face each other: a party in one of them and in the other is on both ends of two events. */
    private static final Set<String> OPPOSITE = Set.of("source/target", "target/source", "giver/recipient", "recipient/giver");

    private Repeats() {
    }

    /**
     * Whether {@code b}, stated in the same sentence as {@code a}, is an event of its own rather than {@code a} again:
     * another type, or an amount, a day or a set of parties of its own. Roles do not tell them apart here: in "sent
     * soldiers to Russia and re-deployed several" Russia comes before the second verb as if it were its subject.
     */
    static boolean distinctInSentence(Event a, Event b) {
        if (!a.type().equals(b.type()))
            return true;
        return conflicting(amount(a.quantity()), amount(b.quantity()))
                || a.date() != null && b.date() != null && !agree(a.date().value(), b.date().value())
                || keys(a).stream().noneMatch(keys(b)::contains);
    }

    /** Whether a party of both events has the opposite role in one: who gives in one receives in the other. */
    private static boolean otherRole(Event a, Event b) {
        for (Participant p : a.participants())
            for (Participant q : b.participants())
                if (p.actorKey() != null && p.actorKey().equals(q.actorKey()) && OPPOSITE.contains(p.role() + "/" + q.role()))
                    return true;
        return false;
    }

    /**
     * The events of one document with each later mention of an event folded into its first: {@code b} repeats
     * {@code a} where their type and status are the same, nothing they state conflicts (mode, amount, place, day),
     * no party has another role in one than in the other, at most one of them is dated, and they share their parties — two, or all of the smaller one's. Two mentions
     * that both name a day are left apart: within an article they are most often two events (a summit and a call on
     * its margins). The folded event keeps the span of the dated mention (else the first), the parties of both and
     * whatever either states.
     */
    static List<Event> merged(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++)
                if (repeats(out.get(i), e))
                    same = i;
            if (same < 0)
                out.add(e);
            else
                out.set(same, fold(out.get(same), e));
        }
        return out;
    }

    static boolean repeats(Event a, Event b) {
        if (!a.type().equals(b.type()) || !a.status().equals(b.status()) || a.span().equals(b.span()))
            return false;
        if (a.date() != null && b.date() != null || conflicting(a.mode(), b.mode())
                || conflicting(a.location(), b.location()) || conflicting(amount(a.quantity()), amount(b.quantity()))
                || otherRole(a, b))
            return false;
        Set<String> ka = keys(a), kb = keys(b);
        long shared = ka.stream().filter(kb::contains).count();
        return shared >= 2 || shared > 0 && shared == Math.min(ka.size(), kb.size());
    }

    private static Event fold(Event a, Event b) {
        Event first = b.date() != null ? b : a, second = first == a ? b : a;
        List<Participant> parties = new ArrayList<>(first.participants());
        Set<String> have = keys(first);
        for (Participant p : second.participants())
            if (p.actorKey() == null || have.add(p.actorKey()))
                parties.add(p);
        return new Event(first.type(), or(first.mode(), second.mode()), first.status(), first.summary(), parties,
                or(first.location(), second.location()), or(first.date(), second.date()),
                or(first.quantity(), second.quantity()), first.span());
    }

    private static Set<String> keys(Event e) {
        Set<String> out = new HashSet<>();
        for (Participant p : e.participants())
            if (p.actorKey() != null)
                out.add(p.actorKey());
        return out;
    }

    private static Double amount(Quantity q) {
        return q == null ? null : q.amount();
    }

    private static boolean conflicting(Object a, Object b) {
        return a != null && b != null && !Objects.equals(a, b);
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }

    /** Whether two TimeML values agree at the coarser granularity ("2025-03" and "2025-03-06" do). */
    private static boolean agree(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b, longer = shorter == a ? b : a;
        return longer.startsWith(shorter) && (longer.length() == shorter.length() || longer.charAt(shorter.length()) == '-');
    }
}

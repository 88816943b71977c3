package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.model.DateValue;
import org.dossier.model.Event;

/**
 * Dates an event by the occasion its sentence places it at: "During the meeting, X backed Y's call for a truce",
 * "At the summit, the leaders agreed ...". A definite meeting noun refers back to the meeting the article has last
 * reported, so an event that its own sentence leaves undated took place on that meeting's day. An undated agreement
 * right after a dated meeting of its parties is that meeting's outcome.
 */
final class Occasions {
    /** "during the meeting", "at the summit", "on the sidelines of the talks": the event took place there. */
    private static final Pattern AT_OCCASION = Pattern.compile("(?i)\\b(?:during|at|on the (?:sidelines|margins) of|in the course of)"
            + " (?:the|that|this) (?:meeting|summit|talks|call|phone call|video call|videoconference|conference|visit|session)\\b");

    private Occasions() {
    }

    /**
     * The events of one document, in text order, each undated one that its sentence places at "the meeting" given
     * the day of the last dated consultation reported before it.
     */
    static List<Event> dated(List<Event> events, String text) {
        List<Event> out = new ArrayList<>(events.size());
        DateValue lastMeeting = null;
        for (Event e : events) {
            if (e.date() == null && lastMeeting != null && AT_OCCASION.matcher(e.span().of(text)).find())
                e = on(e, lastMeeting);
            else if (e.date() == null && !out.isEmpty() && outcome(out.get(out.size() - 1), e, text))
                e = on(e, out.get(out.size() - 1).date());
            else if (meeting(e))
                lastMeeting = e.date();
            out.add(e);
        }
        return out;
    }

    /** Whether {@code e} is a consultation on a stated day. */
    private static boolean meeting(Event e) {
        return e.type().equals("CONSULT") && e.date() != null && "day".equals(e.date().granularity());
    }

    /**
     * Whether undated agreement {@code e} is the outcome of meeting {@code before}, the last event the sentence right
     * before it reports, even across a paragraph break: "Leaders met in Oslo on Monday. / The leaders agreed to ..."
     * An agreement is reached where its parties meet, so one that shares a party with that meeting was reached there.
     */
    private static boolean outcome(Event before, Event e, String text) {
        if (!e.type().equals("AGREE") || !meeting(before) || before.span().end() > e.span().start()
                || !text.substring(before.span().end(), e.span().start()).isBlank())
            return false;
        return before.participants().stream().anyMatch(p -> p.actorKey() != null
                && e.participants().stream().anyMatch(q -> p.actorKey().equals(q.actorKey())));
    }

    private static Event on(Event e, DateValue day) {
        return new Event(e.type(), e.mode(), e.status(), e.summary(), e.participants(), e.location(),
                new DateValue(day.value(), day.granularity(), "inferred"), e.quantity(), e.span());
    }
}

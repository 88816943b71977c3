package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.model.DateValue;
import org.dossier.model.Event;

/**
 * Dates an event by the occasion its sentence places it at: "During the meeting, X backed Y's call for a truce",
 * "At the summit, the leaders agreed ...". A definite meeting noun refers back to the meeting the article has last
 * reported, so an event that its own sentence leaves undated took place on that meeting's day.
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
                e = new Event(e.type(), e.mode(), e.status(), e.summary(), e.participants(), e.location(),
                        new DateValue(lastMeeting.value(), lastMeeting.granularity(), "inferred"), e.quantity(), e.span());
            else if (e.type().equals("CONSULT") && e.date() != null && "day".equals(e.date().granularity()))
                lastMeeting = e.date();
            out.add(e);
        }
        return out;
    }
}

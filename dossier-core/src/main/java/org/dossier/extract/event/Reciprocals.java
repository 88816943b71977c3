package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.model.Event;
import org.dossier.model.Participant;

/**
 * Splits a reciprocal event into its two directed ones: "Serbia and Kosovo accused each other of ..." is Serbia
 * accusing Kosovo and Kosovo accusing Serbia, each with a source and a target. Events whose parties take part
 * alike (a meeting, an agreement) stay one.
 */
final class Reciprocals {
    private static final Pattern EACH_OTHER = Pattern.compile("^\\s*(?:each other|one another)\\b");

    private Reciprocals() {
    }

    /**
     * The directed events of {@code e} where the words after its trigger ({@code after}) are "each other" and it
     * has exactly two sources and no target; else {@code e} alone.
     */
    static List<Event> split(Event e, String after) {
        if (!EACH_OTHER.matcher(after).find())
            return List.of(e);
        List<Participant> sources = e.participants().stream().filter(p -> p.role().equals("source")).toList();
        if (sources.size() != 2 || sources.size() != e.participants().size())
            return List.of(e);
        List<Event> out = new ArrayList<>(2);
        for (int i = 0; i < 2; i++) {
            Participant from = sources.get(i), to = sources.get(1 - i);
            out.add(new Event(e.type(), e.mode(), e.status(), e.summary(),
                    List.of(from, new Participant(to.actorKey(), to.name(), "target")),
                    e.location(), e.date(), e.quantity(), e.span()));
        }
        return out;
    }
}

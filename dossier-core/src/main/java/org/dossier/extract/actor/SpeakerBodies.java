package org.dossier.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.extract.WordList;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Reference;
import org.dossier.model.Role;
import org.dossier.model.Span;

/**
 * The body a person speaks for, as the text ties them: a body written in one of the person's roles ("GM spokesman"),
 * by name or by a description the actor stage resolved ("the bank's chief executive"); or a body whose name stands
 * next to the person's with role words between ("Vestra CEO Ruth Ambler", "Vestra's head of sales Ruth Ambler",
 * "Ruth Ambler, a Vestra spokeswoman,", "Ruth Ambler, the bank's chief executive,"). A person whose role is held only
 * inside a body ({@code company-roles.txt}: "Spokeswoman Ruth Ambler") and names none speaks for the body named last
 * before them. "We" in their quotes is that body.
 */
final class SpeakerBodies {
    private static final WordList COMPANY_ROLES = WordList.load("company-roles.txt");
    private static final Set<String> JOINERS = Set.of("of", "and", "&", "the", "a", "an");
    /** Between a person's name and a body named after it: a comma and an article at most. */
    private static final java.util.regex.Pattern APPOSITION_OPENING = java.util.regex.Pattern.compile("\\s*,\\s*(?:(?:the|a|an)\\s+)?");

    private final Names names;

    SpeakerBodies(Names names) {
        this.names = names;
    }

    /** The body {@code person} speaks for, or null where the text ties them to none. */
    Actor of(String text, Actor person, DocumentFacts facts) {
        List<ActorOccurrences.Occurrence> bodies = bodies(text, facts);
        for (Role r : person.roles()) {
            if (r.span() == null || r.span().end() > text.length())
                continue;
            for (ActorOccurrences.Occurrence o : bodies)
                if (r.span().contains(o.span()))
                    return o.actor();
        }
        List<ActorOccurrences.Occurrence> named = ActorOccurrences.find(text, List.of(person));
        for (ActorOccurrences.Occurrence p : named)
            for (ActorOccurrences.Occurrence o : bodies) {
                Span n = p.span(), b = o.span();
                if (b.end() <= n.start() && b.end() >= n.start() - 60 && roleWords(text.substring(b.end(), n.start()), true))
                    return o.actor();
                if (b.start() >= n.end() && b.start() <= n.end() + 12
                        && APPOSITION_OPENING.matcher(text.substring(n.end(), b.start())).matches()
                        && roleWords(text.substring(b.end(), Math.min(text.length(), b.end() + 40)).split("[,.;:]", 2)[0], false))
                    return o.actor();
            }
        return companyRole(person) ? lastBefore(bodies, named) : null;
    }

    /** How far before a person's first mention the body they speak for may be named, in characters. */
    static final int REACH = 300;

    /** Whether one of the person's roles is held only inside a body: "Spokeswoman", "Chief executive". */
    private static boolean companyRole(Actor person) {
        for (Role r : person.roles())
            for (String w : r.title().split("[\\s-]+"))
                if (COMPANY_ROLES.contains(w.toLowerCase(Locale.ROOT)))
                    return true;
        return false;
    }

    /** The body named last within {@link #REACH} before the person's first mention, or null. */
    private static Actor lastBefore(List<ActorOccurrences.Occurrence> bodies, List<ActorOccurrences.Occurrence> named) {
        int first = named.stream().mapToInt(o -> o.span().start()).min().orElse(-1);
        ActorOccurrences.Occurrence last = null;
        for (ActorOccurrences.Occurrence o : bodies)
            if (o.span().end() <= first && o.span().start() >= first - REACH && (last == null || o.span().start() > last.span().start()))
                last = o;
        return last == null ? null : last.actor();
    }

    /** The organizations written in the text, by name and by the descriptions resolved to them. */
    private static List<ActorOccurrences.Occurrence> bodies(String text, DocumentFacts facts) {
        List<ActorOccurrences.Occurrence> out = new ArrayList<>(ActorOccurrences.find(text,
                facts.actors().stream().filter(a -> a.kind() == ActorKind.ORGANIZATION).toList()));
        for (Reference r : facts.references()) {
            Actor a = facts.actor(r.actorKey());
            if (a != null && a.kind() == ActorKind.ORGANIZATION)
                out.add(new ActorOccurrences.Occurrence(r.span(), a));
        }
        return out;
    }

    /**
     * Whether {@code between} is "'s" or nothing followed by role words only ("'s chief of staff,", "CEO"), a title
     * among them; {@code whole} asks that the words fill it, otherwise they need only open it ("spokeswoman said").
     */
    private boolean roleWords(String between, boolean whole) {
        // "'s" opens a role a body owns, a comma may close it: "Vestra's chief executive, Ruth Ambler"
        String s = between.strip().replaceFirst("^['\u2019]s?(?=\\s|$)", "").replaceFirst(",$", "").strip();
        if (s.isEmpty())
            return false;
        boolean title = false, afterOf = false;
        for (String w : s.split("\\s+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (names.titles.contains(lower) || names.personNouns.contains(lower))
                title = true;
            else if (!names.titleModifiers.contains(lower) && !JOINERS.contains(lower)
                    && !(afterOf && Character.isLowerCase(w.charAt(0))))
                return !whole && title;
            afterOf = lower.equals("of") || afterOf && Character.isLowerCase(w.charAt(0));
        }
        return title;
    }
}

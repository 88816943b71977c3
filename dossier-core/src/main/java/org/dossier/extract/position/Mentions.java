package org.dossier.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.Span;

/**
 * Where the actors of one document are named in its text, by their names and aliases as the actor stage recorded
 * them. Built per document; not shared.
 */
final class Mentions {
    /** One naming of an actor. */
    record Mention(String actorKey, ActorKind kind, Span span) {
    }

    private final List<Mention> all;

    private Mentions(List<Mention> all) {
        this.all = all;
    }

    /** Every mention of {@code actors} in {@code text}; where two overlap the longer wins. */
    static Mentions of(String text, List<Actor> actors) {
        List<Mention> found = new ArrayList<>();
        for (Actor a : actors) {
            List<String> names = new ArrayList<>(a.aliases());
            names.add(a.name());
            for (String name : names) {
                if (name.isBlank())
                    continue;
                Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
                Matcher m = p.matcher(text);
                while (m.find())
                    found.add(new Mention(a.key(), a.kind(), new Span(m.start(), m.end())));
            }
        }
        found.sort((x, y) -> x.span().length() != y.span().length() ? Integer.compare(y.span().length(), x.span().length()) : x.span().compareTo(y.span()));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : found)
            if (kept.stream().noneMatch(k -> k.span().overlaps(m.span())))
                kept.add(m);
        kept.sort((x, y) -> x.span().compareTo(y.span()));
        return new Mentions(List.copyOf(kept));
    }

    /** The mentions inside {@code range}, in text order. */
    List<Mention> within(Span range) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : all)
            if (range.contains(m.span()))
                out.add(m);
        return out;
    }
}

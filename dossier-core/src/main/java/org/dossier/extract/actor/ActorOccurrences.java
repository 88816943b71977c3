package org.dossier.extract.actor;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.Span;

/**
 * Where a text writes its actors: every whole-word occurrence of an actor's name or alias. Stages that need an
 * actor's place in a sentence (event participants) and harnesses that map gold mentions to actors read it here.
 */
public final class ActorOccurrences {
    /** An actor written at {@code span}. */
    public record Occurrence(Span span, Actor actor) {
    }

    private ActorOccurrences() {
    }

    /** The occurrences of each actor's name and aliases in {@code text}, actor by actor. */
    public static List<Occurrence> find(String text, List<Actor> actors) {
        List<Occurrence> out = new ArrayList<>();
        for (Actor a : actors) {
            List<String> forms = new ArrayList<>(a.aliases());
            forms.add(a.name());
            for (String form : forms)
                find(text, form, a, out);
        }
        return out;
    }

    /** Adds the whole-word occurrences of {@code form} in {@code text} as occurrences of {@code actor}. */
    public static void find(String text, String form, Actor actor, List<Occurrence> out) {
        if (form.length() < 2)
            return;
        for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
            int end = i + form.length();
            boolean whole = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (whole)
                out.add(new Occurrence(new Span(i, end), actor));
        }
    }
}

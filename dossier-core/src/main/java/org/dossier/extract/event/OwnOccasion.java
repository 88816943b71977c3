package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.Token;
import org.dossier.extract.actor.ActorOccurrences.Occurrence;
import org.dossier.extract.time.CueDates;
import org.dossier.model.Actor;
import org.dossier.model.DateValue;
import org.dossier.model.Participant;
import org.dossier.model.Span;

/**
 * Reads the date an event noun's own phrase gives it: "the meeting in Brussels a day earlier", "after Tuesday's call
 * with Macron", "at the summit in Paris last week". A noun that carries its own date reports an event of its own,
 * besides whatever the sentence's verb states ("EU chiefs briefed partners on Friday about the meeting in Brussels a
 * day earlier" reports the briefing and the meeting), and that date, not the one nearest in the sentence, is when it
 * took place.
 */
final class OwnOccasion {
    /** How many tokens before the noun its phrase may start ("Tuesday 's call") and how many after it may run. */
    private static final int BACK = 3, FORWARD = 14;
    /** The most words of another name of an actor looked up in the gazetteer ("the European bloc"). */
    private static final int NAME_WORDS = 3;
    /** Words after "to" that open a noun phrase, not an infinitive: "a trip to the capital". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this", "that",
            "these", "those", "our", "my", "your");
    /** Words before a possessive date that belong to it: "last week's summit". */
    private static final Set<String> DATE_MODIFIERS = Set.of("last", "next", "this", "that");
    /**
     * Words that open another clause or a list after the noun's phrase, or time it by another event ("aid after the
     * country conducted a test in January"): a date past them is not the noun's.
     */
    private static final Set<String> FORWARD_ENDS = Set.of("and", "or", "but", "that", "which", "who", "whom", "where",
            "when", "while", "as", "because", "since", "after", "before", "following", "until", "during", "said", "says", "say", "told", "was", "were", "is", "are", "will",
            "would", "has", "have", "had");

    /** Words that, right after the noun, carry its phrase on: prepositions and the openers of a date. */
    private static final Set<String> GOES_ON = Set.of("of", "in", "on", "at", "with", "between", "among", "for", "by",
            "over", "from", "to", "a", "an", "last", "next", "this", "earlier", "later", "yesterday", "today", "tomorrow");

    private OwnOccasion() {
    }

    /** A noun trigger's own phrase ("the bloc's meeting in Brussels a day earlier") and the date it names. */
    record Phrase(Span span, int from, int to, DateValue date) {
    }

    /**
     * The phrase of noun trigger {@code n} where it names a date of its own, or null where it names none or {@code n}
     * is a verb. The phrase runs back through the words that modify the noun and on through its prepositional
     * phrases, up to a comma or a word that opens another clause.
     */
    static Phrase of(List<Token> t, Triggers.Match n, CueDates dates) {
        if (n.trigger().verb() || TriggerContext.infinitive(t, n))
            return null;
        // back through the noun's modifiers that can carry a date or a name: "the 2015 deal", "Thursday's summit",
        // "last week's EU summit"; a lowercase word (an adjective, or a verb whose object the noun is) ends it
        int from = n.index();
        for (int k = n.index() - 1; k >= 0 && k >= n.index() - BACK; k--) {
            String w = t.get(k).word();
            if (possessive(w) && k > 0) {
                from = --k;
                if (k > 0 && DATE_MODIFIERS.contains(t.get(k - 1).word().toLowerCase(Locale.ROOT)))
                    from = --k;
            } else if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))
                from = k;
            else
                break;
        }
        int to = n.index() + n.length() - 1;
        // the phrase goes on only where a preposition or a date follows the noun: in "Friday's debrief comes after
        // the summit" the words after "debrief" are no part of it
        int next = to + 1;
        boolean goesOn = next < t.size() && GOES_ON.contains(t.get(next).word().toLowerCase(Locale.ROOT));
        for (int k = to + 1; goesOn && k < t.size() && k <= n.index() + n.length() + FORWARD; k++) {
            String w = t.get(k).word();
            if (FORWARD_ENDS.contains(w.toLowerCase(Locale.ROOT)) || !Character.isLetterOrDigit(w.charAt(0)) && !possessive(w)
                    && !w.equals("-") || infinitive(t, k))
                break;
            to = k;
        }
        Span phrase = new Span(t.get(from).span().start(), t.get(to).span().end());
        // a possessive date before the noun is its own ("Thursday's summit"); one after it names another thing
        // ("a protest over Monday night's debate")
        DateValue date = dates.within(new Span(phrase.start(), t.get(n.index()).span().start()), true);
        if (date == null)
            date = dates.within(new Span(t.get(n.index()).span().start(), phrase.end()), false);
        return date == null ? null : new Phrase(phrase, from, to, date);
    }

    /**
     * The actors that phrase {@code own} names, each once, in the subject's role before the trigger ("the bloc's
     * summit") and the object's after it ("the meeting of the bloc's leaders"): the parties of the noun's own event,
     * not those of the sentence's verb. Besides the names the document's actors are written with, a phrase may call
     * one of them by another of its gazetteer names ("the bloc" for the EU written "EU" elsewhere).
     *
     * @param named the canonical name a word or words stand for, by the gazetteer, where they name an actor
     */
    static List<Participant> parties(Phrase own, List<Token> t, Span trigger, String subjectRole, String objectRole,
            List<Occurrence> mentions, Function<String, Optional<String>> named) {
        List<Participant> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Occurrence o : mentions)
            if (own.span().contains(o.span()) && !trigger.overlaps(o.span()) && seen.add(o.actor().key()))
                out.add(new Participant(o.actor().key(), o.actor().name(), role(o.span(), trigger, subjectRole, objectRole)));
        for (int i = own.from(); i <= own.to(); i++)
            for (int j = Math.min(own.to(), i + NAME_WORDS - 1); j >= i; j--) {
                Span at = new Span(t.get(i).span().start(), t.get(j).span().end());
                if (at.overlaps(trigger))
                    continue;
                StringBuilder form = new StringBuilder();
                for (int k = i; k <= j; k++)
                    form.append(k > i ? " " : "").append(t.get(k).word());
                Optional<Actor> actor = named.apply(form.toString()).flatMap(name -> mentions.stream()
                        .map(Occurrence::actor).filter(a -> a.name().equals(name)).findFirst());
                if (actor.isPresent()) {
                    if (seen.add(actor.get().key()))
                        out.add(new Participant(actor.get().key(), actor.get().name(), role(at, trigger, subjectRole, objectRole)));
                    i = j;
                    break;
                }
            }
        return out;
    }

    private static String role(Span at, Span trigger, String subjectRole, String objectRole) {
        return at.end() <= trigger.start() ? subjectRole : objectRole;
    }

    /** Whether token {@code k} is the "to" of an infinitive ("a pledge to cut emissions by 2025"): another event's clause. */
    private static boolean infinitive(List<Token> t, int k) {
        if (!t.get(k).word().equalsIgnoreCase("to") || k + 1 >= t.size())
            return false;
        String w = t.get(k + 1).word();
        return Character.isLowerCase(w.charAt(0)) && !DETERMINERS.contains(w);
    }

    private static boolean possessive(String w) {
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
    }
}

package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.extract.Extractor;
import org.dossier.extract.Gazetteer;
import org.dossier.extract.actor.ActorOccurrences;
import org.dossier.extract.actor.ActorOccurrences.Occurrence;
import org.dossier.extract.actor.Names;
import org.dossier.extract.time.CueDates;
import org.dossier.model.Actor;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.dossier.model.Quantity;
import org.dossier.model.Span;

/**
 * Finds events by their trigger words ({@code event-triggers.tsv}), outside quotation marks. Each event gets its
 * PLOVER type and mode (retyped by the trigger's object where the word is ambiguous), its status from the words
 * before the trigger, the document's actors named in the sentence as participants (before the trigger in the
 * subject's role, after it in the object's), the nearest amount, the place named with "in", and the date that
 * governs the trigger ({@link CueDates}). An event whose
 * sentence names no actor is left out: a ledger row needs someone who acted.
 */
public final class EventExtractor implements Extractor {
    private static final int SUMMARY_LENGTH = 160;
    /** The type of a trigger that states an event only with an object that types it. */
    private static final String BY_OBJECT = "BY-OBJECT";
    private static final int REACH_BEFORE = 70, REACH_AFTER = 90;
    private static final java.util.Set<String> LIGHT_VERBS = java.util.Set.of("held", "hold", "holds", "holding", "began",
            "attended", "announced", "announces", "received", "receive", "promised", "promise", "reached", "signed",
            "convened", "joined", "concluded", "struck", "approved", "unveiled", "launching", "launched", "organised", "organized",
            "carried", "make", "made", "paid", "pay", "declared", "offered", "earmarked");
    /** Words after which a gerund names an event in passing: "from invading", "in providing", "than sending". */
    private static final Set<String> GERUND_HOSTS = Set.of("from", "of", "by", "stop", "stopped", "continuing", "keep",
            "without", "in", "than", "about", "for");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those");
    private static final java.util.Set<String> ABSTRACT_BEFORE = java.util.Set.of("peace", "possible", "potential", "any", "future");
    private final Triggers triggers = new Triggers();
    private final Names names = Names.standard();

    @Override
    public void extract(AnnotatedDocument doc, DocumentFacts facts) {
        List<Occurrence> mentions = mentions(doc.text(), facts);
        CueDates dates = CueDates.of(doc);
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            String sentence = s.text(doc.text());
            List<Triggers.Match> verbs = new ArrayList<>(), nouns = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                if (insideQuote(doc.text(), t.get(i).span().start(), s.span().start()))
                    continue;
                Triggers.Match m = triggers.at(t, i);
                if (m == null || abstractNoun(t, m) || backgrounded(t, m) || triggers.inPassing(t, i))
                    continue;
                (m.trigger().verb() ? verbs : nouns).add(m);
                i += m.length() - 1;
            }
            // a verb states an event; a noun does where a light verb makes it one ("held a call", "announced an
            // agreement") or where no verb of the sentence states any
            List<Triggers.Match> chosen = new ArrayList<>(verbs);
            for (Triggers.Match n : nouns)
                if (afterLightVerb(t, n) || triggers.governor(t, n) != null || verbs.isEmpty() && chosen.isEmpty() && anchored(doc, s, n, dates))
                    chosen.add(n);
            List<String> seen = new ArrayList<>();
            for (Triggers.Match m : chosen) {
                Event e = event(doc, s, m, mentions, dates);
                if (e == null || seen.contains(e.type()))
                    continue;
                seen.add(e.type());
                facts.add(e);
            }
        }
    }

    private Event event(AnnotatedDocument doc, Sentence s, Triggers.Match m, List<Occurrence> mentions, CueDates dates) {
        Trigger trig = m.trigger();
        String type = trig.type(), mode = trig.mode();
        List<Token> t = s.tokens();
        String[] re = triggers.retype(t, m);
        if (re != null) {
            mode = re[1] != null ? re[1] : re[0].equals(type) ? mode : null;
            type = re[0];
        }
        if (type.equals(BY_OBJECT) || type.equals(Triggers.NONE))
            return null;
        int triggerStart = t.get(m.index()).span().start();
        List<Participant> participants = new ArrayList<>();
        int triggerEnd = t.get(m.index() + m.length() - 1).span().end();
        for (Occurrence x : mentions) {
            if (!s.span().contains(x.span()) || participants.stream().anyMatch(p -> p.actorKey().equals(x.actor().key())))
                continue;
            // participants stand near the trigger, in its clause
            if (x.span().end() <= triggerStart && triggerStart - x.span().end() > REACH_BEFORE
                    || x.span().start() >= triggerEnd && x.span().start() - triggerEnd > REACH_AFTER
                    || clauseBreakBetween(doc.text(), x.span(), triggerStart, triggerEnd))
                continue;
            String role = x.span().end() <= triggerStart ? trig.subjectRole() : trig.objectRole();
            participants.add(new Participant(x.actor().key(), x.actor().name(), role));
        }
        if (participants.isEmpty())
            return null;
        String sentence = s.text(doc.text());
        String status = Status.of(sentence, triggerStart - s.span().start());
        Quantity quantity = nearest(Quantities.find(sentence, s.span().start()), triggerStart, type);
        String summary = sentence.length() <= SUMMARY_LENGTH ? sentence.strip() : sentence.substring(0, SUMMARY_LENGTH).strip() + "…";
        Span trigger = new Span(triggerStart, triggerEnd);
        return new Event(type, mode, status, summary, participants, location(t), dates.dateOf(trigger, s.index(), null),
                quantity, s.span());
    }

    /**
     * Whether the sentence ties noun {@code n} to an occasion — a date, a place ("in Brussels"), or a name before it
     * ("the EU summit", "Thursday's talks") — so that it reports an event rather than naming one in passing ("the
     * package risks being blocked", "claimed that a ceasefire would not resolve the conflict").
     */
    private boolean anchored(AnnotatedDocument doc, Sentence s, Triggers.Match n, CueDates dates) {
        List<Token> t = s.tokens();
        for (int k = Math.max(0, n.index() - 3); k < n.index(); k++)
            if (Character.isUpperCase(t.get(k).word().charAt(0)) && k > 0)
                return true;
        Token last = t.get(n.index() + n.length() - 1);
        return location(t) != null || dates.dateOf(new Span(t.get(n.index()).span().start(), last.span().end()), s.index(), null) != null;
    }

    /** Whether a verb that makes its object an event ("held", "announced", "received the promise of") precedes the noun. */
    private static boolean afterLightVerb(List<Token> t, Triggers.Match noun) {
        for (int k = Math.max(0, noun.index() - 5); k < noun.index(); k++)
            if (LIGHT_VERBS.contains(t.get(k).word().toLowerCase(Locale.ROOT)))
                return true;
        return false;
    }

    /**
     * "keep Russia from invading", "by continuing to attack", "a willingness to stop attacking": a verb in a gerund or
     * an infinitive that hangs on another word names an event in passing, not one that took place.
     */
    private static boolean backgrounded(List<Token> t, Triggers.Match m) {
        if (m.index() == 0)
            return false;
        String before = t.get(m.index() - 1).word().toLowerCase(Locale.ROOT);
        String word = t.get(m.index()).word().toLowerCase(Locale.ROOT);
        if (m.trigger().verb() && word.endsWith("ing") && GERUND_HOSTS.contains(before))
            return true;
        // "the seized boats", "a detained journalist": a participle after a determiner describes, it does not report
        if (m.trigger().verb() && word.endsWith("ed") && DETERMINERS.contains(before))
            return true;
        return before.equals("to") && m.index() >= 2
                && Set.of("continuing", "continue", "willingness", "ability", "attempt", "bid", "stop").contains(t.get(m.index() - 2).word().toLowerCase(Locale.ROOT));
    }

    /** "a peace deal", "a possible agreement", "any truce": a noun that names an event that is no event yet. */
    private static boolean abstractNoun(List<Token> t, Triggers.Match m) {
        return !m.trigger().verb() && m.index() > 0
                && ABSTRACT_BEFORE.contains(t.get(m.index() - 1).word().toLowerCase(Locale.ROOT));
    }

    private static boolean clauseBreakBetween(String text, Span mention, int triggerStart, int triggerEnd) {
        int from = mention.end() <= triggerStart ? mention.end() : triggerEnd;
        int to = mention.end() <= triggerStart ? triggerStart : mention.start();
        String between = text.substring(Math.min(from, to), Math.max(from, to));
        return between.contains(";") || between.contains(" — ") || between.contains("\n");
    }

    /** The amount nearest the trigger; an attack's amount is its toll, a deployment's its troops. */
    private static Quantity nearest(List<Quantities.Found> found, int trigger, String type) {
        Quantities.Found best = null;
        for (Quantities.Found f : found) {
            boolean money = f.quantity().unit() != null && f.quantity().unit().length() == 3 && f.quantity().unit().equals(f.quantity().unit().toUpperCase(Locale.ROOT));
            if (type.equals("MOBILIZE") && money || type.equals("ASSAULT") && money)
                continue;
            if (best == null || Math.abs(f.span().start() - trigger) < Math.abs(best.span().start() - trigger))
                best = f;
        }
        return best == null ? null : best.quantity();
    }

    /** "in Brussels", "in Kursk": a capitalized place after "in" that the gazetteer does not take for an actor. */
    private String location(List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.get(i).word().equals("in") || !Character.isUpperCase(t.get(i + 1).word().charAt(0)))
                continue;
            int j = i + 1;
            while (j < t.size() && Character.isUpperCase(t.get(j).word().charAt(0)) && names.isNameWord(t.get(j).word()))
                j++;
            if (j == i + 1)
                continue;
            String place = org.dossier.extract.actor.NamePhraseParser.text(t, i + 1, j);
            var g = names.gazetteer.find(place);
            if (g.isEmpty() || g.get().how() == Gazetteer.How.METONYM || g.get().kind() == org.dossier.model.ActorKind.COUNTRY)
                return place;
        }
        return null;
    }

    /** Where the document names each of its actors, by name or alias, and by demonym for countries ("Russian strikes"). */
    private List<Occurrence> mentions(String text, DocumentFacts facts) {
        List<Occurrence> out = ActorOccurrences.find(text, facts.actors());
        for (var demonym : names.gazetteer.demonyms().entrySet())
            for (Actor a : facts.actors())
                if (a.name().equals(demonym.getValue()))
                    ActorOccurrences.find(text, demonym.getKey(), a, out);
        out.sort(java.util.Comparator.comparing(Occurrence::span));
        return out;
    }

    /** Whether {@code offset} lies inside quotation marks opened in the same sentence. */
    private static boolean insideQuote(String text, int offset, int sentenceStart) {
        int open = 0;
        for (int i = sentenceStart; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '“')
                open++;
            else if (c == '”')
                open = Math.max(0, open - 1);
            else if (c == '"')
                open = open == 0 ? 1 : 0;
        }
        return open > 0;
    }

}

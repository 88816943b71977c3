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
    /** "X was promised new aid", "X has been offered ...": the subject of a passive verb of giving receives. */
    private static final java.util.regex.Pattern PASSIVE_GIVEN = java.util.regex.Pattern.compile(
            "(?i)^\\W*(?:was|were|is|are|has been|have been|had been|will be|would be|being)\\s+(?:\\w+ly\\s+)?"
                    + "(?:promised|offered|given|granted|handed|pledged|sent|assured)\\b");
    private static final java.util.Set<String> LIGHT_VERBS = java.util.Set.of("held", "hold", "holds", "holding", "began",
            "attended", "announced", "announces", "received", "receive", "promised", "promise", "reached", "signed",
            "convened", "joined", "concluded", "struck", "approved", "unveiled");
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
                if (m == null || abstractNoun(t, m) || backgrounded(t, m))
                    continue;
                (m.trigger().verb() ? verbs : nouns).add(m);
                i += m.length() - 1;
            }
            // a verb states an event; a noun does where a light verb makes it one ("held a call", "announced an
            // agreement") or where no verb of the sentence states any
            List<Triggers.Match> chosen = new ArrayList<>(verbs);
            for (Triggers.Match n : nouns)
                if (verbs.isEmpty() && chosen.isEmpty() || afterLightVerb(t, n))
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
        if (type.equals("MOBILIZE") || type.equals("AID") || type.equals(BY_OBJECT))
            for (int k = m.index() + m.length(); k < Math.min(t.size(), m.index() + m.length() + 6); k++) {
                String[] re = triggers.retype(trig.form(), t.get(k).word());
                if (re != null) {
                    type = re[0];
                    mode = re[1] != null ? re[1] : mode;
                    break;
                }
            }
        if (type.equals(BY_OBJECT))
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
            if ("giver".equals(role) && x.span().end() <= triggerStart && PASSIVE_GIVEN.matcher(doc.text().substring(x.span().end(), triggerStart)).find())
                role = "recipient";
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
        if (!m.trigger().verb() || m.index() == 0)
            return false;
        String before = t.get(m.index() - 1).word().toLowerCase(Locale.ROOT);
        String word = t.get(m.index()).word().toLowerCase(Locale.ROOT);
        if (word.endsWith("ing") && Set.of("from", "of", "by", "stop", "stopped", "continuing", "keep", "without").contains(before))
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

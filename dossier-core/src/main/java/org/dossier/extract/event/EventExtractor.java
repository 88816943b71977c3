package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.dossier.model.DateValue;
import org.dossier.model.Quantity;
import org.dossier.model.Span;

/**
 * Finds events by their trigger words ({@code event-triggers.tsv}), outside quotation marks. Each event gets its
 * PLOVER type and mode (retyped by the words around the trigger where it is ambiguous, {@link Triggers}), its
 * status from the words before the trigger, its {@link Participants}, the nearest amount, the place named with
 * "in", and the date that governs the trigger ({@link CueDates}), else the day the sentence before names in its
 * paragraph. Triggers that name an event in passing ({@link TriggerContext}) are skipped; a noun states an event
 * only where a light verb makes it one or, in a sentence with no verb trigger, where the sentence ties it to an
 * occasion. An event whose sentence names no actor that takes part is left out: a ledger row needs someone who
 * acted.
 */
public final class EventExtractor implements Extractor {
    private static final int SUMMARY_LENGTH = 160;
    /** The type of a trigger that states an event only with an object that types it. */
    private static final String BY_OBJECT = "BY-OBJECT";
    /** Words that end a noun phrase when looking back from a noun for a name that modifies it ("the EU summit"). */
    private static final Set<String> PHRASE_BREAKS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
            "with", "without", "after", "before", "by", "from", "and", "or", "but", "that", "said", "says", ",", ":", "-");
    /** Verbs whose subject gets what the aid noun after them names. */
    private static final Set<String> RECEIVING = Set.of("received", "receive", "receives", "receiving", "got", "gets",
            "obtained", "obtains", "secured", "secures", "won", "wins");
    private static final int RECEIVING_REACH = 8;
    /** How far before a trigger its subject may say "the two men" (characters). */
    private static final int PAIR_REACH = 40;
    /** How many words may stand between a verb trigger and a noun that is its object ("imposed new economic sanctions"). */
    private static final int OBJECT_GAP = 4;
    /** Counts of people, which measure a deployment or a toll but never aid. */
    private static final Set<String> PEOPLE = Set.of("soldiers", "troops", "fighters", "people", "civilians", "children",
            "casualties", "deaths", "dead", "prisoners", "refugees");
    /** A subject at the head of the sentence that refers back to persons the text has named. */
    private static final java.util.regex.Pattern ANAPHORIC_SUBJECT = java.util.regex.Pattern.compile(
            "^\\W*(?:(?:the two|both|the)\\s+(?:men|women|leaders|officials|presidents|ministers|sides)|they|he|she)\\s",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private final Triggers triggers = new Triggers();
    private final Names names = Names.standard();

    @Override
    public void extract(AnnotatedDocument doc, DocumentFacts facts) {
        List<Occurrence> mentions = mentions(doc.text(), facts);
        CueDates dates = CueDates.of(doc);
        List<Event> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            List<Triggers.Match> verbs = new ArrayList<>(), nouns = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                if (insideQuote(doc.text(), t.get(i).span().start(), s.span().start()))
                    continue;
                Triggers.Match m = triggers.at(t, i);
                if (m == null || TriggerContext.abstractNoun(t, m) || TriggerContext.timeAnchor(t, m)
                        || TriggerContext.backgrounded(t, m) || triggers.inPassing(t, i))
                    continue;
                (m.trigger().verb() || TriggerContext.infinitive(t, m) ? verbs : nouns).add(m);
                i += m.length() - 1;
            }
            // a verb states an event; a noun does where a light verb makes it one ("held a call", "announced an
            // agreement"), where its own phrase dates it ("about the meeting in Brussels a day earlier"), or where no
            // verb of the sentence states any and the sentence ties it to an occasion
            List<Triggers.Match> chosen = new ArrayList<>(verbs);
            // the nouns' own dated phrases, and the nouns that only such a phrase makes events: their parties are
            // those the phrase names
            java.util.Map<Triggers.Match, OwnOccasion.Phrase> phrases = new java.util.HashMap<>();
            Set<Triggers.Match> ownOnly = new java.util.HashSet<>();
            for (Triggers.Match n : nouns) {
                OwnOccasion.Phrase own = OwnOccasion.of(t, n, dates);
                if (own != null)
                    phrases.put(n, own);
                if (TriggerContext.afterLightVerb(t, n) || triggers.governor(t, n) != null
                        || verbs.isEmpty() && chosen.isEmpty() && anchored(s, n, dates))
                    chosen.add(n);
                else if (own != null && !objectOfVerb(verbs, n)) {
                    chosen.add(n);
                    ownOnly.add(n);
                }
            }
            List<Event> kept = new ArrayList<>();
            for (Triggers.Match m : chosen) {
                Event stated = event(doc, s, m, mentions, dates, phrases.get(m), ownOnly.contains(m));
                Event e = stated != null ? stated : Ellipsis.of(t, m, kept);
                // a noun negated ("no deal", "No sanctions relief") names an event that did not happen
                if (e == null || !m.trigger().verb() && e.status().equals("denied")
                        || kept.stream().anyMatch(k -> !Repeats.distinctInSentence(k, e)))
                    continue;
                int end = t.get(m.index() + m.length() - 1).span().end();
                kept.addAll(Reciprocals.split(e, doc.text().substring(end, s.span().end())));
            }
            found.addAll(kept);
        }
        Repeats.merged(Occasions.dated(found, doc.text())).forEach(facts::add);
    }

    /**
     * The event trigger {@code m} states in sentence {@code s}, or null where it states none or names no party.
     *
     * @param phrase  the noun's own dated phrase ({@link OwnOccasion}), which dates it; else null
     * @param ownOnly whether only that phrase makes the noun an event: its names are then its parties
     */
    private Event event(AnnotatedDocument doc, Sentence s, Triggers.Match m, List<Occurrence> mentions, CueDates dates,
            OwnOccasion.Phrase phrase, boolean ownOnly) {
        Trigger trig = m.trigger();
        String type = trig.type(), mode = trig.mode(), subjectRole = trig.subjectRole(), objectRole = trig.objectRole();
        List<Token> t = s.tokens();
        String[] re = triggers.retype(t, m);
        if (re != null) {
            mode = re[1] != null ? re[1] : re[0].equals(type) ? mode : null;
            if (!re[0].equals(type) && !type.equals(BY_OBJECT)) {
                String[] roles = Participants.rolesOf(re[0]);
                subjectRole = roles[0];
                objectRole = roles[1];
            }
            type = re[0];
        }
        if (type.equals(BY_OBJECT) || type.equals(Triggers.NONE))
            return null;
        Span trigger = new Span(t.get(m.index()).span().start(), t.get(m.index() + m.length() - 1).span().end());
        int boundary = trigger.start();
        int receiving = type.equals("AID") ? receivingVerb(t, m) : -1;
        if (receiving >= 0) {   // "Kyiv received French aid": the subject gets, the others give
            boundary = t.get(receiving).span().start();
            subjectRole = "recipient";
            objectRole = "giver";
        }
        String sentence = s.text(doc.text());
        // a pledge to act is an agreement made; a pledge of aid is aid proposed
        String status = Status.of(sentence, trigger.start() - s.span().start(), type.equals("AGREE") ? "" : t.get(m.index()).word());
        if (status.equals("denied") && triggers.refusal(m)) {   // "Italy does not plan to participate": Italy refused
            type = "REJECT";
            mode = null;
            status = "occurred";
            subjectRole = "source";
            objectRole = "target";
        }
        List<Participant> participants = new ArrayList<>(ownOnly
                ? OwnOccasion.parties(phrase, t, trigger, subjectRole, objectRole, mentions, this::namedByGazetteer)
                : Participants.of(doc.text(), s.span(), trigger, boundary, subjectRole, objectRole, mentions,
                        !m.trigger().verb() && !TriggerContext.infinitive(t, m)));
        if (!ownOnly)
            referredTo(doc, s, trigger, subjectRole, mentions, participants);
        if (participants.isEmpty())
            return null;
        Quantity quantity = nearest(Quantities.find(sentence, s.span().start()), trigger.start(), type);
        String summary = sentence.length() <= SUMMARY_LENGTH ? sentence.strip() : sentence.substring(0, SUMMARY_LENGTH).strip() + "…";
        // a noun's own phrase dates it ("Thursday's summit", "the meeting a day earlier"), else what governs the trigger
        DateValue date = phrase != null ? phrase.date() : dates.dateOf(trigger, s.index(), null);
        if (date == null)
            date = dates.dayBefore(s.index());
        // a sentence whose subject refers back ("The two officials called on ...", "They agreed ...") and that names
        // no date of its own goes on with the occasion of the sentence before, even across a paragraph break
        if (date == null && ANAPHORIC_SUBJECT.matcher(sentence).find())
            date = dates.lastDay(s.index() - 1);
        return new Event(type, mode, status, summary, participants, location(t), date, quantity, s.span());
    }

    /**
     * Whether noun {@code n} stands shortly after a verb trigger of its type, or one typed by its object, as that
     * verb's object ("imposed new sanctions", "began talks"): it names the verb's event. The object of a verb of another type is an event of its own ("praised Tuesday's talks").
     */
    private static boolean objectOfVerb(List<Triggers.Match> verbs, Triggers.Match n) {
        return verbs.stream().anyMatch(v -> v.index() < n.index() && n.index() - (v.index() + v.length()) < OBJECT_GAP
                && (v.trigger().type().equals(n.trigger().type()) || v.trigger().type().equals(BY_OBJECT)));
    }

    /** Adds to {@code participants} the actors that the subject before {@code trigger} refers back to. */
    private static void referredTo(AnnotatedDocument doc, Sentence s, Span trigger, String subjectRole,
            List<Occurrence> mentions, List<Participant> participants) {
        // "The two men had agreed": the pair of persons an earlier sentence names together
        String before = doc.text().substring(Math.max(s.span().start(), trigger.start() - PAIR_REACH), trigger.start());
        for (Occurrence o : PairReference.resolve(doc.text(), before, doc.sentences(), s.index(), mentions))
            if (participants.stream().noneMatch(p -> o.actor().key().equals(p.actorKey())))
                participants.add(new Participant(o.actor().key(), o.actor().name(), subjectRole));
        // "Ukraine said they had been withdrawn": the group of people the sentence before names by its country
        var group = GroupReference.resolve(doc.text(), doc.text().substring(s.span().start(), trigger.start()),
                doc.sentences(), s.index(), mentions);
        if (group.isPresent() && participants.stream().noneMatch(p -> group.get().actor().key().equals(p.actorKey())))
            participants.add(0, new Participant(group.get().actor().key(), group.get().actor().name(), subjectRole));
    }

    /**
     * Whether the sentence ties noun {@code n} to an occasion — a date, a place ("in Brussels", "a trip to Jamaica"),
     * or a name that modifies it ("the EU summit", "Thursday's talks") — so that it reports an event rather than
     * naming one in passing ("the package risks being blocked", "claimed that a ceasefire would not resolve it").
     */
    private boolean anchored(Sentence s, Triggers.Match n, CueDates dates) {
        List<Token> t = s.tokens();
        for (int k = n.index() - 1; k > 0 && k >= n.index() - 3; k--) {
            String w = t.get(k).word();
            if (PHRASE_BREAKS.contains(w.toLowerCase(Locale.ROOT)))
                break;
            if (Character.isUpperCase(w.charAt(0)))
                return true;
        }
        int after = n.index() + n.length();
        if (after + 1 < t.size() && (t.get(after).word().equals("to") || t.get(after).word().equals("in"))
                && Character.isUpperCase(t.get(after + 1).word().charAt(0)))
            return true;
        Span noun = new Span(t.get(n.index()).span().start(), t.get(after - 1).span().end());
        return location(t) != null || dates.dateOf(noun, s.index(), null) != null;
    }

    /** The index of a verb of receiving at or shortly before trigger {@code m} ("received the promise of aid"), or -1. */
    private static int receivingVerb(List<Token> t, Triggers.Match m) {
        for (int k = m.index(); k >= Math.max(0, m.index() - RECEIVING_REACH); k--)
            if (RECEIVING.contains(t.get(k).word().toLowerCase(Locale.ROOT)))
                return k;
        return -1;
    }

    /** The amount nearest the trigger; an attack's amount is its toll, a deployment's its troops, aid's no head count. */
    private static Quantity nearest(List<Quantities.Found> found, int trigger, String type) {
        Quantities.Found best = null;
        for (Quantities.Found f : found) {
            boolean money = f.quantity().unit() != null && f.quantity().unit().length() == 3 && f.quantity().unit().equals(f.quantity().unit().toUpperCase(Locale.ROOT));
            boolean people = f.quantity().unit() != null && PEOPLE.contains(f.quantity().unit());
            if (type.equals("MOBILIZE") && money || type.equals("ASSAULT") && money || type.equals("AID") && people)
                continue;
            if (best == null || Math.abs(f.span().start() - trigger) < Math.abs(best.span().start() - trigger))
                best = f;
        }
        return best == null ? null : best.quantity();
    }

    /** "in Brussels", "in Kursk": a capitalized place after "in" that the gazetteer does not take for an actor or a demonym. */
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
            if (names.gazetteer.demonyms().containsKey(place))   // "in Russian strikes", "in American weapons"
                continue;
            var g = names.gazetteer.find(place);
            if (g.isEmpty() || g.get().how() == Gazetteer.How.METONYM || g.get().kind() == org.dossier.model.ActorKind.COUNTRY)
                return place;
        }
        return null;
    }

    /**
     * The canonical name {@code form} stands for by the gazetteer where it is one of an actor's names ("the bloc"
     * for the European Union), not a demonym ("Russian") nor a place that stands for a state ("in Brussels").
     */
    private Optional<String> namedByGazetteer(String form) {
        return names.gazetteer.find(form).filter(e -> e.how() == Gazetteer.How.NAME).map(Gazetteer.Entry::name);
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

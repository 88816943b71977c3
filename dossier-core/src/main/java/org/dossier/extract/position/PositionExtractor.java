package org.dossier.extract.position;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Sentence;
import org.dossier.extract.Extractor;
import org.dossier.model.Actor;
import org.dossier.model.DateValue;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.dossier.model.Position;
import org.dossier.model.Quote;
import org.dossier.model.Span;

/**
 * Derives positions from what the stages before it found, in three passes whose order is their precedence:
 * <ol>
 *   <li><b>Quotes</b> with a known speaker: every cue of a proposal in the quote, the stance read by {@link Stances};
 *   the holder is the speaker, or the country that reported speech makes the subject ("Italy does not plan to ...,
 *   Meloni said" is Italy's position).</li>
 *   <li><b>Actions</b>: REJECT events oppose, AGREE and AID events support the proposal their sentence names, held by
 *   the participants named as subjects before the cue (for AID the givers, for REJECT the source).</li>
 *   <li><b>Sentences</b> outside quotes: an actor named before a stance word before a proposal's cue in one clause
 *   ("Ukraine seeks to secure more air defense", "Russia's demand for territorial concessions").</li>
 * </ol>
 * Documents outside the profile's scope (an article on Syria for a Ukraine profile) give none.
 * One position per actor, proposal and stance in a document (the first evidence), and one per actor, proposal and
 * sentence. Mere mentions give none. Stateless; one instance serves all workers.
 */
public final class PositionExtractor implements Extractor {
    /** Events whose type states a stance, and the participant roles that hold it. */
    private static final Map<String, Set<String>> ACTION_ROLES = Map.of(
            "REJECT", Set.of("source"),
            "AGREE", Set.of("source", "participant", "host"),
            "AID", Set.of("giver"));


    private final Profile profile;
    private final Stances stances;

    /** The extractor of the bundled security-guarantees profile. */
    public PositionExtractor() {
        this(Profile.standard());
    }

    public PositionExtractor(Profile profile) {
        this.profile = profile;
        this.stances = StancesHolder.STANCES;
    }

    private static final class StancesHolder {
        static final Stances STANCES = Stances.standard();
    }

    public Profile profile() {
        return profile;
    }

    @Override
    public void extract(AnnotatedDocument document, DocumentFacts facts) {
        String text = document.text();
        if (!profile.inScope(text))
            return;
        Mentions mentions = Mentions.of(text, facts.actors());
        Found found = new Found(document.sentences(), facts);
        fromQuotes(text, document.sentences(), mentions, facts, found);
        fromActions(text, mentions, facts, found);
        fromSentences(document, text, mentions, facts, found);
    }

    private void fromQuotes(String text, List<Sentence> sentences, Mentions mentions, DocumentFacts facts, Found found) {
        for (Quote q : facts.quotes()) {
            if (q.speakerKey() == null)
                continue;
            String subject = q.kind() == Quote.Kind.INDIRECT ? Holders.subjectCountry(text, q.span(), mentions) : null;
            List<String> holders = subject != null ? List.of(subject) : Holders.speakers(text, sentences, q, mentions);
            boolean reported = stances.has(Stances.Kind.SUPPORT, q.cue());
            for (Profile.Match m : profile.find(text, q.span().start(), q.span().end())) {
                String stance = stances.stance(text, q.span(), new Span(m.start(), m.end()), reported);
                if (stance != null)
                    for (String holder : holders)
                        found.add(holder, m, stance, q.date(), q.span());
            }
        }
    }


    private void fromActions(String text, Mentions mentions, DocumentFacts facts, Found found) {
        List<Span> quoted = quoted(facts);
        for (Event e : facts.events()) {
            Set<String> roles = ACTION_ROLES.get(e.type());
            if (roles == null)
                continue;
            Set<String> holders = new HashSet<>();
            for (Participant p : e.participants())
                if (p.actorKey() != null && roles.contains(p.role()))
                    holders.add(p.actorKey());
            for (Profile.Match m : profile.find(text, e.span().start(), e.span().end())) {
                Span cue = new Span(m.start(), m.end());
                if (quoted.stream().anyMatch(q -> q.overlaps(cue)))
                    continue; // the speaker's claim: the quote holds it
                List<String> named = new ArrayList<>();
                Mentions.Mention last = null;
                for (Mentions.Mention mention : mentions.within(new Span(e.span().start(), cue.start()))) {
                    String before = text.substring(e.span().start(), mention.span().start());
                    boolean coordinated = last != null && Holders.COORDINATED.matcher(text.substring(last.span().end(), mention.span().start())).matches();
                    if (holders.contains(mention.actorKey()) && (coordinated || !Holders.OBJECT_BEFORE.matcher(before).find())) {
                        named.add(mention.actorKey());
                        last = mention;
                    }
                }
                for (String holder : Holders.demonymsBefore(text, e.span().start(), cue.start(), facts))
                    if (holders.contains(holder) && !named.contains(holder))
                        named.add(holder);
                if (named.isEmpty())
                    continue;
                String stance = e.type().equals("REJECT") ? "oppose" : stances.stance(text, e.span(), cue, true);
                if ("denied".equals(e.status()) && stance != null)
                    stance = stance.equals("support") ? "oppose" : stance.equals("oppose") ? "support" : stance;
                if (stance != null)
                    for (String holder : named)
                        found.add(holder, m, stance, e.date(), e.span());
            }
        }
    }

    private void fromSentences(AnnotatedDocument document, String text, Mentions mentions, DocumentFacts facts, Found found) {
        List<Span> quoted = quoted(facts);
        for (Sentence s : document.sentences()) {
            for (Profile.Match m : profile.find(text, s.span().start(), s.span().end())) {
                Span cue = new Span(m.start(), m.end());
                if (quoted.stream().anyMatch(q -> q.overlaps(cue)))
                    continue;
                Span window = between(s.span(), cue, quoted);
                Span clause = Stances.clause(text, window, cue);
                Span word = nearestStanceWord(text, new Span(clause.start(), cue.start()));
                if (word == null)
                    continue;
                List<String> holders = Holders.holders(text, s.span(), clause, word, cue, mentions);
                if (holders.isEmpty())
                    continue;
                String stance = stances.stance(text, window, cue, false);
                if (stance == null)
                    continue;
                DateValue date = dateOf(facts, s.span());
                for (String h : holders)
                    found.add(h, m, stance, date, s.span());
            }
        }
    }

    /** The part of {@code sentence} around {@code cue} between the quotes next to it: their words are someone else's. */
    private static Span between(Span sentence, Span cue, List<Span> quoted) {
        int start = sentence.start(), end = sentence.end();
        for (Span q : quoted) {
            if (q.end() <= cue.start() && q.end() > start && q.end() <= end)
                start = q.end();
            if (q.start() >= cue.end() && q.start() < end && q.start() >= start)
                end = q.start();
        }
        return new Span(start, end);
    }

    /** The support or oppose word nearest before the cue within {@code before}, or null. */
    private Span nearestStanceWord(String text, Span before) {
        Span best = null;
        for (Stances.Kind k : new Stances.Kind[]{Stances.Kind.SUPPORT, Stances.Kind.OPPOSE})
            for (Span w : stances.find(k, text, before))
                if (best == null || w.start() > best.start())
                    best = w;
        return best;
    }


    /** The spans of the quotes whose speaker is known. */
    private static List<Span> quoted(DocumentFacts facts) {
        List<Span> out = new ArrayList<>();
        for (Quote q : facts.quotes())
            if (q.speakerKey() != null)
                out.add(q.span());
        return out;
    }

    /** The date of an event stated by the sentence {@code span}, or null. */
    private static DateValue dateOf(DocumentFacts facts, Span span) {
        for (Event e : facts.events())
            if (e.date() != null && span.contains(e.span()))
                return e.date();
        return null;
    }

    /** The positions of one document so far, without repeats. */
    private static final class Found {
        private final List<Sentence> sentences;
        private final DocumentFacts facts;
        private final Set<String> seen = new HashSet<>();

        Found(List<Sentence> sentences, DocumentFacts facts) {
            this.sentences = sentences;
            this.facts = facts;
        }

        void add(String actorKey, Profile.Match m, String stance, DateValue date, Span evidence) {
            int sentence = -1;
            for (Sentence s : sentences)
                if (s.span().start() <= m.start() && m.start() < s.span().end())
                    sentence = s.index();
            if (!seen.add(actorKey + "\t" + m.proposal() + "\t#" + sentence) | !seen.add(actorKey + "\t" + m.proposal() + "\t" + stance))
                return;
            Actor actor = facts.actor(actorKey);
            facts.add(new Position(actorKey, actor == null ? null : actor.name(), m.proposal(), stance, date, evidence));
        }
    }
}

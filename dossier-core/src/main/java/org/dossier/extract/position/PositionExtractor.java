package org.dossier.extract.position;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Sentence;
import org.dossier.extract.Extractor;
import org.dossier.extract.Gazetteer;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
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
 * One position per actor, proposal and stance in a document (the first evidence), and one per actor, proposal and
 * sentence. Mere mentions give none. Stateless; one instance serves all workers.
 */
public final class PositionExtractor implements Extractor {
    /** Events whose type states a stance, and the participant roles that hold it. */
    private static final Map<String, Set<String>> ACTION_ROLES = Map.of(
            "REJECT", Set.of("source"),
            "AGREE", Set.of("source", "participant", "host"),
            "AID", Set.of("giver"));
    private static final String TITLE = "((mr|mrs|ms|dr)\\.?\\s+)?";
    /** A mention right after one of these words is an object, not the one who holds the stance. */
    private static final Pattern OBJECT_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(on|to|from|with|for|of|at|in|against|into|between|and|by)\\s+(the\\s+)?" + TITLE + "$");
    /** Pronouns and relatives between a name and a stance word: the name is not who holds it ("X, where he received"). */
    private static final Pattern OTHER_SUBJECT = Pattern.compile("(?i)(?<![\\p{L}])(he|she|they|it|we|i|who|which|where|that)(?![\\p{L}])");
    /** A possessive right before the stance word: "Russia's demand for ...". */
    private static final Pattern POSSESSIVE = Pattern.compile("^['’]s?\\s+(\\S+\\s+)?$");
    /** A sentence framed by whose view it gives: "For Emmanuel Macron, ...", "According to London, ...". */
    private static final Pattern FRAME = Pattern.compile("^\\W*(?i:for|according to|in the view of)\\s+(the\\s+)?" + TITLE + "$");
    /** What joins two names of one subject: "Germany and France", "Germany, France". */
    private static final Pattern COORDINATED = Pattern.compile("(?i)\\s*(,|and|,\\s*and)\\s+(the\\s+)?");
    /** What joins two speakers: "London and Paris". */
    private static final Pattern JOINED = Pattern.compile("(?i)\\s+(and|&)\\s+(the\\s+)?");
    private static final Pattern BY_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])by\\s+(the\\s+)?$");
    private static final Pattern SUBJECT_START = Pattern.compile("^(?i:the\\s+)?$");
    private static final Pattern NOT_ALONE_AFTER = Pattern.compile("^\\s*(and|or|&|,|['’]s?)", Pattern.CASE_INSENSITIVE);

    /** Demonyms by {@link Gazetteer#key}, with the canonical name of their country. */
    private static final Map<String, String> DEMONYMS = demonyms();
    /** How many words before a cue a demonym may name the giver: "new French military aid". */
    private static final int DEMONYM_REACH = 3;

    private static Map<String, String> demonyms() {
        Map<String, String> out = new java.util.HashMap<>();
        Gazetteer.standard().demonyms().forEach((d, c) -> out.put(Gazetteer.key(d), c));
        return Map.copyOf(out);
    }

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
            String subject = q.kind() == Quote.Kind.INDIRECT ? subjectCountry(text, q.span(), mentions) : null;
            List<String> holders = subject != null ? List.of(subject) : speakers(text, sentences, q, mentions);
            boolean reported = stances.has(Stances.Kind.SUPPORT, q.cue());
            for (Profile.Match m : profile.find(text, q.span().start(), q.span().end())) {
                String stance = stances.stance(text, q.span(), new Span(m.start(), m.end()), reported);
                if (stance != null)
                    for (String holder : holders)
                        found.add(holder, m, stance, q.date(), q.span());
            }
        }
    }

    /**
     * The quote's speaker, with those the attribution names alongside ("According to London and Paris, ..."): actors
     * named in the quote's sentence outside the quote and joined to a mention of the speaker by "and" (a comma after a
     * speaker opens an apposition: "Andrii Melnyk, Ukraine's envoy").
     */
    private static List<String> speakers(String text, List<Sentence> sentences, Quote q, Mentions mentions) {
        List<String> out = new ArrayList<>(List.of(q.speakerKey()));
        for (Sentence s : sentences) {
            if (!s.span().overlaps(q.span()))
                continue;
            Mentions.Mention last = null;
            for (Mentions.Mention m : mentions.within(s.span())) {
                if (q.span().overlaps(m.span())) {
                    last = null;
                    continue;
                }
                if (m.actorKey().equals(q.speakerKey()))
                    last = m;
                else if (last != null && JOINED.matcher(text.substring(last.span().end(), m.span().start())).matches()) {
                    if (!out.contains(m.actorKey()))
                        out.add(m.actorKey());
                    last = m;
                } else
                    last = null;
            }
        }
        return out;
    }

    /**
     * The country or body that opens reported speech as its subject, alone ("Washington is now focused on ..."), or
     * null.
     */
    private static String subjectCountry(String text, Span quote, Mentions mentions) {
        List<Mentions.Mention> in = mentions.within(quote);
        if (in.isEmpty())
            return null;
        Mentions.Mention first = in.get(0);
        if (first.kind() == ActorKind.PERSON)
            return null;
        if (!SUBJECT_START.matcher(text.substring(quote.start(), first.span().start())).find())
            return null;
        String after = text.substring(first.span().end(), Math.min(quote.end(), first.span().end() + 6));
        return NOT_ALONE_AFTER.matcher(after).find() ? null : first.actorKey();
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
                    boolean coordinated = last != null && COORDINATED.matcher(text.substring(last.span().end(), mention.span().start())).matches();
                    if (holders.contains(mention.actorKey()) && (coordinated || !OBJECT_BEFORE.matcher(before).find())) {
                        named.add(mention.actorKey());
                        last = mention;
                    }
                }
                for (String holder : demonymsBefore(text, e.span().start(), cue.start(), facts))
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
                Span clause = Stances.clause(text, s.span(), cue);
                Span word = nearestStanceWord(text, new Span(clause.start(), cue.start()));
                if (word == null)
                    continue;
                List<String> holders = holders(text, s.span(), clause, word, cue, mentions);
                if (holders.isEmpty())
                    continue;
                String stance = stances.stance(text, s.span(), cue, false);
                if (stance == null)
                    continue;
                DateValue date = dateOf(facts, s.span());
                for (String h : holders)
                    found.add(h, m, stance, date, s.span());
            }
        }
    }

    /**
     * Who holds the stance that {@code word} states towards {@code cue}: the sentence's framing ("For Macron, ..."),
     * else a possessive right before the word ("Russia's demand"), else the last actor named before the word that is
     * not an object and has no pronoun between it and the word; and whoever the words between word and cue name
     * after "by" ("a call by Zelensky for a truce").
     */
    private static List<String> holders(String text, Span sentence, Span clause, Span word, Span cue, Mentions mentions) {
        List<String> out = new ArrayList<>();
        for (Mentions.Mention m : mentions.within(sentence)) {
            if (FRAME.matcher(text.substring(sentence.start(), m.span().start())).find()
                    && text.substring(m.span().end()).startsWith(",")) {
                out.add(m.actorKey());
                return out;
            }
            break;
        }
        Mentions.Mention agent = null;
        for (Mentions.Mention m : mentions.within(new Span(clause.start(), word.start()))) {
            String between = text.substring(m.span().end(), word.start());
            if (POSSESSIVE.matcher(between).find()) {
                agent = m;
                continue;
            }
            if (!OBJECT_BEFORE.matcher(text.substring(clause.start(), m.span().start())).find() && !OTHER_SUBJECT.matcher(between).find())
                agent = m;
        }
        if (agent != null)
            out.add(agent.actorKey());
        for (Mentions.Mention m : mentions.within(new Span(word.end(), cue.start())))
            if (BY_BEFORE.matcher(text.substring(word.end(), m.span().start())).find())
                out.add(m.actorKey());
        return out;
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

    /**
     * The countries of the document whose demonym stands among the {@link #DEMONYM_REACH} words right before
     * {@code to} ("new French military aid").
     */
    private static List<String> demonymsBefore(String text, int from, int to, DocumentFacts facts) {
        List<String> out = new ArrayList<>();
        String[] words = text.substring(from, to).strip().split("\\s+");
        for (int i = Math.max(0, words.length - DEMONYM_REACH); i < words.length; i++) {
            String country = DEMONYMS.get(Gazetteer.key(words[i]));
            if (country == null)
                continue;
            for (Actor a : facts.actors())
                if (a.kind() == ActorKind.COUNTRY && a.name().equals(country))
                    out.add(a.key());
        }
        return out;
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

package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.extract.Extractor;
import org.dossier.extract.actor.ActorExtractor;
import org.dossier.extract.actor.MentionScanner;
import org.dossier.extract.actor.NamePhrase;
import org.dossier.extract.actor.NamePhraseParser;
import org.dossier.extract.actor.Names;
import org.dossier.extract.actor.Persons;
import org.dossier.extract.position.Profile;
import org.dossier.extract.time.CueDates;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Quote;
import org.dossier.model.Role;
import org.dossier.model.Span;

/**
 * Finds quotations and their speakers. Direct quotes are found by their marks; a quote of fewer than
 * {@value #MIN_QUOTE_WORDS} words is a scare quote ("new momentum") unless a cue introduces it. Reported speech is
 * found by its cue. Each quote gets the speaker of the cue beside it (after it, before it in the same sentence),
 * else of the quote before it in the same paragraph, else — when it opens a paragraph — of the quote that ended the
 * paragraph before (a continued quote), else of the person the sentence before its colon names; a quote left open at
 * its paragraph's end takes the speaker of the paragraph that continues it. Speakers named by a pronoun or a description are resolved to a person named
 * in the document; unnamed speakers to the body they speak for. A quote's topics are the proposals of the profile
 * whose cues its words contain.
 */
public final class QuoteExtractor implements Extractor {
    static final int MIN_QUOTE_WORDS = 4;
    /** Below this length a quoted phrase is a quote only when a cue attributes it and it is no label or term. */
    static final int SHORT_QUOTE_WORDS = 6;
    private static final java.util.regex.Pattern TERM_BEFORE = java.util.regex.Pattern.compile(
            "(?i)(so-called|dubbed|termed|known as|called|the term|the phrase|the words?)\\s*$");

    private final Names lex = Names.standard();
    private final Profile profile;
    private final NamePhraseParser parser = new NamePhraseParser(lex);
    private final CueReader cues = new CueReader(lex, parser);

    /** An extractor that gives quotes the topics of the bundled security-guarantees profile. */
    public QuoteExtractor() {
        this(Profile.standard());
    }

    /** An extractor that gives each quote, as its topics, the proposals of {@code profile} that its words touch. */
    public QuoteExtractor(Profile profile) {
        this.profile = java.util.Objects.requireNonNull(profile, "profile");
    }

    /**
     * Whole answers that a cue reports although they are shorter than a clause: "Asked whether she would run, the
     * mayor said no."
     */
    private static final java.util.Set<String> ANSWERS = java.util.Set.of("yes", "no");

    @Override
    public void extract(AnnotatedDocument document, DocumentFacts facts) {
        DocTokens d = new DocTokens(document);
        Persons persons = new MentionScanner(lex, parser).scan(document);
        List<Attribution> attributions = cues.read(d);
        CueDates dates = CueDates.of(document).forStatements(reported(d, attributions));
        Resolver resolver = new Resolver(persons, facts);
        // speakers are resolved in text order: "the official" is whoever "an official from …" was before it
        Map<Attribution, Resolved> speakerOf = new HashMap<>();
        for (Attribution a : attributions) {
            Resolved who = resolver.resolve(a.speaker());
            if (who != null)
                speakerOf.put(a, who);
        }
        Map<Integer, Resolved> speakerOfQuote = new HashMap<>();
        List<Quote> found = new java.util.ArrayList<>();

        int n = d.quotes.size();
        Resolved[] speaker = new Resolved[n];
        Attribution[] attribution = new Attribution[n];
        for (int q = 0; q < n; q++) {
            Quoted quoted = d.quotes.get(q);
            String inner = quoted.inner().of(d.text);
            Attribution a = DirectQuotes.attributionFor(d, q, attributions);
            // a quoted transcript turn names its speaker in its label, before any cue around it
            NamePhrase label = cues.turnLabel(d, quoted);
            Resolved who = label != null ? resolver.resolve(label) : a != null ? speakerOf.get(a) : continued(d, q, speakerOfQuote);
            if (who == null && label == null && a == null)
                who = introduced(d, quoted, attributions, speakerOf);
            // "The result does not surprise the pollster Jane Roe: “…”": a colon that introduces a named person's words
            if (who == null && label == null && a == null) {
                NamePhrase introducer = ColonIntros.speaker(d, quoted, persons);
                who = introducer == null ? null : resolver.resolve(introducer);
            }
            // a short quote with its cue ("“They're tired,” Hallam said. “…”") is too short to keep, but it is still
            // someone's words: the quote that goes on after it speaks for the same person
            if (who != null && (a != null || label != null || words(inner) >= MIN_QUOTE_WORDS))
                speakerOfQuote.put(q, who);
            speaker[q] = who;
            attribution[q] = a;
        }
        // a quote left open at its paragraph's end goes on in the next paragraph, whose cue ("…,” she said.") is the
        // whole quote's: the paragraphs before it speak for the same person, with the same cue
        for (int q = n - 2; q >= 0; q--)
            if (speaker[q] == null && attribution[q] == null && continuesInto(d, d.quotes.get(q), d.quotes.get(q + 1))) {
                speaker[q] = speaker[q + 1];
                attribution[q] = attribution[q + 1];
            }
        for (int q = 0; q < n; q++) {
            Quoted quoted = d.quotes.get(q);
            String inner = quoted.inner().of(d.text);
            Attribution a = attribution[q];
            Resolved who = speaker[q];
            // a short quote that is a sentence of its own and goes on from its speaker's quote before it ("“We have a
            // plan,” he said. “It is called a budget.”") is a statement, not a scare-quoted term
            boolean statement = who != null && a == null && words(inner) >= STATEMENT_WORDS && continuesSameParagraph(d, q, speakerOfQuote)
                    && Sentences.standsAlone(d.text, quoted);
            if (!statement && (words(inner) < MIN_QUOTE_WORDS || words(inner) < SHORT_QUOTE_WORDS && (a == null || isLabel(d, quoted)))
                    || QuotedTitles.isTitle(inner))
                continue;
            found.add(new Quote(quoted.inner(), inner, Quote.Kind.DIRECT, who == null ? null : who.key(),
                    who == null ? null : who.name(), who == null ? null : who.role(),
                    a == null ? null : a.cueText(), a == null ? null : dates.dateOf(a.cue(), a.sentence(), quoted.inner()),
                    a == null ? null : a.medium(), List.of()));
        }
        for (Attribution a : attributions) {
            if (a.content() == null || a.content().length() == 0 || mostlyQuoted(d, a)
                    || words(a.content().of(d.text)) < 3 && !ANSWERS.contains(a.content().of(d.text).toLowerCase(java.util.Locale.ROOT))
                    && !NamingCues.isLabel(a.cueText(), a.content().of(d.text)))
                continue;
            Resolved who = speakerOf.get(a);
            found.add(new Quote(a.content(), a.content().of(d.text), Quote.Kind.INDIRECT, who == null ? null : who.key(),
                    who == null ? null : who.name(), who == null ? null : who.role(), a.cueText(), dates.dateOf(a.cue(), a.sentence(), a.content()), a.medium(), List.of()));
            // "Many of the closures, she said, have involved …": the clause goes on after its cue, one more quote
            if (a.rest() != null && !mostlyQuoted(d, a.rest()))
                found.add(new Quote(a.rest(), a.rest().of(d.text), Quote.Kind.INDIRECT, who == null ? null : who.key(),
                        who == null ? null : who.name(), who == null ? null : who.role(), a.cueText(), dates.dateOf(a.cue(), a.sentence(), a.rest()), a.medium(), List.of()));
        }
        found.sort(java.util.Comparator.comparing(Quote::span));
        // topics only where the document is within the profile's subject, as for positions
        boolean inScope = profile.inScope(d.text);
        for (Quote q : carryDates(found, dates, d)) {
            Quote withRole = SpeakerRoles.fill(q, sentenceEndAfter(d, q.span().end()), facts);
            facts.add(inScope ? withTopics(withRole, profile.topics(d.text, q.span())) : withRole);
        }
    }

    /** The spans of every quotation and every clause a cue reports: words whose own dates are not their saying's. */
    private static List<Span> reported(DocTokens d, List<Attribution> attributions) {
        List<Span> out = new java.util.ArrayList<>();
        for (Quoted q : d.quotes)
            out.add(q.inner());
        for (Attribution a : attributions)
            for (Span s : new Span[] {a.content(), a.rest()})
                if (s != null && s.length() > 0)
                    out.add(s);
        return out;
    }

    /** The character where the sentence holding character {@code offset - 1} ends. */
    private static int sentenceEndAfter(DocTokens d, int offset) {
        int t = Math.min(d.tokenAt(Math.max(0, offset - 1)), d.size() - 1);
        return t < 0 ? offset : d.span(d.sentenceEnd(d.sentenceOf[t]) - 1).end();
    }

    private static Quote withTopics(Quote q, List<String> topics) {
        return topics.isEmpty() ? q : new Quote(q.span(), q.text(), q.kind(), q.speakerKey(), q.speakerName(), q.speakerRole(),
                q.cue(), q.date(), q.medium(), topics);
    }

    /**
     * Dates the undated quotes of a known speaker: by the day the sentence before names in the same paragraph ("an
     * interview released on Jan. 2. “…,” X joked"), else by the day a statement "added" in the next sentence was made
     * (same occasion), else by the speaker's earlier dated statement — an article that
     * reports "X said on Feb. 27" and then quotes X again without a date goes on quoting the same statement.
     * Present-tense cues ("says") report what the speaker holds now and stay undated.
     */
    private static List<Quote> carryDates(List<Quote> quotes, CueDates dates, DocTokens d) {
        Map<String, org.dossier.model.DateValue> last = new HashMap<>();
        List<Quote> out = new java.util.ArrayList<>();
        for (Quote q : quotes) {
            Quote dated = q;
            if (q.date() == null && q.speakerKey() != null && !presentTense(q.cue())) {
                // the day the sentence before names, in the same paragraph, else the speaker's last dated statement
                int t = d.tokenAt(q.span().start());
                org.dossier.model.DateValue day = t < d.size() ? dates.dayBefore(d.sentenceOf[t]) : null;
                if (day == null && t < d.size())
                    day = dates.dayAddedAfter(d.sentenceOf[t]);
                org.dossier.model.DateValue carried = day != null ? day : last.get(q.speakerKey());
                if (carried != null)
                    dated = new Quote(q.span(), q.text(), q.kind(), q.speakerKey(), q.speakerName(), q.speakerRole(), q.cue(),
                            new org.dossier.model.DateValue(carried.value(), carried.granularity(), "inferred"), q.medium(), q.topics());
            }
            if (dated.date() != null && dated.speakerKey() != null)
                last.put(dated.speakerKey(), dated.date());
            out.add(dated);
        }
        return out;
    }

    private static boolean presentTense(String cue) {
        return cue != null && (cue.endsWith("s") || cue.equals("according to"));
    }

    /**
     * The speaker of an unattributed quote: the quote before it in its paragraph, or the one ending the paragraph
     * before — a quote left open there, or one closed and then attributed by a short tail ("…,” Ms. Reyes said.): news
     * goes on quoting the same speaker in a paragraph of quotation that names no one else.
     */
    private static Resolved continued(DocTokens d, int q, Map<Integer, Resolved> speakerOfQuote) {
        if (q == 0)
            return null;
        Quoted prev = d.quotes.get(q - 1), cur = d.quotes.get(q);
        boolean sameParagraph = !d.breakBetween(prev.outer().end(), cur.outer().start());
        if (sameParagraph || continuesInto(d, prev, cur) || opensParagraphAfter(d, prev, cur) && endsParagraphBefore(d, prev, cur))
            return speakerOfQuote.get(q - 1);
        return null;
    }

    /** The fewest words of a quoted sentence of its own that continues its speaker's quote: "“It is called a budget.”". */
    private static final int STATEMENT_WORDS = 2;

    /** Whether quote {@code q} takes the speaker of the quote before it in the same paragraph. */
    private static boolean continuesSameParagraph(DocTokens d, int q, Map<Integer, Resolved> speakerOfQuote) {
        return q > 0 && speakerOfQuote.get(q - 1) != null
                && !d.breakBetween(d.quotes.get(q - 1).outer().end(), d.quotes.get(q).outer().start());
    }

    /** Whether quote {@code prev}, left open at its paragraph's end, goes on in {@code next}, which opens a later paragraph. */
    private static boolean continuesInto(DocTokens d, Quoted prev, Quoted next) {
        return !prev.closed() && opensParagraphAfter(d, prev, next);
    }

    /** Whether quote {@code cur} opens a paragraph that starts after quote {@code prev} ends. */
    private static boolean opensParagraphAfter(DocTokens d, Quoted prev, Quoted cur) {
        return cur.outer().start() == 0
                || d.text.lastIndexOf('\n', cur.outer().start()) >= prev.outer().end() && d.opensParagraph(cur.outer().start());
    }

    /**
     * The speaker of an unattributed quote that opens its paragraph, where the paragraph before ends with a sentence
     * that attributes speech ("Clinton says the strikes must go on.¶“We're not winning …”", "Cruz continued:¶“…”"):
     * news sets a speaker's words out in the next paragraph; null where that sentence names no speaker.
     */
    private static Resolved introduced(DocTokens d, Quoted quoted, List<Attribution> attributions, Map<Attribution, Resolved> speakerOf) {
        int start = quoted.outer().start();
        int nl = d.text.lastIndexOf('\n', start);
        int t = d.tokenAt(start);
        if (nl < 0 || !d.opensParagraph(start) || t >= d.size() || d.sentenceOf[t] == 0)
            return null;
        int before = d.sentenceOf[t] - 1;
        // the sentence before must end the paragraph before: only a paragraph break between them
        if (!d.text.substring(d.span(d.sentenceEnd(before) - 1).end(), start).isBlank())
            return null;
        Resolved who = null;
        for (Attribution a : attributions)
            if (a.sentence() == before && a.cue().end() <= start && speakerOf.get(a) != null)
                who = words(d.text.substring(end(a), nl)) <= INTRODUCTION_TAIL_WORDS ? speakerOf.get(a) : null;
        return who;
    }

    /**
     * Most words between an attribution's end and the end of its paragraph for it to introduce the next paragraph's
     * quote: the narrator's tail ("…, Ortiz said, before the council turned to the budget …") moves away from her.
     */
    private static final int INTRODUCTION_TAIL_WORDS = 3;

    /** Where an attribution ends: past its cue, its speaker and its reported clause. */
    private static int end(Attribution a) {
        int e = Math.max(a.cue().end(), a.speaker().span().end());
        if (a.content() != null)
            e = Math.max(e, a.content().end());
        return a.rest() != null ? Math.max(e, a.rest().end()) : e;
    }

    /** Most words after a closed quote, to the end of its paragraph, that can still be its attribution. */
    private static final int ATTRIBUTION_TAIL_WORDS = 20;

    /**
     * Whether {@code prev} stands in the paragraph right before the one {@code cur} opens, followed there only by a
     * short tail (its cue and speaker), so that the paragraph before ends with quotation.
     */
    private static boolean endsParagraphBefore(DocTokens d, Quoted prev, Quoted cur) {
        String between = d.text.substring(prev.outer().end(), cur.outer().start());
        int nl = between.indexOf('\n');
        return nl >= 0 && between.substring(nl).isBlank() && words(between.substring(0, nl)) <= ATTRIBUTION_TAIL_WORDS;
    }

    /** A quoted label ("“Coalition of the willing”: …") or a named term ("the so-called “…”"). */
    private static boolean isLabel(DocTokens d, Quoted q) {
        int after = q.outer().end();
        while (after < d.text.length() && d.text.charAt(after) == ' ')
            after++;
        if (after < d.text.length() && d.text.charAt(after) == ':')
            return true;
        String before = d.text.substring(Math.max(0, q.outer().start() - 20), q.outer().start());
        return TERM_BEFORE.matcher(before).find();
    }

    /** Whether the piece of a clause after its cue opens with a quote or stands mostly inside quotation marks. */
    private static boolean mostlyQuoted(DocTokens d, Span piece) {
        if ("“\"„«'‘".indexOf(d.text.charAt(piece.start())) >= 0)
            return true;
        return wordsOutsideQuotes(d, piece) < 3;
    }

    /**
     * Whether a reported clause is a direct quote in disguise: it opens with a quote, before its cue or after it with
     * fewer than {@value #REPORT_WORDS_OUTSIDE_QUOTES} words outside quotation marks, or it precedes its cue and as few
     * of its words stand outside them ("That came alongside “…,” the official added"). A clause after its cue that goes
     * on past its opening quote is the speaker's words reported ("said that “we need more money” for the repairs of
     * the pier"); before its cue, such a clause ("“We need …” than …, she said") is a quote the narrator goes on with.
     */
    private static boolean mostlyQuoted(DocTokens d, Attribution a) {
        Span content = a.content();
        if ("“\"„«".indexOf(d.text.charAt(content.start())) >= 0
                && (content.start() < a.cue().end() || wordsOutsideQuotes(d, content) < REPORT_WORDS_OUTSIDE_QUOTES))
            return true;
        if (content.end() > a.cue().start())
            return false;
        return wordsOutsideQuotes(d, content) < REPORT_WORDS_OUTSIDE_QUOTES;
    }

    /** The fewest words outside quotation marks that make a clause holding a quote a report of its own. */
    private static final int REPORT_WORDS_OUTSIDE_QUOTES = 4;

    /** The number of words of {@code piece} that stand outside the document's quotation marks. */
    private static int wordsOutsideQuotes(DocTokens d, Span piece) {
        StringBuilder outside = new StringBuilder(piece.of(d.text));
        for (Quoted q : d.quotes)
            for (int i = Math.max(q.outer().start(), piece.start()); i < Math.min(q.outer().end(), piece.end()); i++)
                outside.setCharAt(i - piece.start(), ' ');
        return words(outside.toString());
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "sir", "dame");

    /** A speaker resolved to an actor of the document. */
    record Resolved(String key, String name, String role) {
    }

    /** Turns speaker phrases into actors of the document, one per person, country or body. */
    static final class Resolver {
        private final Persons persons;
        private final DocumentFacts facts;
        /** The body last heard through an unnamed speaker, by the speaker's noun: "an official from X" makes "the official" X. */
        private final java.util.Map<String, Resolved> lastByNoun = new HashMap<>();

        Resolver(Persons persons, DocumentFacts facts) {
            this.persons = persons;
            this.facts = facts;
        }

        Resolved resolve(NamePhrase s) {
            int at = s.span().start();
            switch (s.form()) {
                case PRONOUN: {
                    Persons.Mention m = persons.before(at);
                    return m == null ? null : actor(m.name(), ActorKind.PERSON, null, m.country(), null);
                }
                case DESCRIPTION: {
                    Resolved heard = lastByNoun.get(noun(s.name()));
                    if (heard != null)
                        return heard;
                    Persons.Mention m = persons.described(s.name(), s.country(), at);
                    if (m != null)
                        return actor(m.name(), ActorKind.PERSON, s.role(), m.country(), null);
                    return null;
                }
                case ENTITY: {
                    // "Jordan added" after "Jim Jordan": a surname that is also a place's or a body's name is the person's
                    if (s.role() == null && s.name().matches("\\p{Lu}\\p{L}+") && persons.isKnownSurname(s.name()))
                        return actor(persons.canonical(s.name()), ActorKind.PERSON, null, null, null);
                    Resolved r = actor(s.name(), s.kind(), s.role(), s.country(), null);
                    if (s.role() != null)
                        lastByNoun.put(noun(s.role()), r);
                    return r;
                }
                case ROLE:
                    // "King said" after "Charlie King": a surname that is also a title word names the person
                    if (s.name().matches("\\p{Lu}\\p{L}+") && persons.isKnownSurname(s.name()))
                        return actor(persons.canonical(s.name()), ActorKind.PERSON, null, s.country(), null);
                    return null;
                default:
                    if (s.kind() != ActorKind.PERSON) {
                        Resolved r = actor(s.name(), s.kind(), s.role(), s.country(), null);
                        if (s.role() != null)
                            lastByNoun.put(noun(s.role()), r);
                        return r;
                    }
                    // a name the actor stage found to be a body's ("Ford, which makes trucks") is no person's
                    Actor body = s.role() == null ? facts.actor(ActorExtractor.key(ActorKind.ORGANIZATION, s.name())) : null;
                    if (body != null)
                        return actor(body.name(), ActorKind.ORGANIZATION, null, body.country(), null);
                    return actor(persons.canonical(s.name()), s.kind(), s.role(), s.country(), s.role() == null ? null : s.span());
            }
        }

        /** The head noun of a speaker phrase, singular: "an EU official" and "the officials" both give "official". */
        private static String noun(String phrase) {
            String[] w = phrase.toLowerCase(java.util.Locale.ROOT).split("\\s+");
            return w[w.length - 1].replaceAll("s$", "");
        }

        private Resolved actor(String name, ActorKind kind, String role, String country, Span roleSpan) {
            String key = ActorExtractor.key(kind, name);
            Actor known = facts.actor(key);
            List<Role> roles = new ArrayList<>(known == null ? List.of() : known.roles());
            if (isRole(role) && roleSpan != null && kind == ActorKind.PERSON && roles.stream().noneMatch(r -> r.title().equals(role)))
                roles.add(new Role(role, country, roleSpan));
            String c = known != null && known.country() != null ? known.country() : country;
            java.util.Set<String> aliases = new java.util.LinkedHashSet<>(known == null ? List.of() : known.aliases());
            if (kind == ActorKind.PERSON)
                aliases.addAll(persons.aliases(name));
            facts.put(new Actor(key, kind, name, List.copyOf(aliases), c, roles));
            return new Resolved(key, name, isRole(role) ? role : null);
        }

        /** A role worth recording: not a bare honorific such as "Mr.". */
        private static boolean isRole(String role) {
            return role != null && !HONORIFICS.contains(role.toLowerCase(java.util.Locale.ROOT));
        }
    }
}

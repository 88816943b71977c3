package org.dossier.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.annotate.Sentence;
import org.dossier.extract.Gazetteer;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Quote;
import org.dossier.model.Span;

/**
 * Who holds a position: the speakers of a quote, the country that reported speech makes its subject, the actor
 * named as subject before a stance word, a giver named by its demonym. Reads the words around actors' mentions.
 */
final class Holders {
    private Holders() {
    }

    static final String TITLE = "((mr|mrs|ms|dr)\\.?\\s+)?";
    /** A mention right after one of these words is an object, not the one who holds the stance. */
    static final Pattern OBJECT_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(on|to|from|with|for|of|at|in|against|into|between|and|by)\\s+(the\\s+)?" + TITLE + "$");
    /** Pronouns and relatives between a name and a stance word: the name is not who holds it ("X, where he received"). */
    static final Pattern OTHER_SUBJECT = Pattern.compile("(?i)(?<![\\p{L}])(he|she|they|it|we|i|who|which|where|that)(?![\\p{L}])");
    /**
     * A passive verb of giving after a name, up to and with the stance word: "X was promised new aid" — X receives and
     * holds nothing.
     */
    static final Pattern RECEIVES = Pattern.compile("(?i)(?<![\\p{L}])(was|were|is|are|been|be|being)\\s+(\\w+ly\\s+)?"
            + "(promised|offered|given|granted|handed|pledged|sent|assured)(?![\\p{L}])");
    /** A possessive right before the stance word: "Russia's demand for ...". */
    static final Pattern POSSESSIVE = Pattern.compile("^['’]s?\\s+(\\S+\\s+)?$");
    /** A sentence framed by whose view it gives: "For Emmanuel Macron, ...", "According to London, ...". */
    static final Pattern FRAME = Pattern.compile("^\\W*(?i:for|according to|in the view of)\\s+(the\\s+)?" + TITLE + "$");
    /** What joins two names of one subject: "Germany and France", "Germany, France". */
    static final Pattern COORDINATED = Pattern.compile("(?i)\\s*(,|and|,\\s*and)\\s+(the\\s+)?");
    /** What joins two speakers: "London and Paris". */
    static final Pattern JOINED = Pattern.compile("(?i)\\s+(and|&)\\s+(the\\s+)?");
    static final Pattern BY_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])by\\s+(the\\s+)?$");
    static final Pattern SUBJECT_START = Pattern.compile("^(?i:the\\s+)?$");
    static final Pattern NOT_ALONE_AFTER = Pattern.compile("^\\s*(and|or|&|,|['’]s?)", Pattern.CASE_INSENSITIVE);

    /** Demonyms by {@link Gazetteer#key}, with the canonical name of their country. */
    static final Map<String, String> DEMONYMS = demonyms();
    /** How many words before a cue a demonym may name the giver: "new French military aid". */
    static final int DEMONYM_REACH = 3;

    static Map<String, String> demonyms() {
        Map<String, String> out = new java.util.HashMap<>();
        Gazetteer.standard().demonyms().forEach((d, c) -> out.put(Gazetteer.key(d), c));
        return Map.copyOf(out);
    }

    /**
     * The quote's speaker, with those the attribution names alongside ("According to London and Paris, ..."): actors
     * named in the quote's sentence outside the quote and joined to a mention of the speaker by "and" (a comma after a
     * speaker opens an apposition: "Andrii Melnyk, Ukraine's envoy").
     */
    static List<String> speakers(String text, List<Sentence> sentences, Quote q, Mentions mentions) {
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
    static String subjectCountry(String text, Span quote, Mentions mentions) {
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

    /**
     * Who holds the stance that {@code word} states towards {@code cue}: the sentence's framing ("For Macron, ..."),
     * else a possessive right before the word ("Russia's demand"), else the last actor named before the word that is
     * not an object and has no pronoun between it and the word; and whoever the words between word and cue name
     * after "by" ("a call by Zelensky for a truce").
     */
    static List<String> holders(String text, Span sentence, Span clause, Span word, Span cue, Mentions mentions) {
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
            if (!OBJECT_BEFORE.matcher(text.substring(clause.start(), m.span().start())).find() && !OTHER_SUBJECT.matcher(between).find()
                    && !(m.span().end() <= word.end() && RECEIVES.matcher(text.substring(m.span().end(), word.end())).find()))
                agent = m;
        }
        if (agent != null)
            out.add(agent.actorKey());
        for (Mentions.Mention m : mentions.within(new Span(word.end(), cue.start())))
            if (BY_BEFORE.matcher(text.substring(word.end(), m.span().start())).find())
                out.add(m.actorKey());
        return out;
    }

    /**
     * The countries of the document whose demonym stands among the {@link #DEMONYM_REACH} words right before
     * {@code to} ("new French military aid").
     */
    static List<String> demonymsBefore(String text, int from, int to, DocumentFacts facts) {
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
}

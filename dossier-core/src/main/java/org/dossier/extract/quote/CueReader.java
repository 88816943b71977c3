package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.extract.actor.NamePhrase;
import org.dossier.extract.actor.NamePhraseParser;
import org.dossier.extract.actor.Names;
import org.dossier.model.Span;

/**
 * Finds speech cues outside quotation marks and reads who speaks and, for reported speech, the clause that reports
 * what was said: "SPEAKER said (that) CLAUSE", "CLAUSE, SPEAKER said", "according to SPEAKER, CLAUSE",
 * "CLAUSE, said SPEAKER", with appositions ("Mark Rutte, NATO's secretary general, said").
 */
final class CueReader {
    /** Words that may stand between a subject and its cue: "Ukraine has also said". */
    private static final Set<String> BETWEEN = Set.of("has", "have", "had", "also", "previously", "later", "reportedly",
            "publicly", "already", "again", "recently", "then", "earlier", "repeatedly", "today", "yesterday", "once",
            "would", "will", "could", "may", "might", "did", "does", "do", "not", "never", "just", "separately", "further");
    /** Words that may stand between a name and its cue wherever they appear: "Carter however said", "Cruz himself said". */
    private static final Set<String> ASIDES = Set.of("however", "himself", "herself", "themselves", "itself", "too");
    /** Quantifiers that may follow a subject before its cue: "Lee and Park both said". */
    private static final Set<String> FLOATED = Set.of("all", "both", "each");
    /** Lower-case subjects a quantifier may follow: "they all said". */
    private static final Set<String> FLOATED_AFTER = Set.of("they", "we");
    /** Prepositions that introduce a town in an aside: "a nurse from Ava, Mo.". */
    private static final Set<String> TOWN_PREPOSITIONS = Set.of("from", "in", "of", "near");
    /** Cues whose object is the audience, not part of what was said: "told Reuters", "told leaders". */
    private static final Set<String> OBJECT_CUES = Set.of("told", "tells", "tell", "telling");
    /** Cues that attribute quoted words but report no clause: "hailed the summit as “a historic step”". */
    private static final Set<String> QUOTE_ONLY = Set.of("for");
    /** Cues of direct quotes only, from {@code quote-only-cues.txt}: "…,” she quipped", never "he continued to …". */
    private static final org.dossier.extract.WordList QUOTE_ONLY_CUES = org.dossier.extract.WordList.load("quote-only-cues.txt");
    static final org.dossier.extract.WordList CUES = org.dossier.extract.WordList.load("speech-cues.txt");
    /** Cues that are also plural nouns: "member states", "his claims". */
    static final org.dossier.extract.WordList CUE_NOUNS = org.dossier.extract.WordList.load("cue-nouns.txt");
    private final Names lex;
    private final NamePhraseParser parser;
    private final NounPhrases phrases;
    private final NoVerbCues noVerb;
    private final Subjects subjects;
    private final SpeakerPhrases speakers;
    private final AccordingTo accordingTo;
    private final FrontSubjects fronts;

    CueReader(Names lex, NamePhraseParser parser) {
        this.lex = lex;
        this.parser = parser;
        this.phrases = new NounPhrases(lex);
        this.noVerb = new NoVerbCues(parser, phrases, CUES);
        this.subjects = new Subjects(parser, phrases, CUES);
        this.speakers = new SpeakerPhrases(parser);
        this.accordingTo = new AccordingTo(phrases, speakers);
        this.fronts = new FrontSubjects(speakers, phrases, CUES);
    }

    List<Attribution> read(DocTokens d) {
        List<Attribution> out = new ArrayList<>();
        // reports by a cue of ThatCues, dropped where they stand inside another report
        java.util.Set<Attribution> nested = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Quoted q : d.quotes) {
            Attribution signed = noVerb.signature(d, q);
            if (signed == null)
                signed = noVerb.nameAfter(d, q);
            if (signed != null)
                out.add(signed);
        }
        for (int i = 0; i < d.size(); i++) {
            if (d.inQuote(i))
                continue;
            Attribution view = noVerb.viewpoint(d, i);
            if (view == null)
                view = noVerb.labelled(d, i);
            if (view == null)
                view = noVerb.findings(d, i);
            if (view != null) {
                out.add(view);
                continue;
            }
            int len = cueLength(d, i);
            boolean beforeThat = len == 0 && (len = ThatCues.length(d, i)) > 0;
            if (len == 0)
                continue;
            Attribution a = attribute(d, i, len, out.isEmpty() ? null : out.get(out.size() - 1), beforeThat);
            if (a != null)
                out.add(a);
            if (a != null && beforeThat)
                nested.add(a);
            i += len - 1;
        }
        // "The two men had agreed that …, the aide told reporters": the agreement is part of what the aide said
        out.removeIf(a -> nested.contains(a) && out.stream().anyMatch(o -> o != a && o.content() != null
                && o.content().start() <= a.cue().start() && a.cue().end() <= o.content().end()));
        return AdjunctContents.drop(d.text, CoordinatedReports.cut(d.text, out));
    }

    /** The number of tokens of the cue starting at {@code i}, or 0. */
    private int cueLength(DocTokens d, int i) {
        for (int len = Math.min(Math.max(CUES.longest(), QUOTE_ONLY_CUES.longest()), d.size() - i); len >= 1; len--) {
            if (d.sentenceOf[i + len - 1] != d.sentenceOf[i])
                continue;
            StringBuilder b = new StringBuilder();
            for (int k = i; k < i + len; k++)
                b.append(k > i ? " " : "").append(d.word(k));
            // cues are verbs, written in lower case ("States" in "United States" is no cue), but for the first word
            // of a sentence ("According to …", "Said Ellis: …")
            if ((CUES.contains(b.toString()) || QUOTE_ONLY_CUES.contains(b.toString())) && (Character.isLowerCase(d.word(i).charAt(0)) || i == d.sentenceStart(d.sentenceOf[i])))
                return len;
        }
        return 0;
    }

    /**
     * The attribution of the cue of {@code len} tokens at token {@code cue}; {@code beforeThat} when the cue is one of
     * {@link ThatCues}, whose clause follows it.
     */
    private Attribution attribute(DocTokens d, int cue, int len, Attribution previous, boolean beforeThat) {
        int sentence = d.sentenceOf[cue];
        int sStart = d.sentenceStart(sentence), sEnd = d.sentenceEnd(sentence);
        String cueText = text(d, cue, cue + len);
        Span cueSpan = new Span(d.span(cue).start(), d.span(cue + len - 1).end());
        boolean according = cueText.equalsIgnoreCase("according to");
        String[] medium = {null};

        if (according)
            return accordingTo.read(d, cue, len, cueSpan);

        // "…, noting that …": a participle cue shares the subject of the clause it follows
        if (cueText.endsWith("ing") && cue > sStart && d.word(cue - 1).equals(",")) {
            // "The mayor defended the plan, saying that …": else the subject that opens the sentence
            NamePhrase subject = subjects.ofClause(d, cue - 1, sStart, previous);
            if (subject == null)
                return null;
            Span content = forward(d, cue + len, sStart, sEnd, new String[1]);
            return new Attribution(cueSpan, cueText, subject, content, sentence, null);
        }
        int j = cue - 1;
        while (j >= sStart && !d.inQuote(j) && (BETWEEN.contains(d.word(j).toLowerCase(Locale.ROOT)) || asideAfterName(d, j, sStart)))
            j--;
        if (j - 1 >= sStart && d.word(j - 1).equalsIgnoreCase("on") && d.word(j).endsWith("day"))
            j -= 2;
        // "Sen. David Perdue (R-Ga.) said": a bracketed affiliation stands between the name and the cue
        j = NounPhrases.skipBracket(d, j, sStart);
        NamePhrase sp = null;
        int npStart = j + 1;
        if (j >= sStart && d.word(j).equals(",")) {
            sp = apposition(d, j, sStart);
            if (sp != null)
                npStart = d.tokenAt(sp.span().start());
        }
        if (sp == null) {
            npStart = listStart(d, phrases.npLeft(d, j, sStart), j, sStart);
            int from = npStart <= j ? townBefore(d, npStart, j + 1, sStart) : -1;
            if (from >= 0)
                npStart = from;
            if (npStart <= j)
                sp = speakers.parse(d.tokens.subList(npStart, j + 1));
            // "…, veteran Democrats said": a modifier in lower case between the comma and a group's name is the
            // subject's, so the clause before the comma is what they said
            if (sp != null && npStart - 2 >= sStart && d.word(npStart - 2).equals(",") && NounPhrases.isModifier(d, npStart - 1))
                npStart--;
        }
        int after = cue + len;
        // "The clerk, a volunteer who …, said she counted …": the subject opens the sentence, before the asides
        NamePhrase front = sp == null && npStart > j ? fronts.find(d, j, after, sStart, sEnd) : null;
        if (front != null) {
            sp = front;
            npStart = sStart;
        }
        if (sp == null && (npStart > j)) {
            // "…, said Mr. Ushakov."
            int npEnd = phrases.npRight(d, after, sEnd);
            NamePhrase inverted = npEnd > after ? speakers.parse(d.tokens.subList(after, npEnd)) : null;
            // the speaker follows its cue only after the words it attributes or at the sentence's start: "…, said
            // Ms. Ruiz", not "the crowd said the new …"
            boolean afterWords = cue == sStart || d.inQuote(cue - 1) || Set.of(",", "”", "\"", "''", "—", "--").contains(d.word(cue - 1));
            if (inverted != null && afterWords && !(inverted.form() == NamePhrase.Form.PRONOUN && cue > sStart && !d.word(cue - 1).equals(","))) {
                // "… may be “strategic,” said X": the comma may stand inside the closing quotation mark
                int comma = cue - 1 > sStart && !d.word(cue - 1).equals(",") && d.inQuote(cue - 1) && d.word(cue - 2).equals(",") ? cue - 2 : cue - 1;
                Span content = comma > sStart && d.word(comma).equals(",") && !mostlyInQuote(d, sStart, comma) ? clause(d, sStart, comma) : null;
                return new Attribution(cueSpan, cueText, inverted, content, sentence, Adjuncts.mediumIn(text(d, npEnd, sEnd)));
            }
        }
        if (sp == null) {
            // "Humphrey, who calls Trump a “sociopath,” said", "Trump - who once said … - said": past the aside
            NamePhrase held = beforeAside(d, j, sStart);
            if (held != null) {
                sp = held;
                npStart = d.tokenAt(held.span().start());
            }
        }
        if (sp == null) {
            // a subject the name parser does not read: "… and said", "Many in the crowd said"
            sp = subjects.before(d, j, sStart, previous);
            if (sp == null)
                return null;
            npStart = Math.min(j + 1, d.tokenAt(sp.span().start()));
        }
        // "member states", "his claims", "little hope": a cue that is also a noun needs a subject that names someone,
        // or for a plural verb ("farmers fear", "polls show") a plural subject
        if (CUE_NOUNS.contains(cueText) && (sp.form() == NamePhrase.Form.ROLE || sp.form() == NamePhrase.Form.DESCRIPTION)
                && (cueText.endsWith("s") || !hasPlural(sp.name())) && !namesEvidence(sp.name()))
            return null;

        // the object of "told", "urged": "told Reuters", "told leaders"
        int from = after;
        if (OBJECT_CUES.contains(cueText.toLowerCase(Locale.ROOT)) && from < sEnd && !d.inQuote(from)) {
            int objEnd = phrases.npRight(d, from, sEnd);
            while (objEnd > from && objEnd < sEnd && d.word(objEnd).matches("\\d+"))
                objEnd++;
            if (objEnd == from && !NounPhrases.FUNCTION.contains(d.word(from).toLowerCase(Locale.ROOT)) && Character.isLowerCase(d.word(from).charAt(0)))
                objEnd = from + 1;
            if (objEnd > from && Character.isUpperCase(d.word(from).charAt(0)) && cueText.startsWith("t"))
                medium[0] = text(d, from, objEnd);
            from = Math.max(objEnd, thatAfterObject(d, from, sEnd));
        }
        int sentenceEndChar = contentEnd(d, sStart, sEnd);
        int startChar = from < sEnd ? d.span(from).start() : sentenceEndChar;
        int contentStart = Adjuncts.skip(d.text, startChar, Math.max(startChar, sentenceEndChar), medium);
        int clauseEnd = commaBefore(d, npStart, sStart);
        boolean trailing = !beforeThat && clauseEnd > d.span(sStart).start() && words(d.text, d.span(sStart).start(), clauseEnd) >= 4
                && (d.text.substring(Math.min(contentStart, sentenceEndChar), sentenceEndChar).replaceAll("[\\p{P}\\s]", "").isEmpty()
                || d.text.charAt(startChar) == ','
                || ClauseEnds.TRAILING_STARTERS.contains(ClauseEnds.firstWord(d.text, contentStart, sentenceEndChar)));
        if (trailing) {
            if (medium[0] == null)
                medium[0] = Adjuncts.mediumIn(d.text.substring(startChar, Math.max(startChar, sentenceEndChar)));
            return new Attribution(cueSpan, cueText, sp, trim(d.text, d.span(sStart).start(), clauseEnd), sentence, medium[0],
                    ClauseEnds.rest(d.text, startChar, sentenceEndChar));
        }
        if (quoteBefore(d, npStart, sStart) || QUOTE_ONLY.contains(cueText.toLowerCase(Locale.ROOT)) || QUOTE_ONLY_CUES.contains(cueText))
            return new Attribution(cueSpan, cueText, sp, null, sentence, medium[0]);
        int contentEnd = ClauseEnds.cut(d.text, contentStart, sentenceEndChar);
        // "Podesta, who said the project was vetted, said …", "Among riders who said the fares rose, half …": a
        // relative clause ends at its comma
        if (j > sStart && d.word(j).equalsIgnoreCase("who") && d.text.indexOf(',', contentStart) >= 0)
            contentEnd = Math.min(contentEnd, d.text.indexOf(',', contentStart));
        Span content = contentStart < sentenceEndChar ? Complements.of(d.text, startChar, trim(d.text, contentStart, contentEnd)) : null;
        return new Attribution(cueSpan, cueText, sp, content, sentence, medium[0]);
    }

    /** The most tokens of an audience, with its place and time, between "told" and "that". */
    private static final int MAX_AUDIENCE_TOKENS = 12;

    /**
     * The "that" which opens the clause after a long audience ("told the Harbor Herald of Leeds on Saturday that …"),
     * or {@code from} when none follows within {@value #MAX_AUDIENCE_TOKENS} tokens before a comma, a quote or another
     * cue.
     */
    private static int thatAfterObject(DocTokens d, int from, int sEnd) {
        for (int k = from; k + 1 < sEnd && k - from < MAX_AUDIENCE_TOKENS; k++) {
            String w = d.word(k);
            if (d.inQuote(k) || w.equals(",") || CUES.contains(w))
                return from;
            if (w.equals("that") && ThatCues.opensClause(d.word(k + 1)))
                return k;
        }
        return from;
    }

    /**
     * Whether token {@code j} is an aside between a name and its cue: "however", a reflexive ("Cruz himself said") or
     * an adverb in -ly ("Trump jokingly said"). The adverb needs a capitalized word before it, as "family" and "ally"
     * end in -ly too and head subjects of their own ("the family said").
     */
    private static boolean asideAfterName(DocTokens d, int j, int sStart) {
        String w = d.word(j);
        if (ASIDES.contains(w))
            return true;
        // "Reyes and Ortega both said", "They all said": a quantifier floated after its subject is no subject itself
        if (FLOATED.contains(w) && j > sStart && (Character.isUpperCase(d.word(j - 1).charAt(0)) || FLOATED_AFTER.contains(d.word(j - 1))))
            return true;
        return w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(w.charAt(0)) && j > sStart
                && Character.isUpperCase(d.word(j - 1).charAt(0)) && !d.inQuote(j - 1);
    }

    /** Whether tokens {@code [from, to)} lie inside quotation marks, all but a few: a direct quote, not a report. */
    private static boolean mostlyInQuote(DocTokens d, int from, int to) {
        int outside = 0;
        for (int k = from; k < to; k++)
            if (!d.inQuote(k) && Character.isLetterOrDigit(d.word(k).charAt(0)))
                outside++;
        return outside < 3;
    }

    /** Nouns of sources that report findings, from {@code evidence-nouns.txt}: "the poll shows", "the data show". */
    static final org.dossier.extract.WordList EVIDENCE = org.dossier.extract.WordList.load("evidence-nouns.txt");

    /** Whether a subject is a source of findings: "the latest poll", "a new study of river towns". */
    private static boolean namesEvidence(String phrase) {
        for (String w : phrase.split("\\s+")) {
            if (w.equalsIgnoreCase("of"))
                return false;
            if (EVIDENCE.contains(w))
                return true;
        }
        return false;
    }

    /** Whether a phrase holds a plural noun: a word in -s, not -ss ("farmers", "polls"). */
    private static boolean hasPlural(String phrase) {
        for (String w : phrase.split("\\s+"))
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && Character.isLowerCase(w.charAt(0)))
                return true;
        return false;
    }

    /** Whether the speaker phrase follows a closing quotation mark: the cue attributes that quote. */
    private static boolean quoteBefore(DocTokens d, int npStart, int sStart) {
        if (npStart <= sStart)
            return false;
        int i = d.span(npStart).start() - 1;
        while (i >= 0 && (Character.isWhitespace(d.text.charAt(i)) || d.text.charAt(i) == ','))
            i--;
        return i >= 0 && (d.text.charAt(i) == '”' || d.text.charAt(i) == '"');
    }

    /** The reported clause after a cue ending at token {@code from}: past "that" and adjuncts, to the sentence's end. */
    private static Span forward(DocTokens d, int from, int sStart, int sEnd, String[] medium) {
        int sentenceEndChar = contentEnd(d, sStart, sEnd);
        int startChar = from < sEnd ? d.span(from).start() : sentenceEndChar;
        int contentStart = Adjuncts.skip(d.text, startChar, Math.max(startChar, sentenceEndChar), medium);
        return contentStart < sentenceEndChar ? Complements.of(d.text, startChar, trim(d.text, contentStart, sentenceEndChar)) : null;
    }

    /**
     * The character offset of a comma that ends the clause before the speaker phrase starting at token
     * {@code npStart} ("…, Zelensky said", "…,” Zelensky said"), or -1.
     */
    private static int commaBefore(DocTokens d, int npStart, int sStart) {
        if (npStart <= sStart)
            return -1;
        int i = d.span(npStart).start() - 1;
        while (i >= 0 && (Character.isWhitespace(d.text.charAt(i)) || "\"”’".indexOf(d.text.charAt(i)) >= 0))
            i--;
        return i >= 0 && d.text.charAt(i) == ',' ? i + (d.text.charAt(i + 1) == '"' || d.text.charAt(i + 1) == '”' ? 2 : 0) : -1;
    }

    /**
     * A speaker set off by commas before its cue: "Mark Rutte, NATO's secretary general, said" (the name before the
     * aside, which gives the role), "Costa, who heads the council, told" (an aside that is a clause), "one of the
     * lawyers, Justin Bamberg, said" (the name in the aside).
     */
    private NamePhrase apposition(DocTokens d, int comma, int sStart) {
        int k = previousComma(d, comma, sStart);
        // "a salesman from Sumter, South Carolina,": the state after a town belongs to the aside before it
        if (k > sStart && stateAfterTown(d, k, comma)) {
            NamePhrase named = apposition(d, k, previousComma(d, k, sStart), sStart);
            if (named != null)
                return named;
        }
        // "Paul Lund, a welder from Ava, Mo., who backs the union, said": the state ends the aside before this one
        int asideBefore = k > sStart ? previousComma(d, k, sStart) : -1;
        if (asideBefore >= sStart && stateAfterTown(d, asideBefore, k) && isPlace(d, asideBefore + 1, k)) {
            NamePhrase named = apposition(d, k, sStart);
            // the person before the town's preposition, not the town itself
            if (named != null && d.tokenAt(named.span().start()) < townPreposition(d, asideBefore, sStart))
                return named;
        }
        NamePhrase one = apposition(d, comma, k, sStart);
        // a person named where a clause opens is the speaker; one inside a clause ("who helped found EDGE") may be
        // the object of an aside about a speaker named further back
        if (one != null && one.form() == NamePhrase.Form.NAME && one.kind() == org.dossier.model.ActorKind.PERSON
                && opensClause(d, d.tokenAt(one.span().start()), sStart))
            return one;
        NamePhrase head = personBeforeAsides(d, comma, sStart);
        return head != null ? head : one;
    }

    /**
     * Where a list of names that ends in the coordinated subject {@code [npStart, end]} opens: "Lee, Park and Cho said"
     * is read whole, so that the first of them speaks. The list must open the sentence or follow a comma; else
     * {@code npStart}.
     */
    private int listStart(DocTokens d, int npStart, int end, int sStart) {
        boolean coordinated = false;
        for (int k = npStart; k <= end; k++)
            coordinated |= d.word(k).equals("and");
        if (!coordinated)
            return npStart;
        int start = npStart;
        while (start - 2 >= sStart && d.word(start - 1).equals(",")) {
            int piece = phrases.npLeft(d, start - 2, sStart);
            if (piece > start - 2 || !Character.isUpperCase(d.word(piece).charAt(0)))
                break;
            start = piece;
        }
        // it opens the sentence, or follows an adjunct set off by a comma: "After the vote, Lee, Park and Cho said"
        return start == sStart || d.word(start - 1).equals(",") ? start : npStart;
    }

    /** The most asides set off by commas that may stand between a speaker's name and the cue. */
    private static final int MAX_ASIDES = 3;

    /**
     * The person named before several asides, each set off by commas, that end at {@code comma}: "Tom Brand, 21, a
     * junior from Ames, said", "Ms. Lee, who founded EDGE, a justice group, said". The name must fill its piece and
     * open the sentence or a clause; null when no such name stands within {@value #MAX_ASIDES} asides.
     */
    private NamePhrase personBeforeAsides(DocTokens d, int comma, int sStart) {
        int end = comma;
        for (int step = 0; step <= MAX_ASIDES; step++) {
            int k = previousComma(d, end, sStart);
            boolean commaBefore = k >= sStart && d.word(k).equals(",");
            int pieceStart = commaBefore ? k + 1 : Math.max(sStart, k + 1);
            if (step > 0 && pieceStart < end && (pieceStart == sStart || commaBefore || isClauseOpener(d, pieceStart - 1))
                    && phrases.npLeft(d, end - 1, sStart) <= pieceStart) {
                NamePhrase named = speakers.parse(d.tokens.subList(pieceStart, end));
                if (named != null && named.form() == NamePhrase.Form.NAME && named.kind() == org.dossier.model.ActorKind.PERSON)
                    return new NamePhrase(named.form(), named.name(), named.role(), named.kind(), named.country(),
                            new Span(named.span().start(), d.span(comma - 1).end()));
            }
            if (!commaBefore)
                return null;
            end = k;
        }
        return null;
    }

    /** As {@link #apposition(DocTokens, int, int)}, the aside standing between commas {@code k} and {@code comma}. */
    private NamePhrase apposition(DocTokens d, int comma, int k, int sStart) {
        if (k < sStart || !d.word(k).equals(",") || k == comma - 1)
            return null;
        NamePhrase before = null;
        int nameEnd = NounPhrases.skipBracket(d, k - 1, sStart);
        int start = phrases.npLeft(d, nameEnd, sStart);
        if (start <= nameEnd) {
            before = speakers.parse(d.tokens.subList(start, nameEnd + 1));
            // a description ending a clause ("…, the official said") is no apposition; a person's name is one wherever it stands
            boolean person = before != null && before.form() == NamePhrase.Form.NAME && before.kind() == org.dossier.model.ActorKind.PERSON;
            if (before != null && !person && start > sStart && !d.word(start - 1).equals(",") && !isClauseOpener(d, start - 1))
                before = null;
        }
        boolean clause = Character.isLowerCase(d.word(k + 1).charAt(0)) && !lex.isDeterminer(d.word(k + 1));
        NamePhrase aside = clause ? null : parser.parse(d.tokens.subList(k + 1, comma));
        // "The Danish foreign minister, Lars Holm, said", "Ohio's attorney general, Mark Dunne, said": a role before
        // the comma, and the aside names who holds it
        if (before != null && before.role() != null && !(before.form() == NamePhrase.Form.NAME && before.kind() == org.dossier.model.ActorKind.PERSON) && aside != null
                && aside.form() == NamePhrase.Form.NAME && aside.kind() == org.dossier.model.ActorKind.PERSON
                && Character.isUpperCase(d.word(k + 1).charAt(0)) && !lex.isDeterminer(d.word(k + 1)))
            return new NamePhrase(aside.form(), aside.name(), text(d, start, nameEnd + 1), aside.kind(),
                    before.country() != null ? before.country() : aside.country(), new Span(before.span().start(), d.span(comma - 1).end()));
        if (before != null && (before.form() == NamePhrase.Form.NAME || before.form() == NamePhrase.Form.ENTITY)) {
            String role = clause ? null : text(d, k + 1, comma);
            String country = before.country() != null || aside == null ? before.country() : aside.country();
            return new NamePhrase(before.form(), before.name(), role == null ? before.role() : role, before.kind(), country,
                    new Span(before.span().start(), d.span(comma - 1).end()));
        }
        // the aside names the speaker when it is a name ("one of the lawyers, Justin Bamberg, said"); a description
        // ("a junior from Ames", "an activist for Greenpeace") only says where they come from
        if (aside != null && aside.form() == NamePhrase.Form.NAME && !lex.isDeterminer(d.word(k + 1))
                && Character.isUpperCase(d.word(k + 1).charAt(0)))
            return aside;
        return null;
    }

    /** The longest aside, in tokens, between a subject and its cue that {@link #beforeAside} skips. */
    private static final int MAX_ASIDE_TOKENS = 40;
    private static final Set<String> DASHES = Set.of("-", "--", "—", "–");
    private static final Set<String> RELATIVES = Set.of("who", "whose", "which");

    /**
     * The subject before an aside that ends at token {@code j}, just before the cue: a relative clause set off by a
     * comma or dash ("Humphrey, who calls Trump a “sociopath,” said"; the comma may stand inside a closing quote), or
     * any words between two dashes ("Trump - the front-runner - said"). Null when no such aside opens within
     * {@value #MAX_ASIDE_TOKENS} tokens or nothing the name parser reads stands before it.
     */
    private NamePhrase beforeAside(DocTokens d, int j, int sStart) {
        int end = j;
        if (end - 1 > sStart && "”\"''’".contains(d.word(end)) && d.word(end - 1).equals(","))
            end--;
        if (end <= sStart || !d.word(end).equals(",") && !isDash(d, end))
            return null;
        boolean dash = isDash(d, end);
        for (int k = end - 1; k > sStart && end - k <= MAX_ASIDE_TOKENS; k--) {
            boolean opener = dash ? isDash(d, k)
                    : RELATIVES.contains(d.word(k).toLowerCase(Locale.ROOT)) && (d.word(k - 1).equals(",") || isDash(d, k - 1));
            if (!opener)
                continue;
            int nameEnd = NounPhrases.skipBracket(d, dash ? k - 1 : k - 2, sStart);
            if (nameEnd < sStart)
                return null;
            int start = phrases.npLeft(d, nameEnd, sStart);
            return start <= nameEnd ? speakers.parse(d.tokens.subList(start, nameEnd + 1)) : null;
        }
        return null;
    }

    /** Whether token {@code k} is a dash that sets off an aside: spaced, not the hyphen of "longest-serving". */
    static boolean isDash(DocTokens d, int k) {
        if (!DASHES.contains(d.word(k)))
            return false;
        int s = d.span(k).start(), e = d.span(k).end();
        return s > 0 && Character.isWhitespace(d.text.charAt(s - 1)) && e < d.text.length() && Character.isWhitespace(d.text.charAt(e));
    }

    /** The comma before token {@code comma} in its clause, within reach; below {@code sStart} or not a comma when none. */
    private static int previousComma(DocTokens d, int comma, int sStart) {
        int k = comma - 1;
        while (k >= sStart && !d.word(k).equals(",") && !d.inQuote(k) && comma - k < 24)
            k--;
        return k;
    }

    /**
     * Whether tokens between commas {@code k} and {@code comma} are a state or country after a town that a
     * preposition introduces: "from Ava, Mo.,", "in Worcester, Massachusetts,".
     */
    private static boolean stateAfterTown(DocTokens d, int k, int comma) {
        if (!d.word(k).equals(",") || comma - k < 2 || comma - k > 4 || k < 2)
            return false;
        for (int i = k + 1; i < comma; i++)
            if (!Character.isUpperCase(d.word(i).charAt(0)))
                return false;
        if (!Character.isUpperCase(d.word(k - 1).charAt(0)))
            return false;
        for (int i = k - 2; i >= Math.max(0, k - 4); i--) {
            String w = d.word(i);
            if (TOWN_PREPOSITIONS.contains(w))
                return true;
            if (!Character.isUpperCase(w.charAt(0)))
                return false;
        }
        return false;
    }

    /**
     * Where the subject opens when the phrase {@code [npStart, end)} before the cue is only the state after a town:
     * "Stacy Moon of Dayton, Ohio says" is Stacy Moon's, not Ohio's, so the subject is read from before the town's
     * preposition ({@link SpeakerPhrases} then keeps the person before "of"). -1 where it is no such state.
     */
    private int townBefore(DocTokens d, int npStart, int end, int sStart) {
        int comma = npStart - 1;
        if (comma <= sStart || !stateAfterTown(d, comma, end) || !isPlace(d, npStart, end))
            return -1;
        int p = townPreposition(d, comma, sStart);
        if (p <= sStart)
            return -1;
        int start = phrases.npLeft(d, p - 1, sStart);
        return start <= p - 1 ? start : -1;
    }

    /** The preposition before the town that ends before {@code comma} ("from Ava,"), or -1. */
    private static int townPreposition(DocTokens d, int comma, int sStart) {
        int p = comma - 1;
        while (p > sStart && !TOWN_PREPOSITIONS.contains(d.word(p)))
            p--;
        return p > sStart ? p : -1;
    }

    /**
     * Whether tokens {@code [from, to)} can be a state after a town rather than a person set off by commas: no title
     * ("in Nevada, Senator Harry Reid, the minority leader, said") and no given name opening several words.
     */
    private boolean isPlace(DocTokens d, int from, int to) {
        for (int i = from; i < to; i++)
            if (lex.titles.contains(d.word(i).replaceAll("\\.$", "")))
                return false;
        return to - from < 2 || !lex.givenNames.contains(d.word(from));
    }

    /** Whether token {@code t} opens its sentence or a clause: first, or after a comma or a clause opener. */
    private static boolean opensClause(DocTokens d, int t, int sStart) {
        return t <= sStart || d.word(t - 1).equals(",") || isClauseOpener(d, t - 1);
    }

    /** Whether the token before a phrase lets the phrase open a sentence's subject: "and", "but", a colon. */
    private static boolean isClauseOpener(DocTokens d, int k) {
        return Set.of("and", "but", ":", ";", "—", "--", "*").contains(d.word(k).toLowerCase(Locale.ROOT));
    }

    /** The character span of tokens {@code [from, to)} without quotation marks and final punctuation around it. */
    static Span clause(DocTokens d, int from, int to) {
        if (from >= to)
            return null;
        return trim(d.text, d.span(from).start(), d.span(to - 1).end());
    }

    /** Where the content of a sentence ends: before its final punctuation. */
    private static int contentEnd(DocTokens d, int sStart, int sEnd) {
        int e = sEnd;
        while (e > sStart && d.word(e - 1).matches("[.!?;:*•]"))
            e--;
        return d.span(Math.max(sStart, e - 1)).end();
    }

    static Span trim(String text, int s, int e) {
        while (s < e && (Character.isWhitespace(text.charAt(s)) || ",;:".indexOf(text.charAt(s)) >= 0))
            s++;
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;:.".indexOf(text.charAt(e - 1)) >= 0))
            e--;
        return e > s ? new Span(s, e) : null;
    }

    private static String text(DocTokens d, int from, int to) {
        return from >= to ? "" : d.text.substring(d.span(from).start(), d.span(to - 1).end());
    }

    static int words(String text, int s, int e) {
        return e <= s ? 0 : text.substring(s, e).trim().split("\\s+").length;
    }
}

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
 * "CLAUSE, said SPEAKER", with appositions ("Mark Rutte, NATO's secretary general, said"). Each cue goes through the
 * same steps: find the cue, read its speaker (before its verb group with {@link VerbGroups}, past asides with
 * {@link Asides}, a town's state with {@link Towns}, a subject that opens the sentence with {@link FrontSubjects}; for a
 * participle, the subject of the clause before it with {@link ParticipleCues}), then cut what it reports, past the
 * audience of a "told" ({@link Audiences}, {@link Clauses}, {@link ClauseEnds}, {@link Complements}).
 */
final class CueReader {
    /** Cues that attribute quoted words but report no clause: "hailed the summit as “a historic step”". */
    private static final Set<String> QUOTE_ONLY = Set.of("for");
    /** Cues of direct quotes only, from {@code quote-only-cues.txt}: "…,” she quipped", never "he continued to …". */
    private static final org.dossier.extract.WordList QUOTE_ONLY_CUES = org.dossier.extract.WordList.load("quote-only-cues.txt");
    static final org.dossier.extract.WordList CUES = org.dossier.extract.WordList.load("speech-cues.txt");
    /** Cues that are also plural nouns: "member states", "his claims". */
    static final org.dossier.extract.WordList CUE_NOUNS = org.dossier.extract.WordList.load("cue-nouns.txt");
    private final NounPhrases phrases;
    private final NoVerbCues noVerb;
    private final Subjects subjects;
    private final SpeakerPhrases speakers;
    private final AccordingTo accordingTo;
    private final FrontSubjects fronts;
    private final Towns towns;
    private final Asides asides;
    private final SpeechNouns speechNouns;
    private final Questions questions;
    private final TrailingNames trailingNames;
    private final SubjectAdjuncts subjectAdjuncts;
    private final ParticipleCues participles;
    private final Audiences audiences;
    private final VerbGroups verbGroups;
    private final ModifiedSubjects modified;

    CueReader(Names lex, NamePhraseParser parser) {
        this.phrases = new NounPhrases(lex);
        this.noVerb = new NoVerbCues(parser, phrases, CUES);
        this.subjects = new Subjects(parser, phrases, CUES);
        this.speakers = new SpeakerPhrases(parser);
        this.accordingTo = new AccordingTo(phrases, speakers);
        this.fronts = new FrontSubjects(speakers, phrases, CUES);
        this.towns = new Towns(lex, phrases);
        this.asides = new Asides(lex, parser, phrases, speakers, towns);
        this.speechNouns = new SpeechNouns(phrases, speakers);
        this.questions = new Questions(phrases, speakers);
        this.trailingNames = new TrailingNames(speakers);
        this.subjectAdjuncts = new SubjectAdjuncts(phrases, speakers);
        this.participles = new ParticipleCues(subjects, questions);
        this.audiences = new Audiences(phrases);
        this.verbGroups = new VerbGroups(audiences);
        this.modified = new ModifiedSubjects(speakers, CUES);
    }

    List<Attribution> read(DocTokens d) {
        List<Attribution> out = new ArrayList<>();
        // reports by a cue of ThatCues or a noun of speech, dropped where they stand inside another report
        java.util.Set<Attribution> nested = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Attribution> askedBy = new ArrayList<>();
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
            // "the senator's warning that …": a noun of speech with its source, kept only outside another report
            Attribution noun = speechNouns.read(d, i);
            if (noun != null) {
                out.add(noun);
                nested.add(noun);
                continue;
            }
            // "was asked by the host whether …": the agent asks
            Attribution asked = questions.byAgent(d, i);
            if (asked != null) {
                out.add(asked);
                askedBy.add(asked);
                continue;
            }
            // "went on to say that …", "was quoted as saying …": a lead-in and the verb after it are one cue
            int lead = LeadIns.length(d, i);
            Verb verb = lead > 0 ? verbAt(d, i + lead) : null;
            if (verb == null) {
                lead = 0;
                verb = verbAt(d, i);
            }
            // "wondered why …": a question's wh-clause follows its cue as a that-clause does
            if (verb == null) {
                int asking = questions.length(d, i);
                verb = asking > 0 ? new Verb(asking, true) : null;
            }
            if (verb == null)
                continue;
            int len = verb.length();
            boolean beforeThat = verb.beforeThat();
            Attribution a = attribute(d, i, lead, lead + len, out.isEmpty() ? null : out.get(out.size() - 1), beforeThat);
            if (a != null)
                out.add(a);
            if (a != null && beforeThat)
                nested.add(a);
            i += lead + len - 1;
        }
        // "Asked by X whether …, she said, …": the fronted question is X's, not part of what she said
        out.removeIf(o -> o.content() != null && askedBy.stream().anyMatch(a -> a != o && o.content().start() == a.cue().start()));
        // "The two men had agreed that …, the aide told reporters": the agreement is part of what the aide said
        // "repeated his claim that …": the noun's report is the verb's, whose content is the same clause
        out.removeIf(a -> nested.contains(a) && out.stream().anyMatch(o -> o != a && o.content() != null
                && (o.content().start() <= a.cue().start() && a.cue().end() <= o.content().end() || o.content().equals(a.content()))));
        return NestedReports.drop(AdjunctContents.drop(d.text, CoordinatedReports.cut(d.text, out)));
    }

    /** The speaker's label that opens a quoted transcript turn ("“PENCE: Well, look, …"), or null: {@link NoVerbCues#turnLabel}. */
    NamePhrase turnLabel(DocTokens d, Quoted q) {
        return noVerb.turnLabel(d, q);
    }

    /**
     * A cue's verb: its length in tokens, and whether its content must follow it: a cue of {@link ThatCues} before its
     * clause, or of {@link Infinitives} before its infinitive.
     */
    private record Verb(int length, boolean beforeThat) {
    }

    /**
     * The verb of a cue at token {@code i}: one of the cue lists, else a that-cue before its clause, else a cue before
     * its infinitive; null when none.
     */
    private Verb verbAt(DocTokens d, int i) {
        int len = cueLength(d, i);
        if (len > 0)
            return new Verb(len, false);
        len = ThatCues.length(d, i);
        if (len == 0)
            len = Infinitives.length(d, i);
        // "called the vote “a great day”": a verb of naming before its object and a quoted label
        if (len == 0)
            len = NamingCues.length(d, i);
        return len > 0 ? new Verb(len, true) : null;
    }

    /** The number of tokens of the cue starting at {@code i}, or 0. */
    private int cueLength(DocTokens d, int i) {
        for (int len = Math.min(Math.max(CUES.longest(), QUOTE_ONLY_CUES.longest()), d.size() - i); len >= 1; len--) {
            if (d.sentenceOf[i + len - 1] != d.sentenceOf[i])
                continue;
            String words = d.words(i, i + len);
            // cues are verbs, written in lower case ("States" in "United States" is no cue), but for the first word
            // of a sentence ("According to …", "Said Ellis: …") and in a headline's title case ("Mayor Says …"),
            // where a cue that is also a noun may end a name ("United States Warns …")
            if ((CUES.contains(words) || QUOTE_ONLY_CUES.contains(words)) && (Character.isLowerCase(d.word(i).charAt(0))
                    || i == d.sentenceStart(d.sentenceOf[i]) || !CUE_NOUNS.contains(words) && Headlines.titleCase(d, d.sentenceOf[i])))
                return len;
        }
        return 0;
    }

    /**
     * The attribution of the cue of {@code len} tokens at token {@code cue}, whose first {@code lead} tokens are a
     * {@link LeadIns lead-in} before its verb; {@code beforeThat} when the verb is one of {@link ThatCues}, whose
     * clause follows it.
     */
    private Attribution attribute(DocTokens d, int cue, int lead, int len, Attribution previous, boolean beforeThat) {
        int sentence = d.sentenceOf[cue];
        int sStart = d.sentenceStart(sentence), sEnd = d.sentenceEnd(sentence);
        String cueText = Clauses.text(d, cue, cue + len);
        // the verb without its lead-in, which decides what may follow it: "went on to tell reporters that …"
        String verb = Clauses.text(d, cue + lead, cue + len);
        Span cueSpan = new Span(d.span(cue).start(), d.span(cue + len - 1).end());
        boolean according = cueText.equalsIgnoreCase("according to");
        String[] medium = {null};

        if (according)
            return accordingTo.read(d, cue, len, cueSpan);

        // "…, noting that …": a participle cue shares the subject of the clause it follows, as it does after what
        // carries the words ("issued a statement saying …") or the manner of saying ("answered by saying …")
        if (lead == 0 && ParticipleCues.follows(d, cue, cueText, sStart))
            return participles.read(d, cue, len, cueText, cueSpan, previous);
        // "Ukraine has also said", "the union is demanding that …": the subject ends before the cue's verb group
        int j = verbGroups.subjectEnd(d, cue, len, cueText, beforeThat, sStart, sEnd);
        // "did not say whether …", "never said the union would …": what the speaker did not say is no quote
        if (VerbGroups.negated(d, j + 1, cue))
            return null;
        // "Sen. David Perdue (R-Ga.) said": a bracketed affiliation stands between the name and the cue
        j = NounPhrases.skipBracket(d, j, sStart);
        NamePhrase sp = null;
        int npStart = j + 1;
        if (j >= sStart && d.word(j).equals(",")) {
            sp = asides.apposition(d, j, sStart);
            if (sp != null)
                npStart = d.tokenAt(sp.span().start());
        }
        if (sp == null) {
            npStart = listStart(d, phrases.npLeft(d, j, sStart), j, sStart);
            int from = npStart <= j ? towns.subjectStart(d, npStart, j + 1, sStart) : -1;
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
        // "Many at the meeting — including two councillors — said …": the subject before a dashed aside, not a name after the cue
        if (sp == null && npStart > j) {
            NamePhrase dashed = modified.beforeDashes(d, j, sStart);
            if (dashed != null) {
                sp = dashed;
                npStart = d.tokenAt(dashed.span().start());
            }
        }
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
            // "said Marlow campaign manager Jon Kerrig", "said another leading advocate, Jane Roe": the person the
            // phrase ends with, where the parser read none or only a word before it ("Marlow's campaign manager …")
            NamePhrase trailing = afterWords && (inverted == null || inverted.form() != NamePhrase.Form.PRONOUN) ? trailingNames.after(d, after, sEnd) : null;
            if (trailing != null && (inverted == null || inverted.span().end() < trailing.span().start())) {
                inverted = trailing;
                npEnd = d.tokenAt(trailing.span().end() - 1) + 1;
            }
            if (inverted != null && afterWords && !(inverted.form() == NamePhrase.Form.PRONOUN && cue > sStart && !d.word(cue - 1).equals(","))) {
                // "… may be “strategic,” said X": the comma may stand inside the closing quotation mark
                int comma = cue - 1 > sStart && !d.word(cue - 1).equals(",") && d.inQuote(cue - 1) && d.word(cue - 2).equals(",") ? cue - 2 : cue - 1;
                Span content = comma > sStart && d.word(comma).equals(",") && !Clauses.mostlyInQuote(d, sStart, comma) ? Clauses.of(d, sStart, comma) : null;
                return new Attribution(cueSpan, cueText, inverted, content, sentence, Adjuncts.mediumIn(Clauses.text(d, npEnd, sEnd)));
            }
        }
        if (sp == null) {
            // "Humphrey, who calls Trump a “sociopath,” said", "Trump - who once said … - said": past the aside
            NamePhrase held = asides.beforeAside(d, j, sStart);
            if (held != null) {
                sp = held;
                npStart = d.tokenAt(held.span().start());
            }
        }
        // "Hallam and his lawyers have said": the name that leads a coordinated subject, where the parser read only
        // the second conjunct or nothing
        if (sp == null || sp.form() == NamePhrase.Form.ROLE || sp.form() == NamePhrase.Form.DESCRIPTION
                || npStart - 1 > sStart && npStart <= j && d.word(npStart - 1).equals("and")) {
            NamePhrase first = subjectAdjuncts.firstConjunct(d, j, sStart);
            if (first != null) {
                sp = first;
                npStart = d.tokenAt(first.span().start());
            }
        }
        if (sp == null) {
            // "Hallam at the time said", "Hallam in a blog post said": the name before an adjunct
            NamePhrase named = subjectAdjuncts.before(d, j, sStart);
            if (named != null) {
                sp = named;
                npStart = d.tokenAt(named.span().start());
            }
        }
        if (sp == null) {
            // a subject the name parser does not read: "… and said", "Many in the crowd said"
            sp = subjects.before(d, j, sStart, previous);
            // "Sources close to the mayor say", "Parents who packed the hall say": a head noun and its modifier
            if (sp == null)
                sp = modified.before(d, j, sStart);
            if (sp == null)
                return null;
            npStart = Math.min(j + 1, d.tokenAt(sp.span().start()));
        }
        // "member states", "his claims", "little hope": a cue that is also a noun needs a subject that names someone,
        // or for a plural verb ("farmers fear", "polls show") a plural subject
        if (CUE_NOUNS.contains(cueText) && (sp.form() == NamePhrase.Form.ROLE || sp.form() == NamePhrase.Form.DESCRIPTION)
                && (cueText.endsWith("s") || !hasPlural(sp.name())) && !namesEvidence(sp.name()))
            return null;

        // the audience of "told": "told Reuters", "told leaders"
        int from = audiences.past(d, after, verb, sEnd, medium);
        from = questions.questionAfter(d, from, verb, sEnd);
        // "repeated his demand that …": the clause of a noun that names the speaker's own saying
        from = NounObjects.clauseStart(d, from, sEnd);
        // "said earlier on Friday during a news conference that …": the clause opens at the "that" past the adjunct
        from = AdjunctThat.past(d, from, sEnd, medium);
        // a clause's "that" after the cue: what follows is what was said, even where it opens with an adjunct of its
        // own ("said that after the vote, …"), never a cue closing the sentence
        boolean thatClause = from + 1 < sEnd && d.word(from).equals("that") && !d.inQuote(from) && ThatCues.opensClause(d.word(from + 1));
        int sentenceEndChar = Clauses.contentEnd(d, sStart, sEnd);
        int startChar = from < sEnd ? d.span(from).start() : sentenceEndChar;
        int contentStart = Adjuncts.skip(d.text, startChar, Math.max(startChar, sentenceEndChar), medium);
        int clauseEnd = Clauses.commaBefore(d, npStart, sStart);
        // "After the vote, he vowed to rebuild …": a commissive's infinitive is what it reports, not an adjunct
        boolean trailing = !beforeThat && !thatClause && !Infinitives.follows(d, verb, from) && clauseEnd > d.span(sStart).start() && Clauses.words(d.text, d.span(sStart).start(), clauseEnd) >= 4
                && !FrontAdjuncts.is(d.text.substring(d.span(sStart).start(), clauseEnd))
                && (d.text.substring(Math.min(contentStart, sentenceEndChar), sentenceEndChar).replaceAll("[\\p{P}\\s]", "").isEmpty()
                || d.text.charAt(startChar) == ','
                || ClauseEnds.TRAILING_STARTERS.contains(ClauseEnds.firstWord(d.text, contentStart, sentenceEndChar)));
        if (trailing) {
            if (medium[0] == null)
                medium[0] = Adjuncts.mediumIn(d.text.substring(startChar, Math.max(startChar, sentenceEndChar)));
            return new Attribution(cueSpan, cueText, sp, Clauses.trim(d.text, d.span(sStart).start(), clauseEnd), sentence, medium[0],
                    ClauseEnds.rest(d.text, startChar, sentenceEndChar));
        }
        if (quoteBefore(d, npStart, sStart) || QUOTE_ONLY.contains(verb.toLowerCase(Locale.ROOT)) || QUOTE_ONLY_CUES.contains(verb))
            return new Attribution(cueSpan, cueText, sp, null, sentence, medium[0]);
        int contentEnd = ClauseEnds.cut(d.text, contentStart, sentenceEndChar);
        // "Podesta, who said the project was vetted, said …", "Among riders who said the fares rose, half …": a
        // relative clause ends at its comma
        if (j > sStart && d.word(j).equalsIgnoreCase("who") && d.text.indexOf(',', contentStart) >= 0)
            contentEnd = Math.min(contentEnd, d.text.indexOf(',', contentStart));
        // "Although the mayor said the ferry would run, the board …": a clause in front of its main clause ends at its comma
        contentEnd = FrontClauses.end(d, npStart, sStart, startChar, contentStart, contentEnd);
        Span content = contentStart < sentenceEndChar ? Complements.of(d.text, startChar, Clauses.trim(d.text, contentStart, contentEnd)) : null;
        return new Attribution(cueSpan, cueText, sp, content, sentence, medium[0]);
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
        if (i < 0 || d.text.charAt(i) != '”' && d.text.charAt(i) != '"')
            return false;
        // "on Fox News’ “Hannity,” Gingrich said …": the name of a show before the speaker is no quote of theirs
        for (Quoted q : d.quotes)
            if (q.outer().end() == i + 1)
                return !QuotedTitles.isNamed(d.text, q) && !QuotedTitles.afterPreposition(d.text, q);
        return true;
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
}

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
    /** Cues whose object is the audience, not part of what was said: "told Reuters", "told leaders". */
    private static final Set<String> OBJECT_CUES = Set.of("told", "tells", "tell", "telling");
    /** Cues that attribute quoted words but report no clause: "hailed the summit as “a historic step”". */
    private static final Set<String> QUOTE_ONLY = Set.of("hailed", "joked", "for");
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile(
            ",\\s+(?:but|while|whereas|although|though|at|during|ahead of|amid|after|before|in the|on the|accompanying|as part of|which)\\b|\\s[—–]\\s|\\s--\\s");
    private static final Set<String> TRAILING_STARTERS = Set.of("when", "as", "after", "while", "before", "during", "in",
            "at", "on", "to", "without", "adding", "noting", "saying");

    private static final org.dossier.extract.WordList CUES = org.dossier.extract.WordList.load("speech-cues.txt");
    /** Cues that are also plural nouns: "member states", "his claims". */
    static final org.dossier.extract.WordList CUE_NOUNS = org.dossier.extract.WordList.load("cue-nouns.txt");
    private final Names lex;
    private final NamePhraseParser parser;
    private final NounPhrases phrases;
    private final NoVerbCues noVerb;
    private final Subjects subjects;

    CueReader(Names lex, NamePhraseParser parser) {
        this.lex = lex;
        this.parser = parser;
        this.phrases = new NounPhrases(lex);
        this.noVerb = new NoVerbCues(parser, phrases, CUES);
        this.subjects = new Subjects(parser, phrases, CUES);
    }

    List<Attribution> read(DocTokens d) {
        List<Attribution> out = new ArrayList<>();
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
            if (view != null) {
                out.add(view);
                continue;
            }
            int len = cueLength(d, i);
            if (len == 0)
                continue;
            Attribution a = attribute(d, i, len, out.isEmpty() ? null : out.get(out.size() - 1));
            if (a != null)
                out.add(a);
            i += len - 1;
        }
        return out;
    }

    /** The number of tokens of the cue starting at {@code i}, or 0. */
    private int cueLength(DocTokens d, int i) {
        for (int len = Math.min(CUES.longest(), d.size() - i); len >= 1; len--) {
            if (d.sentenceOf[i + len - 1] != d.sentenceOf[i])
                continue;
            StringBuilder b = new StringBuilder();
            for (int k = i; k < i + len; k++)
                b.append(k > i ? " " : "").append(d.word(k));
            // cues are verbs, written in lower case ("States" in "United States" is no cue), but for the first word
            // of a sentence ("According to …", "Said Ellis: …")
            if (CUES.contains(b.toString()) && (Character.isLowerCase(d.word(i).charAt(0)) || i == d.sentenceStart(d.sentenceOf[i])))
                return len;
        }
        return 0;
    }

    private Attribution attribute(DocTokens d, int cue, int len, Attribution previous) {
        int sentence = d.sentenceOf[cue];
        int sStart = d.sentenceStart(sentence), sEnd = d.sentenceEnd(sentence);
        String cueText = text(d, cue, cue + len);
        Span cueSpan = new Span(d.span(cue).start(), d.span(cue + len - 1).end());
        boolean according = cueText.equalsIgnoreCase("according to");
        String[] medium = {null};

        if (according) {
            int npEnd = phrases.npRight(d, cue + len, sEnd);
            NamePhrase sp = parser.parse(d.tokens.subList(cue + len, npEnd));
            if (sp == null)
                return null;
            Span content = cue > sStart && d.word(cue - 1).equals(",")
                    ? clause(d, sStart, cue - 1)
                    : npEnd < sEnd && d.word(npEnd).equals(",") ? clause(d, npEnd + 1, sEnd) : null;
            return new Attribution(cueSpan, "according to", sp, content, sentence, null);
        }

        // "…, noting that …": a participle cue shares the subject of the clause it follows
        if (cueText.endsWith("ing") && cue > sStart && d.word(cue - 1).equals(",")) {
            if (previous == null || previous.sentence() != sentence)
                return null;
            Span content = forward(d, cue + len, sStart, sEnd, new String[1]);
            return new Attribution(cueSpan, cueText, previous.speaker(), content, sentence, null);
        }
        int j = cue - 1;
        while (j >= sStart && !d.inQuote(j) && BETWEEN.contains(d.word(j).toLowerCase(Locale.ROOT)))
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
            npStart = phrases.npLeft(d, j, sStart);
            if (npStart <= j)
                sp = parser.parse(d.tokens.subList(npStart, j + 1));
        }
        int after = cue + len;
        if (sp == null && (npStart > j)) {
            // "…, said Mr. Ushakov."
            int npEnd = phrases.npRight(d, after, sEnd);
            NamePhrase inverted = npEnd > after ? parser.parse(d.tokens.subList(after, npEnd)) : null;
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
            // a subject the name parser does not read: "… and said", "Many in the crowd said"
            sp = subjects.before(d, j, sStart, previous);
            if (sp == null)
                return null;
            npStart = Math.min(j + 1, d.tokenAt(sp.span().start()));
        }
        // "member states", "his claims", "little hope": a cue that is also a noun needs a subject that names someone,
        // or for a plural verb ("farmers fear", "polls show") a plural subject
        if (CUE_NOUNS.contains(cueText) && (sp.form() == NamePhrase.Form.ROLE || sp.form() == NamePhrase.Form.DESCRIPTION)
                && (cueText.endsWith("s") || !hasPlural(sp.name())))
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
            from = objEnd;
        }
        int sentenceEndChar = contentEnd(d, sStart, sEnd);
        int startChar = from < sEnd ? d.span(from).start() : sentenceEndChar;
        int contentStart = Adjuncts.skip(d.text, startChar, Math.max(startChar, sentenceEndChar), medium);
        int clauseEnd = commaBefore(d, npStart, sStart);
        boolean trailing = clauseEnd > d.span(sStart).start() && words(d.text, d.span(sStart).start(), clauseEnd) >= 4
                && (d.text.substring(Math.min(contentStart, sentenceEndChar), sentenceEndChar).replaceAll("[\\p{P}\\s]", "").isEmpty()
                || d.text.charAt(startChar) == ','
                || TRAILING_STARTERS.contains(firstWord(d.text, contentStart, sentenceEndChar)));
        if (trailing) {
            if (medium[0] == null)
                medium[0] = Adjuncts.mediumIn(d.text.substring(startChar, Math.max(startChar, sentenceEndChar)));
            return new Attribution(cueSpan, cueText, sp, trim(d.text, d.span(sStart).start(), clauseEnd), sentence, medium[0]);
        }
        if (quoteBefore(d, npStart, sStart) || QUOTE_ONLY.contains(cueText.toLowerCase(Locale.ROOT)))
            return new Attribution(cueSpan, cueText, sp, null, sentence, medium[0]);
        int contentEnd = clauseCut(d.text, contentStart, sentenceEndChar);
        // "Podesta, who said the project was vetted, said …": a relative clause ends at its comma
        if (j > sStart && d.word(j).equalsIgnoreCase("who") && d.word(j - 1).equals(",") && d.text.indexOf(',', contentStart) >= 0)
            contentEnd = Math.min(contentEnd, d.text.indexOf(',', contentStart));
        Span content = contentStart < sentenceEndChar ? trim(d.text, contentStart, contentEnd) : null;
        return new Attribution(cueSpan, cueText, sp, content, sentence, medium[0]);
    }

    /** Whether tokens {@code [from, to)} lie inside quotation marks, all but a few: a direct quote, not a report. */
    private static boolean mostlyInQuote(DocTokens d, int from, int to) {
        int outside = 0;
        for (int k = from; k < to; k++)
            if (!d.inQuote(k) && Character.isLetterOrDigit(d.word(k).charAt(0)))
                outside++;
        return outside < 3;
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

    /**
     * Where a reported clause ends: at the sentence's end, or earlier where a comma starts a new clause or an
     * adjunct ("…, but seven leaders joined", "…, at the start of the summit").
     */
    private static int clauseCut(String text, int from, int to) {
        // adjuncts skipped past the sentence's end leave no clause to cut
        if (from >= to)
            return to;
        java.util.regex.Matcher m = CLAUSE_BREAK.matcher(text.substring(from, to));
        return m.find() ? from + m.start() : to;
    }

    /** The reported clause after a cue ending at token {@code from}: past "that" and adjuncts, to the sentence's end. */
    private static Span forward(DocTokens d, int from, int sStart, int sEnd, String[] medium) {
        int sentenceEndChar = contentEnd(d, sStart, sEnd);
        int startChar = from < sEnd ? d.span(from).start() : sentenceEndChar;
        int contentStart = Adjuncts.skip(d.text, startChar, Math.max(startChar, sentenceEndChar), medium);
        return contentStart < sentenceEndChar ? trim(d.text, contentStart, sentenceEndChar) : null;
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
        int k = comma - 1;
        while (k >= sStart && !d.word(k).equals(",") && !d.inQuote(k) && comma - k < 24)
            k--;
        if (k < sStart || !d.word(k).equals(",") || k == comma - 1)
            return null;
        NamePhrase before = null;
        int nameEnd = NounPhrases.skipBracket(d, k - 1, sStart);
        int start = phrases.npLeft(d, nameEnd, sStart);
        if (start <= nameEnd) {
            before = parser.parse(d.tokens.subList(start, nameEnd + 1));
            // a description ending a clause ("…, the official said") is no apposition; a person's name is one wherever it stands
            boolean person = before != null && before.form() == NamePhrase.Form.NAME && before.kind() == org.dossier.model.ActorKind.PERSON;
            if (before != null && !person && start > sStart && !d.word(start - 1).equals(",") && !isClauseOpener(d, start - 1))
                before = null;
        }
        boolean clause = Character.isLowerCase(d.word(k + 1).charAt(0)) && !lex.isDeterminer(d.word(k + 1));
        NamePhrase aside = clause ? null : parser.parse(d.tokens.subList(k + 1, comma));
        if (before != null && (before.form() == NamePhrase.Form.NAME || before.form() == NamePhrase.Form.ENTITY)) {
            String role = clause ? null : text(d, k + 1, comma);
            String country = before.country() != null || aside == null ? before.country() : aside.country();
            return new NamePhrase(before.form(), before.name(), role == null ? before.role() : role, before.kind(), country,
                    new Span(before.span().start(), d.span(comma - 1).end()));
        }
        if (aside != null && aside.form() == NamePhrase.Form.NAME)
            return aside;
        return null;
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

    private static int words(String text, int s, int e) {
        return e <= s ? 0 : text.substring(s, e).trim().split("\\s+").length;
    }

    private static String firstWord(String text, int s, int e) {
        if (s >= e)
            return "";
        String[] w = text.substring(s, e).trim().split("\\s+");
        return w.length == 0 ? "" : w[0].toLowerCase(Locale.ROOT);
    }
}

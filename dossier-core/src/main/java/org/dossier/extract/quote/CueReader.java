package org.dossier.extract.quote;

import org.dossier.extract.actor.NamePhrase;
import org.dossier.extract.actor.NamePhraseParser;
import org.dossier.extract.actor.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.Token;
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
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "that", "this", "is", "was", "are", "were", "be", "been", "has", "have", "had",
            "it", "its", "not", "as", "which", "who");

    private static final org.dossier.extract.WordList CUES = org.dossier.extract.WordList.load("speech-cues.txt");
    private final Names lex;
    private final NamePhraseParser parser;

    CueReader(Names lex, NamePhraseParser parser) {
        this.lex = lex;
        this.parser = parser;
    }

    List<Attribution> read(DocTokens d) {
        List<Attribution> out = new ArrayList<>();
        for (Quoted q : d.quotes) {
            Attribution signed = signature(d, q);
            if (signed != null)
                out.add(signed);
        }
        for (int i = 0; i < d.size(); i++) {
            if (d.inQuote(i))
                continue;
            Attribution view = viewpoint(d, i);
            if (view == null)
                view = labelled(d, i);
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

    /**
     * "“…” ― Krystal Correa": a quote signed with a dash and a name that ends the paragraph, as vox pops and
     * epigraphs are printed. The dash is the cue.
     */
    private Attribution signature(DocTokens d, Quoted q) {
        int i = q.outer().end();
        while (i < d.text.length() && d.text.charAt(i) == ' ')
            i++;
        if (i >= d.text.length() || "―—–-".indexOf(d.text.charAt(i)) < 0)
            return null;
        int dashEnd = i + 1;
        while (dashEnd < d.text.length() && d.text.charAt(dashEnd) == '-')
            dashEnd++;
        int start = d.tokenAt(dashEnd);
        if (start >= d.size() || d.breakBetween(q.outer().end(), d.span(start).start()))
            return null;
        int sentence = d.sentenceOf[start];
        int end = npRight(d, start, d.sentenceEnd(sentence));
        if (end == start)
            return null;
        // the name must close the paragraph (a full stop or a comma and an aside may follow)
        int after = d.span(end - 1).end();
        int eol = d.text.indexOf('\n', after);
        String rest = d.text.substring(after, eol < 0 ? d.text.length() : eol).replaceAll("[\\s\\p{Z}]+", "");
        if (!rest.isEmpty() && !rest.startsWith(",") && !rest.equals("."))
            return null;
        NamePhrase sp = parser.parse(d.tokens.subList(start, end));
        if (sp == null || sp.form() != NamePhrase.Form.NAME)
            return null;
        return new Attribution(new Span(i, dashEnd), "—", sp, null, sentence, null);
    }

    /**
     * "For Emmanuel Macron, … Russia “has shown its willingness …”": a sentence that opens with "For" and a person
     * gives that person's view; it attributes the sentence's quotes and reports nothing itself.
     */
    private Attribution viewpoint(DocTokens d, int i) {
        int sentence = d.sentenceOf[i];
        int sStart = d.sentenceStart(sentence), sEnd = d.sentenceEnd(sentence);
        if (i != sStart || !d.word(i).equals("For"))
            return null;
        int npEnd = npRight(d, i + 1, sEnd);
        if (npEnd >= sEnd || !d.word(npEnd).equals(","))
            return null;
        NamePhrase sp = parser.parse(d.tokens.subList(i + 1, npEnd));
        if (sp == null || sp.form() != NamePhrase.Form.NAME || sp.kind() != org.dossier.model.ActorKind.PERSON)
            return null;
        return new Attribution(d.span(i), "for", sp, null, sentence, null);
    }

    /**
     * "Sanders: Clinton needs to get away from personality": a sentence (a headline, a transcript line) that opens with
     * a name and a colon reports what follows as that person's words.
     */
    private Attribution labelled(DocTokens d, int i) {
        int sentence = d.sentenceOf[i];
        int sStart = d.sentenceStart(sentence), sEnd = d.sentenceEnd(sentence);
        if (i != sStart || CUES.contains(d.word(i)))
            return null;
        int npEnd = npRight(d, i, sEnd);
        if (npEnd == i || npEnd >= sEnd - 1 || !d.word(npEnd).equals(":") || npEnd - i > 6)
            return null;
        NamePhrase sp = parser.parse(d.tokens.subList(i, npEnd));
        if (sp == null || sp.form() != NamePhrase.Form.NAME && sp.form() != NamePhrase.Form.ENTITY)
            return null;
        Span content = clause(d, npEnd + 1, sEnd);
        return new Attribution(d.span(npEnd), ":", sp, content, sentence, null);
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
            int npEnd = npRight(d, cue + len, sEnd);
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
        j = skipBracket(d, j, sStart);
        NamePhrase sp = null;
        int npStart = j + 1;
        if (j >= sStart && d.word(j).equals(",")) {
            sp = apposition(d, j, sStart);
            if (sp != null)
                npStart = d.tokenAt(sp.span().start());
        }
        if (sp == null) {
            npStart = npLeft(d, j, sStart);
            if (npStart <= j)
                sp = parser.parse(d.tokens.subList(npStart, j + 1));
        }
        int after = cue + len;
        if (sp == null && (npStart > j)) {
            // "…, said Mr. Ushakov."
            int npEnd = npRight(d, after, sEnd);
            if (npEnd > after)
                sp = parser.parse(d.tokens.subList(after, npEnd));
            if (sp == null || sp.form() == NamePhrase.Form.PRONOUN && cue > sStart && !d.word(cue - 1).equals(","))
                return null;
            after = npEnd;
            Span content = cue - 1 > sStart && d.word(cue - 1).equals(",") ? clause(d, sStart, cue - 1) : null;
            return new Attribution(cueSpan, cueText, sp, content, sentence, Adjuncts.mediumIn(text(d, after, sEnd)));
        }
        if (sp == null)
            return null;

        // the object of "told", "urged": "told Reuters", "told leaders"
        int from = after;
        if (OBJECT_CUES.contains(cueText.toLowerCase(Locale.ROOT)) && from < sEnd && !d.inQuote(from)) {
            int objEnd = npRight(d, from, sEnd);
            while (objEnd > from && objEnd < sEnd && d.word(objEnd).matches("\\d+"))
                objEnd++;
            if (objEnd == from && !FUNCTION.contains(d.word(from).toLowerCase(Locale.ROOT)) && Character.isLowerCase(d.word(from).charAt(0)))
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
        Span content = contentStart < sentenceEndChar ? trim(d.text, contentStart, clauseCut(d.text, contentStart, sentenceEndChar)) : null;
        return new Attribution(cueSpan, cueText, sp, content, sentence, medium[0]);
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
        int nameEnd = skipBracket(d, k - 1, sStart);
        int start = npLeft(d, nameEnd, sStart);
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

    /** The token before a bracketed aside that ends at token {@code j} ("(R-Ohio)"), or {@code j} when there is none. */
    private static int skipBracket(DocTokens d, int j, int sStart) {
        if (j <= sStart || !d.word(j).equals(")"))
            return j;
        int open = j;
        while (open > sStart && !d.word(open).equals("(") && j - open < 8)
            open--;
        return d.word(open).equals("(") ? open - 1 : j;
    }

    /** Whether the token before a phrase lets the phrase open a sentence's subject: "and", "but", a colon. */
    private static boolean isClauseOpener(DocTokens d, int k) {
        return Set.of("and", "but", ":", ";", "—", "--", "*").contains(d.word(k).toLowerCase(Locale.ROOT));
    }

    /** The first token of the noun phrase that ends at token {@code end} (inclusive), scanning left. */
    private int npLeft(DocTokens d, int end, int sStart) {
        int k = end, lowercase = 0;
        while (k >= sStart && !d.inQuote(k)) {
            String w = d.word(k);
            boolean ok = isNpWord(d, k, end);
            if (!ok && lowercase < 2 && k < end && isModifier(d, k)
                    && (lex.orgNouns.contains(d.word(k + 1)) || lex.personNouns.contains(d.word(k + 1)) || lex.titles.contains(d.word(k + 1))
                    || k > sStart && lex.isDeterminer(d.word(k - 1)) && lex.isNameWord(d.word(k + 1)))) {
                ok = true;
                lowercase++;
            }
            if (!ok)
                break;
            k--;
        }
        // a phrase does not start with "of", "and" or a possessive
        int start = k + 1;
        while (start <= end && Set.of("of", "and", "from", "'s", "’s").contains(d.word(start).toLowerCase(Locale.ROOT)))
            start++;
        return start;
    }

    /** One past the last token of the noun phrase that starts at {@code start}, scanning right. */
    private int npRight(DocTokens d, int start, int sEnd) {
        int k = start;
        // "conservative talk radio host Rush Limbaugh": lower-case words that lead up to a title or a name
        int lead = start;
        while (lead < sEnd && lead - start < 4 && isModifier(d, lead))
            lead++;
        if (lead > start && lead < sEnd && (lex.titles.contains(d.word(lead)) || lex.isNameWord(d.word(lead))))
            k = lead;
        while (k < sEnd && !d.inQuote(k) && (isNpWord(d, k, sEnd)
                // "the harbour master Jens Olsen": a common noun between a determiner and a name
                || k > start && lex.isDeterminer(d.word(k - 1)) && isModifier(d, k) && k + 1 < sEnd
                && (lex.isNameWord(d.word(k + 1)) || k + 2 < sEnd && isModifier(d, k + 1) && lex.isNameWord(d.word(k + 2)))
                || k > start + 1 && lex.isDeterminer(d.word(k - 2)) && isModifier(d, k - 1) && isModifier(d, k) && k + 1 < sEnd && lex.isNameWord(d.word(k + 1))))
            k++;
        while (k > start && Set.of("of", "and", "from", "the", "a", "an").contains(d.word(k - 1).toLowerCase(Locale.ROOT)))
            k--;
        return k;
    }

    /** A lower-case content word that may modify a noun: not a function word, a participle or a verb form. */
    private static boolean isModifier(DocTokens d, int k) {
        String w = d.word(k);
        return Character.isLowerCase(w.charAt(0)) && !FUNCTION.contains(w.toLowerCase(Locale.ROOT))
                && !w.endsWith("ed") && !w.endsWith("ing") && w.chars().allMatch(Character::isLetter);
    }

    private boolean isNpWord(DocTokens d, int k, int limit) {
        String w = d.word(k);
        String lw = w.toLowerCase(Locale.ROOT);
        if (w.equals(",") || w.equals(".") && k > 0)
            return false;
        if (lex.isNameWord(w) || lex.titles.contains(w) || lex.orgNouns.contains(w) || lex.personNouns.contains(w)
                || lex.isDeterminer(w) || lex.isPronoun(w) || w.matches("\\p{Lu}\\.") || w.equals("'s") || w.equals("’s"))
            return true;
        if ((lw.equals("of") || lw.equals("and") || lw.equals("from") || lw.equals("von") || lw.equals("der")) && k + 1 < d.size()
                && (Character.isUpperCase(d.word(k + 1).charAt(0))
                || d.word(k + 1).equals("the") && k + 2 < d.size() && Character.isUpperCase(d.word(k + 2).charAt(0))))
            return true;
        return Character.isUpperCase(w.charAt(0)) && !FUNCTION.contains(lw) && w.length() > 1 && lex.isNameWord(w);
    }

    /** The character span of tokens {@code [from, to)} without quotation marks and final punctuation around it. */
    private static Span clause(DocTokens d, int from, int to) {
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

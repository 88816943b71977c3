package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.model.Span;

/**
 * The tokens of a document in one list, with the sentence of each and whether it lies inside quotation marks:
 * the view the quote extractor works on.
 */
final class DocTokens {
    final String text;
    final List<Token> tokens = new ArrayList<>();
    final List<Sentence> sentences;
    final int[] sentenceOf;
    final int[] quoteOf;
    final List<Quoted> quotes;

    DocTokens(AnnotatedDocument doc) {
        this.text = doc.text();
        this.sentences = doc.sentences();
        for (Sentence s : sentences)
            tokens.addAll(s.tokens());
        sentenceOf = new int[tokens.size()];
        int k = 0;
        for (Sentence s : sentences)
            for (int i = 0; i < s.tokens().size(); i++)
                sentenceOf[k++] = s.index();
        quotes = QuoteMarks.find(text);
        quoteOf = new int[tokens.size()];
        int q = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Span t = tokens.get(i).span();
            while (q < quotes.size() && quotes.get(q).outer().end() <= t.start())
                q++;
            quoteOf[i] = q < quotes.size() && quotes.get(q).outer().contains(t) ? q : -1;
        }
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        return tokens.get(i).word();
    }

    Span span(int i) {
        return tokens.get(i).span();
    }

    /** The words of tokens {@code [from, to)} joined by single spaces, as word lists write their entries. */
    String words(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++)
            b.append(k > from ? " " : "").append(word(k));
        return b.toString();
    }

    /** Whether character {@code offset} opens its paragraph: the text opens there or a line break precedes it. */
    boolean opensParagraph(int offset) {
        return text.substring(text.lastIndexOf('\n', offset) + 1, offset).isBlank();
    }

    boolean inQuote(int i) {
        return quoteOf[i] >= 0;
    }

    /** The first token of sentence {@code s}. */
    int sentenceStart(int s) {
        int k = 0;
        for (int i = 0; i < s; i++)
            k += sentences.get(i).tokens().size();
        return k;
    }

    /** One past the last token of sentence {@code s}. */
    int sentenceEnd(int s) {
        return sentenceStart(s) + sentences.get(s).tokens().size();
    }

    /** Whether a paragraph break lies between character offsets {@code a} and {@code b}. */
    boolean breakBetween(int a, int b) {
        return text.substring(Math.min(a, b), Math.max(a, b)).indexOf('\n') >= 0;
    }

    /** The token index whose span starts at or after {@code offset}. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++)
            if (tokens.get(i).span().end() > offset)
                return i;
        return tokens.size();
    }
}

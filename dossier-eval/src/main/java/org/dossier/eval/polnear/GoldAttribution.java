package org.dossier.eval.polnear;

import java.util.List;
import java.util.stream.Collectors;
import org.dossier.model.Span;

/**
 * One annotated attribution of a PolNeAR article: what was said or believed, the cue, and who said it.
 * Discontinuous brat spans are kept piece by piece for the content; the cue and the source, which only
 * get compared as text, are one span from the first piece's start to the last piece's end.
 *
 * @param content the content pieces in text order, never empty
 * @param cue     the cue (said, told, according to), or null when not annotated
 * @param source  the source (speaker), or null when the attribution has none
 * @param kind    {@code direct} when every letter or digit of the content lies inside quotation marks, else
 *                {@code indirect} (see {@link QuoteMarks})
 */
public record GoldAttribution(List<Span> content, Span cue, Span source, String kind) {
    public GoldAttribution {
        content = List.copyOf(content);
        if (content.isEmpty())
            throw new IllegalArgumentException("an attribution needs content");
        SystemQuote.checkKind(kind);
    }

    /** The content's text in {@code text}, pieces joined by one space as brat writes them. */
    public String contentText(String text) {
        return content.stream().map(s -> s.of(text)).collect(Collectors.joining(" "));
    }

    /** The source's text in {@code text}, or null when there is no source. */
    public String sourceText(String text) {
        return source == null ? null : source.of(text);
    }
}

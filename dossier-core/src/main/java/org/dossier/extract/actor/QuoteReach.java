package org.dossier.extract.actor;

import java.util.Set;
import org.dossier.model.Span;

/**
 * How far a direct quote's words reach. The quote stage may close a quote at the end of its sentence or line, while
 * the speaker goes on talking until the closing mark ("We lost. [line] We will be back."): the first person up to that
 * mark is still the speaker's. The reach ends at the first closing mark after the quote, at an opening mark (a new
 * quote, which names its own speaker), or after {@link #LIMIT} characters when no mark comes.
 */
final class QuoteReach {
    /** Characters past the quote's end searched for its closing mark. */
    static final int LIMIT = 600;
    private static final Set<String> CLOSING = Set.of("''", "\u201D", "\"");
    private static final Set<String> OPENING = Set.of("``", "\u201C");

    private QuoteReach() {
    }

    /**
     * The span from the quote's start to the closing mark that ends it: {@code quote} itself where a closing mark
     * follows it at once (after end punctuation), or no closing mark is found within the limit.
     */
    static Span of(String text, Span quote) {
        int i = quote.end();
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || ".,!?;:".indexOf(text.charAt(i)) >= 0))
            i++;
        if (i >= text.length() || mark(text, i, CLOSING) > 0)
            return quote;
        int limit = Math.min(text.length(), quote.end() + LIMIT);
        for (int j = i; j < limit; j++) {
            if (mark(text, j, OPENING) > 0)
                return quote;
            if (mark(text, j, CLOSING) > 0)
                return new Span(quote.start(), j);
        }
        return quote;
    }

    /** The length of the mark of {@code marks} that starts at {@code i}, or 0. */
    private static int mark(String text, int i, Set<String> marks) {
        for (String m : marks)
            if (text.startsWith(m, i))
                return m.length();
        return 0;
    }
}

package org.dossier.extract.actor;

import java.util.List;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Reference;
import org.dossier.model.Span;

/**
 * Records the common noun written right before a body's name as a reference to that body: in "U.S. automaker
 * Chrysler" and "private equity firm Cerberus", "automaker" and "private equity firm" are the body as much as its name
 * is. The descriptor is a run of lower-case words ending in a noun of bodies (those the anaphors list knows after
 * "the": company, automaker, carrier, bank ...); a name before it ("U.S.") stays an actor of its own. So does the
 * head of an apposition after the name: "biggest aircraft maker" in "Airbus, Europe's biggest aircraft maker,".
 */
final class BodyDescriptors {
    /** The most lower-case words a descriptor may have. */
    private static final int LONGEST = 3;

    private BodyDescriptors() {
    }

    static void resolve(String text, DocumentFacts facts) {
        List<ActorOccurrences.Occurrence> named = ActorOccurrences.find(text,
                facts.actors().stream().filter(a -> a.kind() == ActorKind.ORGANIZATION).toList());
        for (ActorOccurrences.Occurrence o : named) {
            Span d = descriptor(text, o.span().start());
            if (d != null)
                facts.add(new Reference(o.actor().key(), d));
            Span a = apposition(text, o.span().end());
            if (a != null)
                facts.add(new Reference(o.actor().key(), a));
        }
    }

    /** A comma, the apposition up to the next comma or stop, and that stop. */
    private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile("^\\s*,\\s*([^,.;:()]{3,120}?)\\s*[,.;]");
    /** The stop after a capital initial that another initial or a lower-case word follows: both of "U.S. car". */
    private static final java.util.regex.Pattern INITIAL_STOP = java.util.regex.Pattern.compile("(?<=\\b\\p{Lu})\\.(?=\\p{Lu}\\b|\\s+\\p{Ll})");
    private static final java.util.regex.Pattern PREPOSITION = java.util.regex.Pattern.compile("\\s(?:of|in|at|for|from|with|on)\\s");

    /**
     * The head of an apposition after a body's name ending at {@code nameEnd} — "Airbus, Europe's biggest aircraft
     * maker," gives "biggest aircraft maker" — or null: the run of lower-case words that ends in a noun of bodies,
     * before any preposition ("the second-largest bank in the US" gives "second-largest bank").
     */
    static Span apposition(String text, int nameEnd) {
        // the stops of initials inside the apposition ("another U.S. car maker") end nothing: masked, offsets kept
        String after = INITIAL_STOP.matcher(text.substring(nameEnd, Math.min(text.length(), nameEnd + 140))).replaceAll("\u00B7");
        java.util.regex.Matcher m = APPOSITION.matcher(after);
        if (!m.find())
            return null;
        int from = nameEnd + m.start(1);
        String body = m.group(1);
        java.util.regex.Matcher p = PREPOSITION.matcher(body);
        int headEnd = from + (p.find() ? p.start() : body.length());
        List<int[]> words = new java.util.ArrayList<>();
        java.util.regex.Matcher w = WORD.matcher(text.substring(from, headEnd));
        while (w.find())
            words.add(new int[]{from + w.start(), from + w.end()});
        if (words.isEmpty() || words.size() > 6 || !Anaphora.isBodyNoun(text.substring(words.get(words.size() - 1)[0], headEnd)))
            return null;
        int start = words.get(words.size() - 1)[0];
        for (int k = words.size() - 2; k >= 0; k--) {
            String x = text.substring(words.get(k)[0], words.get(k)[1]);
            if (!x.chars().allMatch(c -> Character.isLowerCase(c) || c == '-') || ARTICLES.contains(x) || x.equals("which") || x.equals("who"))
                break;
            start = words.get(k)[0];
        }
        return new Span(start, headEnd);
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\S+");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");

    /** The descriptor ending right before {@code nameStart}, or null. */
    static Span descriptor(String text, int nameStart) {
        int from = Math.max(0, nameStart - 80);
        List<int[]> words = new java.util.ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(text.substring(from, nameStart));
        while (m.find())
            words.add(new int[]{from + m.start(), from + m.end()});
        // the name must follow its descriptor after a space: "automaker Chrysler", not "automaker, Chrysler"
        if (words.isEmpty() || words.get(words.size() - 1)[1] == nameStart)
            return null;
        int k = words.size() - 1;
        if (!Anaphora.isBodyNoun(text.substring(words.get(k)[0], words.get(k)[1])))
            return null;
        int start = words.get(k)[0], end = words.get(k)[1];
        for (int n = 1; n < LONGEST && k - n >= 0; n++) {
            String w = text.substring(words.get(k - n)[0], words.get(k - n)[1]);
            if (!w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-') || ARTICLES.contains(w))
                break;
            start = words.get(k - n)[0];
        }
        return new Span(start, end);
    }
}

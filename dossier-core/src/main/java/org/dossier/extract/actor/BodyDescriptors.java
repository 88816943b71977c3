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
 * "the": company, automaker, carrier, bank ...); a name before it ("U.S.") stays an actor of its own.
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
        }
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

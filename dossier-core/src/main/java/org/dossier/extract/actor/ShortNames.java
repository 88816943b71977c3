package org.dossier.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.Gazetteer;
import org.dossier.model.Actor;

/**
 * The first word of a body's name, written alone, as the body's short name: an article that names "Vestra Motor
 * Company" once calls it "Vestra" after, also where the short name alone would not be taken for a body ("sales at
 * Vestra", written once). Only where the word is no title, body's noun, given name, adjective or name the gazetteer
 * knows ("General Motors" is not "General", "Singapore Airlines" not "Singapore"), is no actor of its own, and opens
 * the name of one body of the article only ("Apple Corps" and "Apple Inc." leave "Apple" to neither). The other way
 * round, a longer name written with no evidence of its own that opens with a body's name is that body's
 * ({@link #lengthened}).
 */
final class ShortNames {
    /** A capitalized adjective of origin or direction: "European Aeronautic ...", "Western Digital". */
    private static final Pattern ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:an|ian|ean|ese|ish|ic|ern)");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&-]+");

    private final Names names;

    ShortNames(Names names) {
        this.names = names;
    }

    /**
     * The bodies of {@code bodies} with their first word added to their aliases where {@code text} writes it alone;
     * {@code taken} holds the folded names and aliases of the document's other actors.
     */
    List<Actor> add(String text, List<Actor> bodies, Set<String> taken) {
        Map<String, Integer> opening = new HashMap<>();
        Set<String> own = new HashSet<>(taken);
        for (Actor b : bodies) {
            own.add(Gazetteer.key(b.name()));
            b.aliases().forEach(a -> own.add(Gazetteer.key(a)));
            firstWord(b.name()).ifPresent(w -> opening.merge(w, 1, Integer::sum));
        }
        List<Actor> out = new ArrayList<>();
        for (Actor b : bodies) {
            String w = firstWord(b.name()).orElse(null);
            if (w == null || opening.get(w) > 1 || own.contains(Gazetteer.key(w)) || !usable(w) || !writtenAlone(text, w, b.name())) {
                out.add(b);
                continue;
            }
            List<String> aliases = new ArrayList<>(b.aliases());
            aliases.add(w);
            out.add(new Actor(b.key(), b.kind(), b.name(), aliases, b.country(), b.roles()));
        }
        return out;
    }

    /**
     * The longer names of bodies: for each name that is no body by itself but opens with the name of one and adds one
     * or two capitalized words ("Vardo Trucks", written once, where "Vardo" is a body), its forms, which leave
     * {@code forms}, under the key of that body (the longest such) as aliases; the body keeps its own name. Words in
     * capitals or with digits ("KC-45") and names of persons after a body's ("Vardo Ruth Ambler") add nothing.
     * {@code forms} are keyed by folded name as the actor stage collects them, {@code kept} holds the keys of bodies.
     */
    Map<String, List<String>> lengthened(Map<String, List<String>> forms, Set<String> kept) {
        Map<String, List<String>> out = new HashMap<>();
        for (var e : forms.entrySet()) {
            if (kept.contains(e.getKey()) || e.getValue().isEmpty() || !e.getKey().contains(" "))
                continue;
            String best = null;
            for (String k : kept)
                if (e.getKey().startsWith(k + " ") && !forms.get(k).isEmpty() && (best == null || k.length() > best.length()))
                    best = k;
            String body = best;
            if (body == null || !e.getValue().stream().allMatch(w -> adds(w, body)))
                continue;
            out.computeIfAbsent(body, k -> new ArrayList<>()).addAll(e.getValue());
            e.getValue().clear();
        }
        return out;
    }

    /**
     * Whether {@code written} is a body's name {@code base} (folded) and one or two capitalized words of letters, no
     * given name among them.
     */
    private boolean adds(String written, String base) {
        String[] extra = written.substring(Math.min(written.length(), base.length())).strip().split(" ");
        return Gazetteer.key(written).startsWith(base + " ") && extra.length <= 2
                && java.util.Arrays.stream(extra).allMatch(w -> w.matches("\\p{Lu}\\p{Ll}+") && !names.givenNames.contains(w));
    }

    /** The first word of a name of several words, where it is a capitalized word. */
    private static java.util.Optional<String> firstWord(String name) {
        String[] w = name.split(" ");
        return w.length >= 2 && WORD.matcher(w[0]).matches() ? java.util.Optional.of(w[0]) : java.util.Optional.empty();
    }

    /** Whether the word may stand for a body: no title, body's noun, given name, adjective, or name the lists know. */
    private boolean usable(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return !names.titles.contains(lower) && !names.orgNouns.contains(lower) && !names.givenNames.contains(w)
                && !names.personNouns.contains(lower) && !names.isDeterminer(w) && !ADJECTIVE.matcher(w).matches()
                && !ActorExtractor.CORPORATE.contains(lower) && names.gazetteer.find(w).isEmpty() && names.isNameWord(w);
    }

    /**
     * Whether {@code text} writes {@code w} as a word of its own, not opening {@code name} or another capitalized name,
     * and never in lower case (a common word capitalized, "World" of "World Wide Developers Conference", is no name).
     */
    private static boolean writtenAlone(String text, String w, String name) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (!lower.equals(w) && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}])").matcher(text).find())
            return false;
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])").matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
            if (!after.matches("(?s)[ \\t]+\\p{Lu}.*") && !after.matches("(?s)-\\p{L}.*"))
                return true;
        }
        return false;
    }
}

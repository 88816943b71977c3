package org.dossier.extract.actor;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.annotate.Token;
import org.dossier.extract.Gazetteer;
import org.dossier.model.Span;

/**
 * Acronyms a text introduces in parentheses after a name: "Vestland Power Grid (VPG)", "Kestrel Air (KAL)". The
 * acronym is the name's alias whether or not it spells the name's initials, and the introduction is evidence that the
 * name is a body's (persons and places are seldom given one), also after "to" or "in".
 */
final class IntroducedAcronyms {
    /** Two to six capitals, "&" among them: "SIA", "AT&T". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&]{1,5}");
    private static final Set<String> OPEN = Set.of("(", "-LRB-"), CLOSE = Set.of(")", "-RRB-");
    private static final Set<String> BREAKS = Set.of("and", "&", "of");

    private IntroducedAcronyms() {
    }

    /**
     * The acronym written in parentheses at tokens {@code j..j+2}, right after the name at {@code [i, j)}, or null; null
     * too where the name is the tail of a longer one the scan broke ("... Defence and Space Company (EADS)"): after
     * "and", "&", "of" or a capitalized word inside the sentence.
     */
    static String after(List<Token> t, int i, int j) {
        if (j + 2 >= t.size() || !OPEN.contains(t.get(j).word()) || !CLOSE.contains(t.get(j + 2).word()))
            return null;
        if (i > 1 && (BREAKS.contains(t.get(i - 1).word()) || Character.isUpperCase(t.get(i - 1).word().charAt(0))))
            return null;
        String a = t.get(j + 1).word();
        return ACRONYM.matcher(a).matches() ? a : null;
    }

    /**
     * Moves the forms, counts and places of each introduced acronym to the name that introduced it, and counts the
     * introduction itself once more, so that a name written once with its acronym is a body. {@code introduced} maps
     * an acronym as written to the folded key of its name.
     */
    static void merge(Map<String, String> introduced, Map<String, List<String>> forms, Map<String, Integer> counts,
                      Map<String, List<Span>> where) {
        for (var e : introduced.entrySet()) {
            String acronym = Gazetteer.key(e.getKey()), name = e.getValue();
            if (acronym.equals(name) || !forms.containsKey(name))
                continue;
            List<String> moved = forms.getOrDefault(acronym, new java.util.ArrayList<>());
            if (moved.isEmpty())
                moved.add(e.getKey());
            forms.get(name).addAll(moved);
            counts.merge(name, Math.max(1, counts.getOrDefault(acronym, 0)), Integer::sum);
            where.computeIfAbsent(name, k -> new java.util.ArrayList<>()).addAll(where.getOrDefault(acronym, List.of()));
            moved.clear();
            counts.remove(acronym);
        }
    }
}

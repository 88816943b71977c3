package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.Token;
import org.dossier.extract.Resources;

/**
 * The trigger words and the words that retype them, loaded once from {@code event-triggers.tsv},
 * {@code event-objects.tsv}, {@code event-complements.tsv} and {@code event-governors.tsv}: an object noun ("sent
 * soldiers" mobilizes, "sent weapons" aids, "released footage" is no event), the word right after the trigger
 * ("pledged to" promises where "pledged" alone gives) or a word shortly before a noun ("declared a ceasefire"
 * concedes, "violated the ceasefire" assaults). {@code event-passing.txt} lists the words after which a trigger
 * names an event only in passing; {@code event-refusals.txt} the triggers that, denied, state a refusal.
 */
final class Triggers {
    /** The type of a retyping row that makes the trigger no event at all ("rejected the accusations" denies). */
    static final String NONE = "-";
    /** How far after the trigger (and before it, in the passive) an object noun is looked for. */
    private static final int OBJECT_REACH = 6, PASSIVE_REACH = 5, GOVERNOR_REACH = 5, PEACEKEEPING_REACH = 12;
    /** Words that open a new clause after a comma, past which no object of the trigger is looked for. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "or", "but", "while", "whereas", "which", "who");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "be", "being", "is", "are");
    /** The types whose triggers every object row marked "*" retypes; other triggers only by rows that name them. */
    private static final Set<String> OPEN_TYPES = Set.of("MOBILIZE", "AID", "BY-OBJECT");

    private final Map<String, Trigger> byForm = new HashMap<>();
    /** Per object noun, its rows: type, mode, and the trigger words they apply to ("*" for all). */
    private final Map<String, List<String[]>> objects = new HashMap<>();
    /** Per trigger word and the word after it, the type and mode they make. */
    private final Map<String, String[]> complements = new HashMap<>();
    /** Per governing word and noun trigger, the type and mode they make. */
    private final Map<String, String[]> governors = new HashMap<>();
    private final Set<String> passing = new java.util.HashSet<>();
    private final Set<String> refusals = new java.util.HashSet<>();
    private int longest = 1;

    Triggers() {
        for (String[] row : Resources.rows("event-triggers.tsv", 6)) {
            byForm.put(row[0].toLowerCase(Locale.ROOT),
                    new Trigger(row[0], row[1], row[2].isEmpty() ? null : row[2], row[3], row[4], row[5].equals("v")));
            longest = Math.max(longest, row[0].replace("-", " - ").split(" +").length);
        }
        for (String[] row : Resources.rows("event-objects.tsv", 4))
            objects.computeIfAbsent(row[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(new String[]{row[1], row[2].isEmpty() ? null : row[2], row[3]});
        for (String[] row : Resources.rows("event-complements.tsv", 4))
            for (String form : row[0].split(","))
                complements.put(form.toLowerCase(Locale.ROOT) + " " + row[1].toLowerCase(Locale.ROOT),
                        new String[]{row[2], row[3].isEmpty() ? null : row[3]});
        for (String[] row : Resources.rows("event-governors.tsv", 4))
            for (String word : row[0].split(","))
                for (String noun : row[1].split(","))
                    governors.put(word.toLowerCase(Locale.ROOT) + " " + noun.toLowerCase(Locale.ROOT),
                            new String[]{row[2], row[3].isEmpty() ? null : row[3]});
        for (String[] row : Resources.rows("event-passing.txt", 1))
            passing.add(row[0].toLowerCase(Locale.ROOT));
        for (String[] row : Resources.rows("event-refusals.txt", 1))
            refusals.add(row[0].toLowerCase(Locale.ROOT));
    }

    /** Whether trigger {@code m}, denied, states its subject's refusal ("does not plan to participate"). */
    boolean refusal(Match m) {
        return refusals.contains(m.trigger().form().toLowerCase(Locale.ROOT));
    }

    /** Whether a word before token {@code i} of the sentence makes a trigger there an event named in passing. */
    boolean inPassing(List<Token> t, int i) {
        for (int k = 0; k < i; k++)
            if (passing.contains(t.get(k).word().toLowerCase(Locale.ROOT)))
                return true;
        return false;
    }

    /** The trigger that starts at token {@code i} and how many tokens it takes, or null. */
    Match at(List<Token> t, int i) {
        // the tail of a hyphenated word is no word of its own: "well-received", "long-planned"
        if (i > 0 && t.get(i - 1).word().equals("-") && t.get(i - 1).span().end() == t.get(i).span().start())
            return null;
        for (int len = Math.min(longest, t.size() - i); len >= 1; len--) {
            StringBuilder b = new StringBuilder();
            for (int k = i; k < i + len; k++)   // tokens written together ("cease-fire" split at its hyphen) join without a space
                b.append(k > i && t.get(k).span().start() > t.get(k - 1).span().end() ? " " : "").append(t.get(k).word());
            if (!Character.isLowerCase(t.get(i).word().charAt(0)))
                continue;
            Trigger trigger = byForm.get(b.toString().toLowerCase(Locale.ROOT));
            if (trigger != null)
                return new Match(trigger, i, len);
        }
        return null;
    }

    /**
     * The type and mode that the words around trigger {@code m} give it — for a noun, a governing word shortly
     * before it, else the word right after it, else the first
     * object noun in the next few tokens, else, for a passive ("the prisoners were released"), in the few tokens
     * before its auxiliary — or null where none does. A type of {@link #NONE} means the trigger states no event.
     */
    String[] retype(List<Token> t, Match m) {
        String form = m.trigger().form().toLowerCase(Locale.ROOT);
        String[] g = governor(t, m);
        if (g != null)
            return g;
        int after = m.index() + m.length();
        if (after < t.size()) {
            String[] c = complements.get(form + " " + t.get(after).word().toLowerCase(Locale.ROOT));
            if (c != null)
                return c;
        }
        boolean open = OPEN_TYPES.contains(m.trigger().type());
        // the reach counts words, not the commas and hyphens of "a candid, wide-ranging interview"
        for (int k = after, words = 0; k < t.size() && words < OBJECT_REACH; k++) {
            String w = t.get(k).word();
            // "sent, and of continuing to supply weapons": a comma before a conjunction ends the trigger's clause
            if (w.equals(",") && k + 1 < t.size() && CLAUSE_OPENERS.contains(t.get(k + 1).word().toLowerCase(Locale.ROOT)))
                break;
            String[] re = byObject(form, open, w);
            if (re != null)
                return re[0].equals("MOBILIZE") ? peacekeeping(t, k + 1, form, open).orElse(re) : re;
            if (Character.isLetterOrDigit(w.charAt(0)))
                words++;
        }
        int aux = m.index() - 1;
        if (aux >= 0 && PASSIVE_AUXILIARIES.contains(t.get(aux).word().toLowerCase(Locale.ROOT)))
            for (int k = aux - 1; k >= Math.max(0, aux - PASSIVE_REACH); k--) {
                String[] re = byObject(form, open, t.get(k).word());
                if (re != null)
                    return re;
            }
        return null;
    }

    /**
     * The peacekeeping row of a word shortly after troops sent (from token {@code from} on): troops sent "to the UN
     * peacekeeping mission" or "on a peacekeeping mission" keep the peace (CAMEO 074, aid), they do not mobilize.
     */
    private java.util.Optional<String[]> peacekeeping(List<Token> t, int from, String form, boolean open) {
        for (int k = from; k < t.size() && k < from + PEACEKEEPING_REACH; k++) {
            String[] re = byObject(form, open, t.get(k).word());
            if (re != null && "peacekeeping".equals(re[1]))
                return java.util.Optional.of(re);
        }
        return java.util.Optional.empty();
    }

    /** The type and mode a governing word shortly before noun trigger {@code m} gives it ("declared a ceasefire"), or null. */
    String[] governor(List<Token> t, Match m) {
        if (m.trigger().verb())
            return null;
        String form = m.trigger().form().toLowerCase(Locale.ROOT);
        for (int k = m.index() - 1; k >= Math.max(0, m.index() - GOVERNOR_REACH); k--) {
            String[] g = governors.get(t.get(k).word().toLowerCase(Locale.ROOT) + " " + form);
            if (g != null)
                return g;
        }
        return null;
    }

    /** The row of {@code noun} that names trigger {@code form}, else (for an open trigger) its row for every trigger. */
    private String[] byObject(String form, boolean open, String noun) {
        List<String[]> rows = objects.getOrDefault(noun.toLowerCase(Locale.ROOT), List.of());
        for (String[] row : rows)
            if (Arrays.asList(row[2].split(",")).contains(form))
                return new String[]{row[0], row[1]};
        for (String[] row : rows)
            if (open && row[2].equals("*"))
                return new String[]{row[0], row[1]};
        return null;
    }

    record Match(Trigger trigger, int index, int length) {
    }
}

package org.dossier.extract.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.annotate.Token;
import org.dossier.extract.Resources;

/**
 * The trigger words and the object nouns that retype them ("sent soldiers" mobilizes, "sent weapons" aids), loaded
 * once from {@code event-triggers.tsv} and {@code event-objects.tsv}.
 */
final class Triggers {
    private final Map<String, Trigger> byForm = new HashMap<>();
    /** Per object noun, its rows: type, mode, and the trigger words they apply to ("*" for all). */
    private final Map<String, List<String[]>> objects = new HashMap<>();
    private int longest = 1;

    Triggers() {
        for (String[] row : Resources.rows("event-triggers.tsv", 6)) {
            byForm.put(row[0].toLowerCase(Locale.ROOT),
                    new Trigger(row[0], row[1], row[2].isEmpty() ? null : row[2], row[3], row[4], row[5].equals("v")));
            longest = Math.max(longest, row[0].split(" ").length);
        }
        for (String[] row : Resources.rows("event-objects.tsv", 4))
            objects.computeIfAbsent(row[0].toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>())
                    .add(new String[]{row[1], row[2].isEmpty() ? null : row[2], row[3]});
    }

    /** The trigger that starts at token {@code i} and how many tokens it takes, or null. */
    Match at(List<Token> t, int i) {
        for (int len = Math.min(longest, t.size() - i); len >= 1; len--) {
            StringBuilder b = new StringBuilder();
            for (int k = i; k < i + len; k++)
                b.append(k > i ? " " : "").append(t.get(k).word());
            if (!Character.isLowerCase(t.get(i).word().charAt(0)))
                continue;
            Trigger trigger = byForm.get(b.toString().toLowerCase(Locale.ROOT));
            if (trigger != null)
                return new Match(trigger, i, len);
        }
        return null;
    }

    /** The type and mode an object noun gives trigger {@code form}, or null. */
    String[] retype(String form, String noun) {
        for (String[] row : objects.getOrDefault(noun.toLowerCase(Locale.ROOT), List.of()))
            if (row[2].equals("*") || java.util.Arrays.asList(row[2].split(",")).contains(form.toLowerCase(Locale.ROOT)))
                return new String[]{row[0], row[1]};
        return null;
    }

    record Match(Trigger trigger, int index, int length) {
    }
}

package org.dossier.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The status of an event from the words around its trigger: denied ("does not plan to participate", "refused to",
 * "failed to reach a deal"),
 * conditional ("subject to conditions", "if"), proposed ("proposed", "could", "possible", "willing to", a pledge), planned ("will",
 * "scheduled to", "invited to", "next week"), else occurred. The clause before the trigger decides, the sentence's
 * conditions apply throughout.
 */
final class Status {
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\b(subject to conditions?|on condition|provided that|conditional on|if)\\b");
    private static final List<Pattern> ORDER = List.of(
            Pattern.compile("(?i)\\b(not|no|never|won't|didn't|doesn't|don't|refused to|declined to|ruled out|failed to|fail to|fails to)\\b"),
            Pattern.compile("(?i)\\b(proposed|proposal|propose|proposes|suggested|could|might|possible|possibility|pushed for|considering|would consider|offered|willing|ready to|prepared to)\\b"),
            Pattern.compile("(?i)\\b(will|would|shall|to be held|scheduled|expected to|set to|plans? to|planned|invited|next|upcoming|due to|to (host|meet|sign|hold|visit|attend|send|deploy|provide))\\b"));
    private static final String[] NAMES = {"denied", "proposed", "planned"};

    private Status() {
    }

    /** Trigger words that promise what they name: a pledge of aid is aid proposed, not yet given. */
    private static final java.util.Set<String> PROMISES = java.util.Set.of("pledged", "pledge", "pledges", "pledging",
            "promised", "promises", "offered", "offers");

    /** The status of an event whose trigger {@code word} starts at {@code trigger} in {@code sentence}. */
    static String of(String sentence, int trigger, String word) {
        String status = of(sentence, trigger);
        return status.equals("occurred") && PROMISES.contains(word.toLowerCase(Locale.ROOT)) ? "proposed" : status;
    }

    /** The status of an event whose trigger starts at {@code trigger} in {@code sentence}. */
    static String of(String sentence, int trigger) {
        String before = sentence.substring(Math.max(0, clauseStart(sentence, trigger)), trigger).toLowerCase(Locale.ROOT);
        for (int i = 0; i < ORDER.size(); i++)
            if (ORDER.get(i).matcher(before).find())
                return NAMES[i];
        if (CONDITIONAL.matcher(sentence).find())
            return "conditional";
        return "occurred";
    }

    /** Where the clause holding {@code offset} starts: after the last comma, semicolon or dash before it, at most 60 characters back. */
    private static int clauseStart(String s, int offset) {
        int from = Math.max(0, offset - 60);
        int cut = from;
        for (int i = from; i < offset; i++)
            if (s.charAt(i) == ';' || s.charAt(i) == '—' || s.charAt(i) == ',' && i < offset - 1)
                cut = i + 1;
        return cut;
    }
}

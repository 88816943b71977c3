package org.dossier.extract.actor;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Span;

/**
 * Whether a name is coordinated with another in a list — "Chrysler, Ford and General Motors", "Boeing or Airbus" —
 * where names of one list are of one kind: a name written once beside a body's name is a body's.
 */
final class Coordination {
    /** A conjunction at the end of the text before a name: ",", "and", ", and", "or", "&". */
    private static final Pattern BEFORE = Pattern.compile("(?:,|(?:,\\s*)?\\b(?:and|or)|&)\\s*$");
    /** A conjunction at the start of the text after a name. */
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:,\\s*(?:(?:and|or)\\s+)?|(?:and|or|&)\\s+)");
    /** How far around a name a list's neighbour is looked for, in characters. */
    private static final int WINDOW = 80;

    private Coordination() {
    }

    /** Whether the name written at {@code span} of {@code text} stands in a list next to one of {@code names}. */
    static boolean withAny(String text, Span span, Collection<String> names) {
        String before = text.substring(Math.max(0, span.start() - WINDOW), span.start());
        Matcher m = BEFORE.matcher(before);
        if (m.find()) {
            String left = before.substring(0, m.start()).stripTrailing();
            for (String n : names)
                if (left.endsWith(n) && (left.length() == n.length() || !Character.isLetterOrDigit(left.charAt(left.length() - n.length() - 1))))
                    return true;
        }
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + WINDOW));
        m = AFTER.matcher(after);
        if (m.find()) {
            String right = after.substring(m.end());
            for (String n : names)
                if (right.startsWith(n) && (right.length() == n.length() || !Character.isLetterOrDigit(right.charAt(n.length()))))
                    return true;
        }
        return false;
    }
}

package org.dossier.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares TIMEX3 values as values, not as strings. ISO 8601, which TimeML values follow, writes a week number with
 * two digits ({@code 2000-W06}); a few TimeBank annotations drop the zero ({@code 2000-W6}). Both name the same week,
 * so the scorer must not count one as wrong.
 */
final class TimexValues {
    private static final Pattern ONE_DIGIT_WEEK = Pattern.compile("(?<=-W)(\\d)(?!\\d)");

    private TimexValues() {
    }

    static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    static String canonical(String value) {
        Matcher m = ONE_DIGIT_WEEK.matcher(value);
        return m.find() ? m.replaceFirst("0$1") : value;
    }
}

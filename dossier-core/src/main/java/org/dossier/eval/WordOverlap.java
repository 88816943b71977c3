package org.dossier.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision, recall and F1 of one text's words against another's, as bags of lowercase words. Order and layout
 * are ignored, so the score measures which content was kept, not how it was rendered.
 */
record WordOverlap(double precision, double recall, double f1) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static WordOverlap of(String found, String expected) {
        Map<String, Integer> ours = bag(found), theirs = bag(expected);
        int nOurs = total(ours), nTheirs = total(theirs);
        if (nOurs == 0 && nTheirs == 0)
            return new WordOverlap(1, 1, 1);
        int common = 0;
        for (Map.Entry<String, Integer> e : ours.entrySet())
            common += Math.min(e.getValue(), theirs.getOrDefault(e.getKey(), 0));
        double p = nOurs == 0 ? 0 : (double) common / nOurs;
        double r = nTheirs == 0 ? 0 : (double) common / nTheirs;
        return new WordOverlap(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find())
            bag.merge(m.group(), 1, Integer::sum);
        return bag;
    }

    private static int total(Map<String, Integer> bag) {
        int n = 0;
        for (int c : bag.values())
            n += c;
        return n;
    }
}

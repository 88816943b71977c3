package org.dossier.extract.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases that stand between a speech cue and what was said, or after a cue at the end of a sentence: when
 * ("on Feb. 27", "yesterday"), where and how ("in an interview with Le Parisien", "on X", "in a social media post",
 * "on the sidelines of the summit"). The "where and how" ones are the statement's medium.
 */
final class Adjuncts {
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?|January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern TIME = Pattern.compile(
            "^[\\s,]*(?:on (?:\\w+day|(?:" + MONTH + ") \\d{1,2}(?:, \\d{4})?)(?: (?:morning|afternoon|evening|night))?"
                    + "|(?:late |early )?(?:yesterday|today|tonight|overnight|earlier|later|previously|again|also)"
                    + "|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?(?![’'\\w])"
                    + "|(?:last|this|next) (?:week|weekend|month|year|\\w+day)|earlier this (?:week|month|year))\\b");
    /** Nouns of a kind of outlet that may stand inside its name: "Italian broadcaster RaiNews24", "the German daily Bild". */
    private static final String OUTLET_NOUNS = "broadcaster|newspaper|daily|weekly|magazine|channel|network|station|radio|television|agency|outlet|website|podcast|news agency";
    private static final Pattern MEDIUM = Pattern.compile(
            "^[\\s,]*((?:in an? (?:[\\w-]+ ){0,3}(?:interview|statement|letter|post|video|speech|address|op-ed|message|tweet|briefing|news conference|press conference|call|broadcast)"
                    // the outlet's name, perhaps with a noun of its kind inside: "with Italian broadcaster RaiNews24"
                    + "(?: (?:with|to|on) (?:the )?(?:(?:\\p{Lu}[\\w’'.-]*|\\d+|" + OUTLET_NOUNS + ") ){0,5}(?:\\p{Lu}[\\w’'.-]*|\\d+))?)"
                    + "|on (?:X|Twitter|Facebook|Telegram|Instagram|Truth Social|social media|state television|television|TV|radio)"
                    + "|on the sidelines of [^,.;]+|at (?:a|the) (?:[\\w’'-]+ ){0,4}(?:conference|briefing|summit|meeting|forum|rally|event)"
                    + "|to reporters|to journalists)\\b");
    private static final Pattern THAT = Pattern.compile("^[\\s,]*that\\b");

    private Adjuncts() {
    }

    /** Where the reported clause after a cue starts in {@code text}, given the cue ends at {@code from}. */
    static int skip(String text, int from, int to, String[] medium) {
        int pos = from;
        while (true) {
            String rest = text.substring(pos, to);
            Matcher m = MEDIUM.matcher(rest);
            if (m.find()) {
                if (medium[0] == null)
                    medium[0] = m.group(1);
                pos += m.end();
                continue;
            }
            m = TIME.matcher(rest);
            if (m.find()) {
                pos += m.end();
                continue;
            }
            m = THAT.matcher(rest);
            if (m.find()) {
                pos += m.end();
                continue;
            }
            break;
        }
        while (pos < to && (Character.isWhitespace(text.charAt(pos)) || text.charAt(pos) == ','))
            pos++;
        return pos;
    }

    /** The medium named anywhere in {@code phrase}, or null. */
    static String mediumIn(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if (i > 0 && phrase.charAt(i - 1) != ' ')
                continue;
            Matcher m = MEDIUM.matcher(phrase.substring(i));
            if (m.find())
                return m.group(1);
        }
        return null;
    }
}

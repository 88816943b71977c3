package org.dossier.extract.actor;

import java.util.regex.Pattern;

/**
 * A name the text goes on to refer to as a thing is no person's: "Kestrel, which makes trucks," and "Kestrel said its
 * sales fell" name a body, as persons take "who" and "his" or "her". Only "which" right after the name and "its" as
 * the first word of what the name says count; "it" does not, as "Jones said it would take years" is common.
 */
final class ThingPronouns {
    private static final Pattern AFTER = Pattern.compile(
            "^(?:,\\s+which\\b|\\s+(?:said|says|reported|reports|announced|added|told\\s+\\S+)(?:\\s+on\\s+\\S+)?\\s+(?:that\\s+)?its\\b)");

    private ThingPronouns() {
    }

    /** Whether the text right after a name ending at {@code nameEnd} refers to it as a thing. */
    static boolean follow(String text, int nameEnd) {
        return AFTER.matcher(text.subSequence(nameEnd, Math.min(text.length(), nameEnd + 80))).find();
    }
}

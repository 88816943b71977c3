package org.dossier.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.Token;

/**
 * Reads the words around a trigger to tell a reported event from one named in passing: a gerund or infinitive that
 * hangs on another word, a participle used as an adjective, a perfect in a relative clause (background), a noun that
 * is no event yet ("a possible deal", "without a ceasefire", "after a ceasefire"), and the light verbs that make a noun an event ("held a
 * call", "an agreement was announced").
 */
final class TriggerContext {
    /** Verbs that make their object noun an event that took place or is set. */
    private static final Set<String> LIGHT_VERBS = Set.of("held", "hold", "holds", "holding", "began", "attended",
            "announced", "announces", "received", "receive", "promised", "promise", "reached", "signed", "convened",
            "joined", "concluded", "struck", "approved", "unveiled", "launching", "launched", "organised", "organized",
            "carried", "make", "made", "paid", "pay", "declared", "offered", "earmarked", "behind", "echoed", "heeded");
    /** Auxiliaries after which a light verb makes the noun before it an event: "an agreement was announced". */
    private static final Set<String> PASSIVE = Set.of("was", "were", "has", "have", "had", "been", "is", "are");
    /** Words after which a gerund names an event in passing: "from invading", "in providing", "than sending". */
    private static final Set<String> GERUND_HOSTS = Set.of("from", "of", "by", "stop", "stopped", "continuing", "keep",
            "without", "in", "than", "about", "for");
    /** Nouns whose "of" + gerund proposes the event rather than naming it in passing. */
    private static final Set<String> PROPOSALS = Set.of("possibility", "proposal", "option", "idea");
    /** Verbs of going on, whose infinitive states the event unless they hang on another word themselves. */
    private static final Set<String> CONTINUING = Set.of("continuing", "continue", "continues", "continued");
    /**
     * Noun triggers that are also a verb's base form and state the event as an infinitive. Not "call" ("to call on"
     * requests) nor "deal", "host" or "sign", which have verb rows or mean something else.
     */
    private static final Set<String> INFINITIVE_NOUNS = Set.of("supply", "visit", "attack", "pledge", "protest", "probe");
    private static final Set<String> INFINITIVE_HOSTS = Set.of("willingness", "ability",
            "attempt", "bid", "stop");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this",
            "these", "those");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");
    private static final Set<String> PERFECT = Set.of("have", "has", "had");
    private static final Set<String> ABSTRACT_BEFORE = Set.of("peace", "possible", "potential", "any", "future",
            "without", "no");

    /** Words before an indefinite noun that make it a condition in time, not an event reported. */
    private static final Set<String> TIMING = Set.of("after", "before", "until", "once", "pending");

    /** Lengths of time that put "after" or "before" at a distance from an event: "three years after the invasion". */
    private static final Set<String> TIME_UNITS = Set.of("years", "year", "months", "month", "weeks", "week", "days",
            "day", "hours", "hour", "decades", "decade", "minutes");

    /** Words that end a noun phrase when reading back from its noun. */
    private static final Set<String> PHRASE_ENDS = Set.of("of", "in", "on", "at", "to", "for", "by", "from", "with",
            "and", "or", "but", "that", "after", "before");

    private TriggerContext() {
    }

    /**
     * "keep Russia from invading", "than solely sending", "by continuing to attack", "the seized boats", "allies who
     * have pledged to help": a verb that hangs on another word, describes a noun, or recalls background in a relative
     * clause names an event in passing, not one the sentence reports.
     */
    static boolean backgrounded(List<Token> t, Triggers.Match m) {
        int i = m.index();
        if (i == 0)
            return false;
        String word = lower(t, i);
        int host = i - 1;
        while (host > 0 && lower(t, host).endsWith("ly"))   // "than solely sending"
            host--;
        String before = lower(t, host);
        // "the possibility of sending troops" puts the sending forward: Status reads it as proposed
        if (m.trigger().verb() && word.endsWith("ing") && GERUND_HOSTS.contains(before)
                && !(before.equals("of") && host > 0 && PROPOSALS.contains(lower(t, host - 1))))
            return true;
        if (m.trigger().verb() && word.endsWith("ed") && DETERMINERS.contains(before))
            return true;
        if (m.trigger().verb() && PERFECT.contains(before) && host > 0 && RELATIVES.contains(lower(t, host - 1)))
            return true;
        if (!before.equals("to") || host < 1)
            return false;
        // "continued to supply weapons" goes on doing it, and so does the content of "accused X of continuing to
        // supply weapons"; "by continuing to attack" names the attacks in passing
        if (CONTINUING.contains(lower(t, host - 1)))
            return host >= 2 && !lower(t, host - 2).equals("of") && GERUND_HOSTS.contains(lower(t, host - 2));
        return INFINITIVE_HOSTS.contains(lower(t, host - 1));
    }

    /**
     * Whether noun trigger {@code m} is a verb here: a noun form that is also a verb's base form, after "to"
     * ("continues to supply weapons", "plans to visit Kyiv").
     */
    static boolean infinitive(List<Token> t, Triggers.Match m) {
        return !m.trigger().verb() && m.index() > 0 && lower(t, m.index() - 1).equals("to")
                && INFINITIVE_NOUNS.contains(m.trigger().form().toLowerCase(Locale.ROOT));
    }

    /**
     * "a peace deal", "a possible agreement", "any truce", "without a formal agreement": a noun that names no event
     * yet, by a word of its own noun phrase (up to three words back, not past a preposition or a comma).
     */
    static boolean abstractNoun(List<Token> t, Triggers.Match m) {
        if (m.trigger().verb())
            return false;
        for (int k = m.index() - 1; k >= 0 && k >= m.index() - 3; k--) {
            String w = lower(t, k);
            if (ABSTRACT_BEFORE.contains(w))
                return true;
            // "after a cease-fire", "until a deal": an event that has not been had yet times another
            if ((w.equals("a") || w.equals("an")) && k > 0 && TIMING.contains(lower(t, k - 1)))
                return true;
            if (PHRASE_ENDS.contains(w) || !Character.isLetterOrDigit(w.charAt(0)))
                return false;
        }
        return false;
    }

    /**
     * "three years after Russia's invasion", "since the offensive": a noun that times something else by an event the
     * reader already knows names that event in passing. Read back through its noun phrase (up to four words) to
     * "since", or to "after"/"before" behind a length of time.
     */
    static boolean timeAnchor(List<Token> t, Triggers.Match m) {
        if (m.trigger().verb())
            return false;
        for (int k = m.index() - 1; k >= 0 && k >= m.index() - 4; k--) {
            String w = lower(t, k);
            if (w.equals("since"))
                return true;
            if ((w.equals("after") || w.equals("before")) && k > 0 && TIME_UNITS.contains(lower(t, k - 1)))
                return true;
            if (PHRASE_ENDS.contains(w) || !Character.isLetterOrDigit(w.charAt(0)) && !w.equals("'s") && !w.equals("’s"))
                return false;
        }
        return false;
    }

    /** Whether a light verb precedes noun {@code n} closely, or follows it in the passive ("a truce was agreed"). */
    static boolean afterLightVerb(List<Token> t, Triggers.Match n) {
        for (int k = Math.max(0, n.index() - 5); k < n.index(); k++)
            if (LIGHT_VERBS.contains(lower(t, k)))
                return true;
        int after = n.index() + n.length();
        return after + 1 < t.size() && PASSIVE.contains(lower(t, after)) && LIGHT_VERBS.contains(lower(t, after + 1));
    }

    private static String lower(List<Token> t, int i) {
        return t.get(i).word().toLowerCase(Locale.ROOT);
    }
}

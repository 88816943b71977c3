package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.extract.actor.ActorOccurrences.Occurrence;
import org.dossier.model.Participant;
import org.dossier.model.Span;

/**
 * The actors of a trigger's sentence that take part in its event: those named near the trigger and in its clause,
 * in the subject's role before it and the object's after it. The one who reports the event is no party to it:
 * "Ukraine said they had been withdrawn", "…, Seoul's spy agency told AFP", "…, Meloni said".
 */
final class Participants {
    private static final int REACH_BEFORE = 70, REACH_AFTER = 90;
    /** "X was promised new aid", "X has been offered ...": the subject of a passive verb of giving receives. */
    private static final Pattern PASSIVE_GIVEN = Pattern.compile(
            "(?i)^\\W*(?:was|were|is|are|has been|have been|had been|will be|would be|being)\\s+(?:\\w+ly\\s+)?"
                    + "(?:promised|offered|given|granted|handed|pledged|sent|assured)\\b");
    private static final String SPEECH = "said|says|say|told|tells|added|adds|wrote|writes|stated|according to";
    private static final Pattern SPEECH_BETWEEN = Pattern.compile("\\b(" + SPEECH + ")\\b");
    /**
     * A speech verb right after a name: "Meloni said", "Meloni's office said", "Seoul's spy agency told", "the
     * ministry, told" — up to two words of the speaker's own noun phrase between.
     */
    private static final Pattern SPEECH_AFTER = Pattern.compile("^(?:['’]s)?(?:\\s+\\w+){0,2}[\\s,]*(?:" + SPEECH + ")\\b");
    /** The roles of a retyped event's parties, by type; others take source and target. */
    private static final Map<String, String[]> ROLES = Map.of("AGREE", new String[]{"participant", "participant"},
            "CONSULT", new String[]{"participant", "participant"}, "COOPERATE", new String[]{"participant", "participant"},
            "AID", new String[]{"giver", "recipient"}, "MOBILIZE", new String[]{"giver", "recipient"});

    /** An auxiliary or a modal: the verb of a clause whose subject the noun before it is. */
    private static final Pattern VERB_BETWEEN = Pattern.compile(
            "(?i)\\b(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|does|do|did)\\b");

    /** Verbs whose object are the parties of the meeting that is their subject: "the summit will bring together X". */
    private static final Pattern GATHERING = Pattern.compile(
            "(?i)\\b(?:gather|gathers|gathered|bring together|brings together|brought together|include|includes|included|involve|involves|involved|unite|unites|united|feature|features|featured)\\b");

    private Participants() {
    }

    /** The roles of subject and object for an event of {@code type} that a trigger of another type states. */
    static String[] rolesOf(String type) {
        return ROLES.getOrDefault(type, new String[]{"source", "target"});
    }

    /**
     * The parties to the event that {@code trigger} states in {@code sentence}.
     *
     * @param mentions where the document names its actors, in text order
     */
    static List<Participant> of(String text, Span sentence, Span trigger, String subjectRole, String objectRole,
                                List<Occurrence> mentions) {
        return of(text, sentence, trigger, trigger.start(), subjectRole, objectRole, mentions);
    }

    /**
     * The parties as {@link #of(String, Span, Span, String, String, List)} finds them, those named before
     * {@code boundary} in the subject's role and the others in the object's: a receiving verb before an aid noun
     * sets the boundary, so "Ukraine received French aid" makes Ukraine the recipient and France the giver.
     */
    static List<Participant> of(String text, Span sentence, Span trigger, int boundary, String subjectRole,
                                String objectRole, List<Occurrence> mentions) {
        return of(text, sentence, trigger, boundary, subjectRole, objectRole, mentions, false);
    }

    /**
     * The parties as above; for a {@code noun} trigger, actors after it count only within its own phrase: past an
     * auxiliary or a modal the noun has become the subject of another verb ("Next week's talks will focus on
     * supporting Kyiv": Kyiv is no party to the talks).
     */
    static List<Participant> of(String text, Span sentence, Span trigger, int boundary, String subjectRole,
                                String objectRole, List<Occurrence> mentions, boolean noun) {
        List<Participant> out = new ArrayList<>();
        for (Occurrence x : mentions) {
            if (!sentence.contains(x.span()) || out.stream().anyMatch(p -> p.actorKey().equals(x.actor().key())))
                continue;
            boolean before = x.span().end() <= trigger.start();
            if (before && trigger.start() - x.span().end() > REACH_BEFORE
                    || !before && x.span().start() - trigger.end() > REACH_AFTER
                    || clauseBreakBetween(text, x.span(), trigger) || reports(text, x.span(), trigger, sentence))
                continue;
            if (!before && noun && outsidePhrase(text.substring(trigger.end(), x.span().start())))
                continue;
            String role = x.span().end() <= boundary ? subjectRole : objectRole;
            if ("giver".equals(role) && before && PASSIVE_GIVEN.matcher(text.substring(x.span().end(), trigger.start())).find())
                role = "recipient";
            out.add(new Participant(x.actor().key(), x.actor().name(), role));
        }
        return out;
    }

    /**
     * Whether an actor named after a noun trigger, {@code between} them, lies outside the noun's phrase: past an
     * auxiliary or a modal, unless the verb gathers the noun's parties ("will bring together Germany, Poland").
     */
    private static boolean outsidePhrase(String between) {
        return VERB_BETWEEN.matcher(between).find() && !GATHERING.matcher(between).find();
    }

    /** Whether the mention at {@code mention} is the one who reports the event rather than a party to it. */
    private static boolean reports(String text, Span mention, Span trigger, Span sentence) {
        String between = mention.end() <= trigger.start() ? text.substring(mention.end(), trigger.start())
                : text.substring(trigger.end(), mention.start());
        if (SPEECH_BETWEEN.matcher(between).find())
            return true;
        return mention.start() >= trigger.end()
                && SPEECH_AFTER.matcher(text.substring(mention.end(), sentence.end())).find();
    }

    private static boolean clauseBreakBetween(String text, Span mention, Span trigger) {
        int from = Math.min(mention.end(), trigger.end()), to = Math.max(mention.start(), trigger.start());
        String between = from < to ? text.substring(from, to) : "";
        return between.contains(";") || between.contains(" — ") || between.contains("\n");
    }
}

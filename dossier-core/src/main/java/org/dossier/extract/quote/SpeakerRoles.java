package org.dossier.extract.quote;

import org.dossier.model.Actor;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Quote;
import org.dossier.model.Role;

/**
 * The role of a quote's speaker where the quote's own sentence states none: the role the document gave the speaker
 * last before the quote. News states a role once, at the first mention ("Yuri Ushakov, Mr. Putin's foreign policy
 * aide"), and drops it after ("Mr. Ushakov told Rossiya 24 …"); a reader of the later quote still wants to know who
 * is speaking. The quote's own sentence counts too ("…, according to Yuri Ushakov, Mr. Putin's foreign policy aide");
 * a role stated only in a later sentence is not taken: the text had not said it yet.
 */
final class SpeakerRoles {
    private SpeakerRoles() {
    }

    /**
     * {@code q} with the role its speaker was last given before character {@code until} (the end of the quote's
     * sentence), where it has a speaker and no role of its own.
     */
    static Quote fill(Quote q, int until, DocumentFacts facts) {
        if (q.speakerRole() != null || q.speakerKey() == null)
            return q;
        Actor speaker = facts.actor(q.speakerKey());
        if (speaker == null)
            return q;
        Role last = null;
        for (Role r : speaker.roles())
            if (r.span() != null && r.span().end() <= until && (last == null || r.span().start() > last.span().start()))
                last = r;
        return last == null ? q : new Quote(q.span(), q.text(), q.kind(), q.speakerKey(), q.speakerName(), last.title(),
                q.cue(), q.date(), q.medium(), q.topics());
    }
}

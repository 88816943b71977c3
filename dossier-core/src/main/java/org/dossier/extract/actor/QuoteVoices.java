package org.dossier.extract.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.extract.Extractor;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.DocumentFacts;
import org.dossier.model.Quote;
import org.dossier.model.Reference;
import org.dossier.model.Role;

/**
 * The first person inside direct quotes, resolved to who speaks: "I", "me", "my" to the speaker; "we", "our", "us" to
 * the body or country the speaker is (a ministry's statement), or, for a person, to the body their role names
 * ("GM spokesman Tom Reed": "we" is GM). Runs after the quotes, whose speakers it reads; records
 * {@link Reference}s.
 */
public final class QuoteVoices implements Extractor {
    private static final Set<String> SINGULAR = Set.of("i", "me", "my", "myself", "mine");
    private static final Set<String> PLURAL = Set.of("we", "us", "our", "ours", "ourselves");

    @Override
    public void extract(AnnotatedDocument doc, DocumentFacts facts) {
        for (Quote q : facts.quotes()) {
            Actor speaker = facts.actor(q.speakerKey());
            if (q.kind() != Quote.Kind.DIRECT || speaker == null)
                continue;
            Actor body = speaker.kind() == ActorKind.PERSON ? bodyOfRole(doc.text(), speaker, facts) : speaker;
            for (Sentence s : doc.sentences()) {
                if (!s.span().overlaps(q.span()))
                    continue;
                for (Token t : s.tokens()) {
                    if (!q.span().contains(t.span()))
                        continue;
                    String w = t.word().toLowerCase(Locale.ROOT);
                    if (SINGULAR.contains(w) && speaker.kind() == ActorKind.PERSON)
                        facts.add(new Reference(speaker.key(), t.span()));
                    else if (PLURAL.contains(w) && body != null)
                        facts.add(new Reference(body.key(), t.span()));
                }
            }
        }
    }

    /** The body or country written in one of the person's roles ("GM spokesman"), or null. */
    private static Actor bodyOfRole(String text, Actor person, DocumentFacts facts) {
        for (Role r : person.roles()) {
            if (r.span() == null || r.span().end() > text.length())
                continue;
            List<ActorOccurrences.Occurrence> in = ActorOccurrences.find(text.substring(0, r.span().end()),
                    facts.actors().stream().filter(a -> a.kind() == ActorKind.ORGANIZATION).toList());
            for (ActorOccurrences.Occurrence o : in)
                if (r.span().contains(o.span()))
                    return o.actor();
        }
        return null;
    }
}

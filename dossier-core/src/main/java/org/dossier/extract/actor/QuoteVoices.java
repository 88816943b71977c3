package org.dossier.extract.actor;

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
import org.dossier.model.Span;

/**
 * The first person inside direct quotes, resolved to who speaks: "I", "me", "my" to the speaker; "we", "our", "us" to
 * the body or country the speaker is (a ministry's statement), or, for a person, to the body the text ties them to
 * ({@link SpeakerBodies}: "GM spokesman Tom Reed": "we" is GM). A quote that the quote stage closed at its sentence's end reaches on to its
 * closing mark ({@link QuoteReach}). Runs after the quotes, whose speakers it reads; records {@link Reference}s.
 */
public final class QuoteVoices implements Extractor {
    private static final Set<String> SINGULAR = Set.of("i", "me", "my", "myself", "mine");
    private static final Set<String> PLURAL = Set.of("we", "us", "our", "ours", "ourselves");
    private final SpeakerBodies bodies = new SpeakerBodies(Names.standard());

    @Override
    public void extract(AnnotatedDocument doc, DocumentFacts facts) {
        // a word that two quotes reach (one cut at its sentence's end, the next one) is the first quote's speaker's
        Set<Span> done = new java.util.HashSet<>();
        for (Quote q : facts.quotes()) {
            Actor speaker = facts.actor(q.speakerKey());
            if (q.kind() != Quote.Kind.DIRECT || speaker == null)
                continue;
            Actor body = speaker.kind() == ActorKind.PERSON ? bodies.of(doc.text(), speaker, facts) : speaker;
            Span reach = QuoteReach.of(doc.text(), q.span());
            for (Sentence s : doc.sentences()) {
                if (!s.span().overlaps(reach))
                    continue;
                for (Token t : s.tokens()) {
                    if (!reach.contains(t.span()) || !done.add(t.span()))
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
}

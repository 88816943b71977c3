package org.dossier.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.dossier.annotate.AnnotatedDocument;
import org.dossier.annotate.Annotator;
import org.dossier.clean.CleanText;
import org.dossier.clean.Cleaner;
import org.dossier.clean.Dateline;
import org.dossier.extract.Extractor;
import org.dossier.extract.actor.ActorExtractor;
import org.dossier.extract.event.EventExtractor;
import org.dossier.extract.position.PositionExtractor;
import org.dossier.extract.position.Profile;
import org.dossier.extract.quote.QuoteExtractor;
import org.dossier.extract.time.PublicationDates;
import org.dossier.ingest.RawArticle;
import org.dossier.model.DocumentFacts;

/**
 * Takes one article through the stages: clean, annotate once, then every extractor in order. Thread-safe: the
 * cleaner, the annotator and the extractors are built once and shared by all workers.
 */
public final class Pipeline {
    private final Cleaner cleaner;
    private final Annotator annotator;
    private final List<Extractor> extractors;

    public Pipeline(Cleaner cleaner, Annotator annotator, List<Extractor> extractors) {
        this.cleaner = cleaner;
        this.annotator = annotator;
        this.extractors = List.copyOf(extractors);
    }

    /**
     * The standard pipeline. The extractors run in this order, each reading what the ones before it found:
     * actors (persons, countries, bodies named), quotes (with their speakers, who are actors too), the first person
     * inside quotes resolved to the speakers (references to actors), events (with
     * their participants among those actors), positions (stances on the profile's proposals, read from all of these).
     */
    public static Pipeline standard() {
        return standard(Profile.standard());
    }

    /** The standard pipeline with the proposals of {@code profile} instead of the bundled security-guarantees ones. */
    public static Pipeline standard(Profile profile) {
        return new Pipeline(Cleaner.standard(), new Annotator(), List.of(new ActorExtractor(), new QuoteExtractor(profile),
                new org.dossier.extract.actor.QuoteVoices(), new EventExtractor(), new PositionExtractor(profile)));
    }

    /**
     * Processes {@code article}.
     *
     * @param published a publication date given by the caller, which overrides every other source; may be null
     */
    public ProcessedDocument process(RawArticle article, LocalDate published) {
        CleanText clean = cleaner.clean(article);
        Dated dated = date(article, clean, published);
        DocumentFacts facts = analyze(article.name(), clean.text(), dated.date).facts();
        return new ProcessedDocument(article.name(),
                article.title() != null ? article.title() : clean.title(),
                article.url() != null ? article.url() : clean.url(),
                dated.date, dated.source, clean.raw(), clean.text(), clean.removed(), clean.offsets(),
                contentHash(article), facts);
    }

    /**
     * The same document dated {@code published}, its facts found again against that date: for a date learnt after
     * the document was processed, from other documents. The text, what cleaning removed and the hash stay.
     *
     * @param source how the date was obtained ({@code inferred}, in practice)
     */
    public ProcessedDocument redate(ProcessedDocument doc, LocalDate published, String source) {
        DocumentFacts facts = analyze(doc.name(), doc.text(), published).facts();
        return new ProcessedDocument(doc.name(), doc.title(), doc.url(), published, source, doc.rawText(), doc.text(),
                doc.removed(), doc.offsets(), doc.contentHash(), facts);
    }

    /**
     * Annotates a text that is already clean and runs every extractor on it. Evaluation harnesses call this on
     * annotated corpora, whose offsets cleaning must not move.
     *
     * @param published the document creation time, or null
     */
    public Analysis analyze(String name, String text, LocalDate published) {
        AnnotatedDocument annotated = annotator.annotate(name, text, published);
        DocumentFacts facts = new DocumentFacts();
        for (Extractor e : extractors)
            e.extract(annotated, facts);
        return new Analysis(annotated, facts);
    }

    /** An annotated text and the facts found in it. */
    public record Analysis(AnnotatedDocument document, DocumentFacts facts) {
    }

    private record Dated(LocalDate date, String source) {
    }

    /**
     * The publication date by the strength of its source: the caller, the container (JSON Lines field, feed item),
     * the page's metadata, a dateline or a date line in the text, a date inferred from the dates the text gives
     * ({@link PublicationDates}), and last a crawl date, which only bounds the date from above.
     */
    private static Dated date(RawArticle article, CleanText clean, LocalDate given) {
        if (given != null)
            return new Dated(given, "metadata");
        if (article.published() != null)
            return new Dated(article.published(), "metadata");
        if (clean.published() != null)
            return new Dated(clean.published(), "metadata");
        Optional<LocalDate> stated = Dateline.find(clean.text())
                .or(() -> PublicationDates.dateLine(clean.text()).map(PublicationDates.DateLine::date));
        if (stated.isPresent())
            return new Dated(stated.get(), "text");
        Optional<PublicationDates.Inference> inferred = PublicationDates.infer(clean.text(), clean.raw());
        // a crawl date bounds the publication date from above: an inference past it is wrong
        if (inferred.isPresent() && (article.crawled() == null || !inferred.get().date().isAfter(article.crawled())))
            return new Dated(inferred.get().date(), "inferred");
        if (article.crawled() != null)
            return new Dated(article.crawled(), "metadata");
        return new Dated(null, "none");
    }

    /** Hex SHA-256 of the article's content as given: the same content is stored once, whatever its name. */
    public static String contentHash(RawArticle article) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(article.content().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

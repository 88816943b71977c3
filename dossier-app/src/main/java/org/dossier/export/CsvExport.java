package org.dossier.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dossier.model.DateValue;
import org.dossier.store.Store;
import org.dossier.store.StoredActor;
import org.dossier.store.StoredDocument;
import org.dossier.store.StoredEvent;
import org.dossier.store.StoredPosition;
import org.dossier.store.StoredQuote;

/**
 * Writes one CSV file per fact kind into a folder, for spreadsheets: {@code documents.csv}, {@code actors.csv},
 * {@code quotes.csv}, {@code events.csv}, {@code positions.csv}, and the commitments ledger with its totals
 * ({@link Ledger}). Ids are those of the JSON export; lists are joined
 * with {@code "; "}.
 */
public final class CsvExport {
    private CsvExport() {
    }

    /** Writes the files into {@code dir}, creating it; returns the files written. */
    public static List<Path> write(Store store, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<StoredDocument> docs = store.documents();
        Map<Long, String> docNames = new HashMap<>();
        docs.forEach(d -> docNames.put(d.id(), d.name()));

        try (CSVPrinter p = open(dir.resolve("documents.csv"),
                "id", "name", "title", "url", "published", "published_source", "chars", "removed_spans")) {
            for (StoredDocument d : docs)
                p.printRecord(Ids.doc(d.id()), d.name(), d.title(), d.url(), d.published(), d.publishedSource(),
                        d.text().length(), d.removed().size());
        }
        try (CSVPrinter p = open(dir.resolve("actors.csv"), "id", "kind", "name", "country", "aliases", "roles")) {
            for (StoredActor a : store.actors())
                p.printRecord(Ids.actor(a.id()), a.kind(), a.name(), a.country(), String.join("; ", a.aliases()),
                        a.roles().stream().map(StoredActor.Role::title).distinct().collect(Collectors.joining("; ")));
        }
        try (CSVPrinter p = open(dir.resolve("quotes.csv"), "id", "doc", "doc_name", "start", "end", "kind",
                "speaker", "speaker_name", "speaker_role", "cue", "date", "date_granularity", "medium", "topics", "text")) {
            for (StoredQuote q : store.quotes())
                p.printRecord(Ids.quote(q.id()), Ids.doc(q.docId()), docNames.get(q.docId()), q.span().start(),
                        q.span().end(), q.kind().name().toLowerCase(), Ids.actor(q.speakerId()), q.speakerName(),
                        q.speakerRole(), q.cue(), value(q.date()), granularity(q.date()), q.medium(),
                        String.join("; ", q.topics()), q.text());
        }
        try (CSVPrinter p = open(dir.resolve("events.csv"), "id", "type", "mode", "status", "summary",
                "participants", "location", "date", "amount", "unit", "what", "bound", "sources")) {
            for (StoredEvent e : store.events())
                p.printRecord(Ids.event(e.id()), e.type(), e.mode(), e.status(), e.summary(),
                        e.participants().stream().map(x -> x.name() + " (" + x.role() + ")").collect(Collectors.joining("; ")),
                        e.location(), value(e.date()),
                        e.quantity() == null ? null : e.quantity().amount(), e.quantity() == null ? null : e.quantity().unit(),
                        e.quantity() == null ? null : e.quantity().what(), e.quantity() == null ? null : e.quantity().bound(),
                        e.sources().size());
        }
        try (CSVPrinter p = open(dir.resolve("positions.csv"), "id", "actor", "name", "proposal", "stance", "date",
                "doc", "doc_name", "start", "end")) {
            for (StoredPosition x : store.positions())
                p.printRecord(Ids.position(x.id()), Ids.actor(x.actorId()), x.name(), x.proposal(), x.stance(),
                        value(x.date()), Ids.doc(x.docId()), docNames.get(x.docId()), x.evidence().start(), x.evidence().end());
        }
        Ledger.write(store.events(), docNames, dir);
        return List.of(dir.resolve("documents.csv"), dir.resolve("actors.csv"), dir.resolve("quotes.csv"),
                dir.resolve("events.csv"), dir.resolve("positions.csv"), dir.resolve(Ledger.COMMITMENTS),
                dir.resolve(Ledger.TOTALS));
    }

    static CSVPrinter open(Path file, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).build());
    }

    private static String value(DateValue d) {
        return d == null ? null : d.value();
    }

    private static String granularity(DateValue d) {
        return d == null ? null : d.granularity();
    }
}

package org.dossier.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.dossier.store.StoredEvent;

/**
 * The commitments ledger, the table analysts keep by hand (as the Kiel tracker does): every aid, cooperation and
 * mobilization event with an amount, giver → recipient, status, date and sources; and the totals per giver, unit and
 * status, so that pledges are not added to deliveries. Vague amounts ("hundreds of drones") are listed but not
 * summed.
 */
final class Ledger {
    static final String COMMITMENTS = "commitments.csv";
    static final String TOTALS = "commitments-totals.csv";
    private static final List<String> TYPES = List.of("AID", "COOPERATE", "MOBILIZE");

    private Ledger() {
    }

    static void write(List<StoredEvent> events, Map<Long, String> docNames, Path dir) throws IOException {
        Map<String, double[]> totals = new TreeMap<>();
        try (CSVPrinter p = CsvExport.open(dir.resolve(COMMITMENTS), "event", "type", "mode", "status", "date", "giver",
                "recipient", "amount", "unit", "bound", "what", "sources", "documents")) {
            for (StoredEvent e : events) {
                if (!TYPES.contains(e.type()) || e.quantity() == null)
                    continue;
                String giver = names(e, "giver", "source");
                String recipient = names(e, "recipient", "target");
                p.printRecord(Ids.event(e.id()), e.type(), e.mode(), e.status(), e.date() == null ? null : e.date().value(),
                        giver, recipient, e.quantity().amount(), e.quantity().unit(), e.quantity().bound(), e.quantity().what(),
                        e.sources().size(), e.sources().stream().map(s -> docNames.get(s.docId())).distinct().collect(Collectors.joining("; ")));
                if (e.quantity().amount() != null && !giver.isEmpty()) {
                    double[] t = totals.computeIfAbsent(giver + "\u0000" + e.quantity().unit() + "\u0000" + e.status(), k -> new double[2]);
                    t[0] += e.quantity().amount();
                    t[1]++;
                }
            }
        }
        try (CSVPrinter p = CsvExport.open(dir.resolve(TOTALS), "giver", "unit", "status", "total", "events")) {
            for (var t : totals.entrySet()) {
                String[] key = t.getKey().split("\u0000", -1);
                p.printRecord(key[0], key[1], key[2], t.getValue()[0], (long) t.getValue()[1]);
            }
        }
    }

    /** The names of the participants in the first of {@code roles} that the event has, joined. */
    private static String names(StoredEvent e, String... roles) {
        for (String role : roles) {
            String joined = e.participants().stream().filter(p -> role.equals(p.role())).map(StoredEvent.Participant::name)
                    .collect(Collectors.joining("; "));
            if (!joined.isEmpty())
                return joined;
        }
        return "";
    }
}

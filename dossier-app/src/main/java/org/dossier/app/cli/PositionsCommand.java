package org.dossier.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.app.Dossier;
import org.dossier.extract.position.PositionHistory;
import org.dossier.extract.position.Profile;
import org.dossier.store.Store;
import org.dossier.store.StoredDocument;
import org.dossier.store.StoredPosition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier positions}: the matrix of holders × proposals, and the history of a cell with its evidence. */
@Command(name = "positions", mixinStandardHelpOptions = true,
        description = {"Prints the stored positions as a matrix of actor × proposal with the latest stance "
                + "(+ support, - oppose, ? conditional, ~ neutral; * where the stance shifted), or, with --actor and "
                + "--proposal, the history of those cells by date with the evidence."})
public final class PositionsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only actors whose name contains NAME (any case).")
    String actor;

    @Option(names = "--proposal", paramLabel = "ID", description = "Only this proposal of the profile.")
    String proposal;

    @Option(names = "--roll-up", description = "Count a person's positions as their country's.")
    boolean rollUp;

    @Option(names = "--profile", paramLabel = "FILE", description = "The profile whose proposals to list (default: the bundled security-guarantees profile).")
    Path profileFile;

    @Override
    public Integer call() throws IOException {
        Profile profile = profileFile != null ? Profile.load(profileFile) : Profile.standard();
        if (proposal != null && profile.findProposal(proposal).isEmpty()) {
            System.err.println("error: no proposal '" + proposal + "' in profile " + profile.name() + "; its proposals are "
                    + profile.proposals().stream().map(Profile.Proposal::id).toList());
            return 2;
        }
        try (Dossier dossier = store.open()) {
            Store s = dossier.store();
            List<StoredDocument> documents = s.documents();
            PositionMatrix matrix = PositionMatrix.of(s.positions(), s.actors(), documents, rollUp);
            List<PositionMatrix.Cell> cells = matrix.cells(actor, proposal);
            if (actor != null && proposal != null)
                printHistories(cells, documents);
            else
                printMatrix(cells, profile);
            return 0;
        }
    }

    private static void printMatrix(List<PositionMatrix.Cell> cells, Profile profile) {
        if (cells.isEmpty()) {
            System.out.println("no positions");
            return;
        }
        Set<String> columns = new LinkedHashSet<>();
        for (Profile.Proposal p : profile.proposals())
            if (cells.stream().anyMatch(c -> c.proposal().equals(p.id())))
                columns.add(p.id());
        cells.forEach(c -> columns.add(c.proposal()));
        Map<String, Map<String, PositionMatrix.Cell>> rows = new LinkedHashMap<>();
        for (PositionMatrix.Cell c : cells)
            rows.computeIfAbsent(c.holder(), h -> new LinkedHashMap<>()).put(c.proposal(), c);
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(5);
        List<String> cols = new ArrayList<>(columns);
        // headers as numbers keep the table narrow; the key follows
        StringBuilder head = new StringBuilder(String.format("%-" + width + "s", "actor"));
        for (int i = 0; i < cols.size(); i++)
            head.append(String.format(" %3d", i + 1));
        System.out.println(head);
        rows.forEach((holder, row) -> {
            StringBuilder line = new StringBuilder(String.format("%-" + width + "s", holder));
            for (String col : cols) {
                PositionMatrix.Cell c = row.get(col);
                line.append(String.format(" %3s", c == null ? "." : symbol(c.latest()) + (c.shifted() ? "*" : "")));
            }
            System.out.println(line.toString().stripTrailing());
        });
        System.out.println();
        for (int i = 0; i < cols.size(); i++)
            System.out.printf("%3d %s%n", i + 1, cols.get(i));
        System.out.println("+ support  - oppose  ? conditional  ~ neutral  * shifted  . none");
    }

    private static String symbol(String stance) {
        return switch (stance == null ? "" : stance) {
            case "support" -> "+";
            case "oppose" -> "-";
            case "conditional" -> "?";
            case "neutral" -> "~";
            default -> " ";
        };
    }

    private static void printHistories(List<PositionMatrix.Cell> cells, List<StoredDocument> documents) {
        if (cells.isEmpty()) {
            System.out.println("no positions");
            return;
        }
        Map<Long, StoredDocument> docs = new LinkedHashMap<>();
        documents.forEach(d -> docs.put(d.id(), d));
        for (PositionMatrix.Cell c : cells) {
            System.out.println(c.holder() + " × " + c.proposal() + ": " + c.latest());
            for (PositionHistory.Step<StoredPosition> step : c.history()) {
                StoredPosition p = step.item();
                StoredDocument d = docs.get(p.docId());
                String evidence = d == null ? "" : p.evidence().of(d.text()).replaceAll("\\s+", " ");
                if (evidence.length() > 200)
                    evidence = evidence.substring(0, 197) + "...";
                System.out.printf("  %-10s %-11s%s %s  %s%n      \"%s\"%n", step.date() == null ? "undated" : step.date(), step.stance(),
                        step.shift() ? " (shift from " + step.shiftedFrom() + ")" : "",
                        p.actorId() == null ? "" : "[" + p.name() + "]", d == null ? "" : d.name(), evidence);
            }
        }
    }
}

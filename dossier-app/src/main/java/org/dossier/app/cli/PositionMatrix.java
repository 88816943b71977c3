package org.dossier.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.extract.position.PositionHistory;
import org.dossier.model.ActorKind;
import org.dossier.store.StoredActor;
import org.dossier.store.StoredDocument;
import org.dossier.store.StoredPosition;

/**
 * The stored positions as a matrix of holder × proposal, each cell the history of that holder's stance on that
 * proposal. With roll-up a person's positions count as their country's (a prime minister speaks for the government);
 * otherwise each holder stands for itself, as the text names it.
 */
final class PositionMatrix {
    /** The history of one cell. */
    record Cell(String holder, String proposal, List<PositionHistory.Step<StoredPosition>> history) {
        String latest() {
            return PositionHistory.latest(history);
        }

        boolean shifted() {
            return history.stream().anyMatch(PositionHistory.Step::shift);
        }
    }

    private final Map<String, Map<String, Cell>> rows;

    private PositionMatrix(Map<String, Map<String, Cell>> rows) {
        this.rows = rows;
    }

    /**
     * Builds the matrix. An undated position is dated by its document's publication date.
     *
     * @param rollUp whether persons count as the country they belong to
     */
    static PositionMatrix of(List<StoredPosition> positions, List<StoredActor> actors, List<StoredDocument> documents, boolean rollUp) {
        Map<Long, StoredActor> byId = new LinkedHashMap<>();
        Map<String, StoredActor> countries = new LinkedHashMap<>();
        for (StoredActor a : actors) {
            byId.put(a.id(), a);
            if (a.kind() == ActorKind.COUNTRY && a.country() != null)
                countries.putIfAbsent(a.country(), a);
        }
        Map<Long, String> published = new LinkedHashMap<>();
        for (StoredDocument d : documents)
            if (d.published() != null)
                published.put(d.id(), d.published().toString());
        Map<String, Map<String, List<StoredPosition>>> grouped = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (StoredPosition p : positions) {
            String holder = holder(p, byId, countries, rollUp);
            grouped.computeIfAbsent(holder, h -> new TreeMap<>()).computeIfAbsent(p.proposal(), x -> new ArrayList<>()).add(p);
        }
        Map<String, Map<String, Cell>> rows = new LinkedHashMap<>();
        grouped.forEach((holder, byProposal) -> byProposal.forEach((proposal, ps) -> rows
                .computeIfAbsent(holder, h -> new LinkedHashMap<>())
                .put(proposal, new Cell(holder, proposal, PositionHistory.of(ps, StoredPosition::stance,
                        p -> p.date() != null ? p.date().value() : published.get(p.docId()))))));
        return new PositionMatrix(rows);
    }

    /** The name a position is listed under: its actor's name, or with roll-up the country of a person. */
    static String holder(StoredPosition p, Map<Long, StoredActor> actors, Map<String, StoredActor> countries, boolean rollUp) {
        StoredActor a = p.actorId() == null ? null : actors.get(p.actorId());
        if (a == null)
            return p.name() != null ? p.name() : "?";
        if (rollUp && a.kind() == ActorKind.PERSON && a.country() != null && countries.containsKey(a.country()))
            return countries.get(a.country()).name();
        return a.name();
    }

    /** The holders, in name order. */
    List<String> holders() {
        return List.copyOf(rows.keySet());
    }

    /** The cells of holders whose name contains {@code actor} and proposals equal to {@code proposal}; either may be null. */
    List<Cell> cells(String actor, String proposal) {
        List<Cell> out = new ArrayList<>();
        for (Map<String, Cell> row : rows.values())
            for (Cell c : row.values())
                if ((actor == null || c.holder().toLowerCase(Locale.ROOT).contains(actor.toLowerCase(Locale.ROOT)))
                        && (proposal == null || c.proposal().equals(proposal)))
                    out.add(c);
        return out;
    }
}

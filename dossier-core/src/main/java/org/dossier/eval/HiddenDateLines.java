package org.dossier.eval;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.extract.time.PublicationDates;
import org.dossier.resolve.SharedEventDates;

/**
 * Measures publication-date inference on texts whose date is hidden from the text too: each document's date line
 * (one of its first three lines holding nothing but a full date, as Wikinews prints it) is blanked, and the date is
 * inferred first from the text alone ({@link PublicationDates}), else, as ingest does, from the other documents of
 * its group dated by their own gold date ({@link SharedEventDates}, each document left out in turn). Counts how often
 * each fires and is right to the day.
 */
public final class HiddenDateLines {
    private HiddenDateLines() {
    }

    /** Counts of one run: the in-document inference, then the cross-document one on what the first left undated. */
    public record Result(int documents, int blanked, int ownFired, int ownRight, int acrossFired, int acrossRight) {
        @Override
        public String toString() {
            return String.format("date lines blanked: documents %d  blanked %d  in-document fired %d right %d"
                    + "  across documents fired %d right %d", documents, blanked, ownFired, ownRight, acrossFired, acrossRight);
        }
    }

    /**
     * Runs over {@code groups} (documents that may tell of the same occasions: one corpus or topic each); with
     * {@code misses}, one line per inference.
     */
    public static Result run(Map<String, List<TimeMlDocument>> groups, PrintStream out, boolean misses) {
        int documents = 0, blanked = 0, ownFired = 0, ownRight = 0, acrossFired = 0, acrossRight = 0;
        for (List<TimeMlDocument> group : groups.values()) {
            SharedEventDates.Occasions occasions = new SharedEventDates.Occasions();
            for (TimeMlDocument o : group)
                occasions.add(new SharedEventDates.DatedText(o.name(), o.text(), o.dct()));
            for (TimeMlDocument doc : group) {
                documents++;
                String text = blankDateLine(doc.text());
                if (!text.equals(doc.text()))
                    blanked++;
                Optional<PublicationDates.Inference> own = PublicationDates.infer(text, null);
                if (own.isPresent()) {
                    ownFired++;
                    if (own.get().date().equals(doc.dct()))
                        ownRight++;
                    if (misses)
                        out.println(doc.name() + " dct " + doc.dct() + " in-document " + own.get().date() + " (" + own.get().reason() + ")");
                    continue;
                }
                Optional<SharedEventDates.Inference> across = occasions.infer(text, doc.name());
                if (across.isPresent()) {
                    acrossFired++;
                    if (across.get().date().equals(doc.dct()))
                        acrossRight++;
                    if (misses)
                        out.println(doc.name() + " dct " + doc.dct() + " across " + across.get().date() + " (" + across.get().reason() + ")");
                }
            }
        }
        Result result = new Result(documents, blanked, ownFired, ownRight, acrossFired, acrossRight);
        out.println("hidden DCT " + result);
        return result;
    }

    /** {@code text} with its date line ({@link PublicationDates#dateLine}), if it has one, turned to spaces (offsets kept). */
    static String blankDateLine(String text) {
        return PublicationDates.dateLine(text)
                .map(l -> text.substring(0, l.line().start()) + " ".repeat(l.line().length()) + text.substring(l.line().end()))
                .orElse(text);
    }
}

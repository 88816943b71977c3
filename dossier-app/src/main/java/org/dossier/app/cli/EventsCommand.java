package org.dossier.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.clean.TextDecoder;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.dossier.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier events FILE}: the events of a text file, one JSON object per line. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Prints the events found in a text file, one JSON object per event: type, mode, status,",
                "participants, date, quantity and evidence span (offsets into the file's text as given).",
                "With --lines every line is a one-sentence document of its own and each object carries its 1-based line."})
public final class EventsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "The document date that relative dates resolve against.")
    LocalDate published;

    @Option(names = "--lines", description = "Treat every line as a separate document.")
    boolean lines;

    @Override
    public Integer call() throws IOException {
        if (Inputs.missing(file, false))
            return 2;
        String text = TextDecoder.decode(Files.readAllBytes(file));
        Pipeline pipeline = Pipeline.standard();
        if (!lines) {
            print(pipeline.analyze(file.getFileName().toString(), text, published).facts().events(), 0, null);
            return 0;
        }
        String[] rows = text.split("\n", -1);
        int offset = 0;
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].endsWith("\r") ? rows[i].substring(0, rows[i].length() - 1) : rows[i];
            if (!row.isBlank())
                print(pipeline.analyze(file.getFileName() + ":" + (i + 1), row, published).facts().events(), offset, i + 1);
            offset += rows[i].length() + 1;
        }
        return 0;
    }

    private static void print(List<Event> events, int offset, Integer line) throws IOException {
        for (Event e : events) {
            ObjectNode n = JSON.createObjectNode();
            if (line != null)
                n.put("line", line);
            n.put("type", e.type());
            n.put("mode", e.mode());
            n.put("status", e.status());
            var participants = n.putArray("participants");
            for (Participant p : e.participants())
                participants.addObject().put("name", p.name()).put("role", p.role());
            n.put("location", e.location());
            if (e.date() == null)
                n.putNull("date");
            else
                n.putObject("date").put("value", e.date().value()).put("granularity", e.date().granularity());
            if (e.quantity() == null)
                n.putNull("quantity");
            else {
                ObjectNode q = n.putObject("quantity");
                if (e.quantity().amount() == null)
                    q.putNull("amount");
                else
                    q.put("amount", e.quantity().amount());
                q.put("unit", e.quantity().unit()).put("what", e.quantity().what()).put("bound", e.quantity().bound());
            }
            n.putArray("span").add(offset + e.span().start()).add(offset + e.span().end());
            n.put("summary", e.summary());
            System.out.println(JSON.writeValueAsString(n));
        }
    }
}

package org.dossier.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.annotate.Annotator;
import org.dossier.extract.time.Timex;
import org.dossier.extract.time.Timexes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier dates FILE [--published YYYY-MM-DD]}: the temporal expressions of a text file, one JSON object per
 * line. Offsets count Unicode code points of the file's text exactly as read (UTF-8, nothing cleaned), so a scorer
 * in any language can cut the same characters.
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = {"Prints the temporal expressions of FILE, one JSON object per line:",
                "{\"start\",\"end\",\"text\",\"type\",\"value\"} with TimeML types and values, offsets in code points of the",
                "file's text. Relative expressions are resolved against --published."})
public final class DatesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(paramLabel = "FILE", description = "a UTF-8 text file")
    Path file;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "the document creation time")
    LocalDate published;

    @Override
    public Integer call() throws IOException {
        if (Inputs.missing(file, false))
            return 2;
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Timex> timexes = Timexes.find(text, new Annotator().annotate(file.getFileName().toString(), text, published).sentences(), published);
        print(text, timexes, System.out);
        return 0;
    }

    static void print(String text, List<Timex> timexes, PrintStream out) throws IOException {
        for (Timex t : timexes) {
            ObjectNode o = JSON.createObjectNode();
            o.put("start", text.codePointCount(0, t.span().start()));
            o.put("end", text.codePointCount(0, t.span().end()));
            o.put("text", t.text());
            o.put("type", t.type());
            o.put("value", t.value());
            out.println(JSON.writeValueAsString(o));
        }
        out.flush();
    }
}

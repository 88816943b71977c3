package org.dossier.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dossier.app.cli.BenchCommand;
import org.dossier.app.cli.DatesCommand;
import org.dossier.app.cli.DemoCommand;
import org.dossier.app.cli.EvalCommand;
import org.dossier.app.cli.EventsCommand;
import org.dossier.app.cli.ExportCommand;
import org.dossier.app.cli.IngestCommand;
import org.dossier.app.cli.PositionsCommand;
import org.dossier.app.cli.StatsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1.0",
        description = "Turns news articles into a sourced, time-normalized record of actors, quotes, events and positions.",
        subcommands = {DemoCommand.class, IngestCommand.class, ExportCommand.class, StatsCommand.class, PositionsCommand.class, EventsCommand.class,
                DatesCommand.class, EvalCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its converters and error handling, for tests to run in process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.registerConverter(LocalDate.class, s -> {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + s + "' is not a date of the form YYYY-MM-DD");
            }
        });
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("error: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            // a bug rather than bad input: DOSSIER_DEBUG=1 shows where it happened
            if (System.getenv("DOSSIER_DEBUG") != null)
                e.printStackTrace(line.getErr());
            return 1;
        });
        return cl;
    }
}

package org.dossier.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.eval.HtmlEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dossier eval ...}: the evaluation harnesses on public annotated data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores a stage of Dossier on public annotated data.",
        subcommands = {EvalCommand.Html.class})
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code dossier eval html DIR}. */
    @Command(name = "html", mixinStandardHelpOptions = true,
            description = {"Scores HTML ingestion on Readability's test pages: main-text word overlap, titles, publication dates.",
                    "DIR holds one folder per page with source.html, expected.html and expected-metadata.json",
                    "(default: ../shared/data/readability-pages)."})
    static final class Html implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "../shared/data/readability-pages")
        Path dir;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(dir)) {
                System.err.println("error: " + dir + ": no such folder");
                return 2;
            }
            System.out.println(HtmlEval.run(dir));
            return 0;
        }
    }
}

package org.dossier.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dossier.pipeline.IngestListener;

/**
 * Shows an ingest run on the terminal: a progress bar over the files when there are several, and one line per
 * problem, naming the file and the reason.
 */
final class ProgressListener implements IngestListener, AutoCloseable {
    private final PrintStream err;
    private ProgressBar bar;

    ProgressListener(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void started(int files) {
        if (files > 1)
            bar = new ProgressBarBuilder().setTaskName("Reading").setInitialMax(files)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).build();
    }

    @Override
    public synchronized void fileRead(Path file) {
        if (bar != null)
            bar.step();
    }

    @Override
    public synchronized void problem(String where, String reason) {
        err.println("error: " + where + ": " + reason);
    }

    @Override
    public synchronized void close() {
        if (bar != null)
            bar.close();
    }
}

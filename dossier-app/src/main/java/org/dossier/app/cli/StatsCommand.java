package org.dossier.app.cli;

import java.util.concurrent.Callable;
import org.dossier.app.Dossier;
import org.dossier.store.Counts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dossier stats}: counts per fact kind. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Prints how many documents and facts of each kind are stored.")
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Dossier dossier = store.open()) {
            print(dossier.store().counts());
            return 0;
        }
    }

    static void print(Counts c) {
        System.out.printf("documents  %6d%nactors     %6d%nquotes     %6d%nevents     %6d%npositions  %6d%nremoved    %6d boilerplate span(s)%n",
                c.documents(), c.actors(), c.quotes(), c.events(), c.positions(), c.removedSpans());
    }
}

package org.dossier.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.Dossier;
import org.dossier.model.Span;
import org.dossier.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier demo}: ingests the bundled sample corpus and shows what was built from it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the bundled sample corpus (samples/seeds) into the store and prints what it built.")
public final class DemoCommand implements Callable<Integer> {
    private static final int SAMPLE = 12;

    @Option(names = "--samples", paramLabel = "DIR", description = "Corpus to ingest (default: samples/seeds of the installation).")
    Path samples;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        Path corpus = samples != null ? samples : Path.of(System.getProperty("dossier.home", ".")).resolve("samples/seeds");
        if (!Files.isDirectory(corpus)) {
            System.err.println("error: " + corpus + ": sample corpus not found");
            return 2;
        }
        try (Dossier dossier = store.open()) {
            System.out.println("Ingesting " + corpus + " into " + store.dir().toAbsolutePath());
            int failures = Ingesting.run(dossier, List.of(corpus), null, Runtime.getRuntime().availableProcessors()).failures();
            System.out.println();
            System.out.printf("%-28s %-10s %-9s %7s %s%n", "document", "published", "source", "chars", "removed boilerplate");
            for (StoredDocument d : dossier.store().documents().stream()
                    .sorted(java.util.Comparator.comparing(StoredDocument::name)).toList()) {
                int removedChars = d.removed().stream().mapToInt(Span::length).sum();
                System.out.printf("%-28s %-10s %-9s %7d %d span(s), %d chars%n", d.name(),
                        d.published() == null ? "-" : d.published(), d.publishedSource(), d.text().length(),
                        d.removed().size(), removedChars);
                for (Span s : d.removed())
                    System.out.println("    - " + abbreviate(s.of(d.rawText())));
            }
            System.out.println();
            System.out.println("Quotes (speaker: “direct” or reported words), the first " + SAMPLE + ":");
            dossier.store().quotes().stream().limit(SAMPLE).forEach(q -> System.out.printf("  %s: %s%n",
                    q.speakerName() == null ? "(unknown)" : q.speakerName(),
                    q.kind() == org.dossier.model.Quote.Kind.DIRECT ? "\u201c" + abbreviate(q.text()) + "\u201d" : abbreviate(q.text())));
            System.out.println();
            System.out.println("Events (type status: participants), the first " + SAMPLE + ":");
            dossier.store().events().stream().limit(SAMPLE).forEach(e -> System.out.printf("  %s %s%s: %s%n",
                    e.type(), e.status(), e.date() == null ? "" : " " + e.date().value(),
                    e.participants().stream().map(p -> p.name() + " (" + p.role() + ")").collect(java.util.stream.Collectors.joining(", "))));
            System.out.println();
            StatsCommand.print(dossier.store().counts());
            return failures == 0 ? 0 : 1;
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 90 ? one : one.substring(0, 87) + "...";
    }
}

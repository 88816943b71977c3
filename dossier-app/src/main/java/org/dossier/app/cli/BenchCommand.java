package org.dossier.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.bench.Bench;
import org.dossier.bench.BenchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier bench}: the whole pipeline's throughput, memory and start-up, optionally against CoreNLP's. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Ingests a corpus into a temporary store (deleted afterwards) and prints articles/s, tokens/s,",
                "peak heap and resident memory, and the time from the JVM's start to the first stored article.",
                "Default corpus: samples/seeds plus, where present, PolNeAR's train and dev texts (../shared/data/polnear).",
                "--baseline also runs CoreNLP's quote pipeline (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote) on the",
                "first --baseline-articles documents in a JVM of its own and compares tokens per second."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", description = "Files or folders of articles (repeatable).")
    List<Path> corpus;

    @Option(names = "--copies", paramLabel = "N", description = "Ingest the corpus N times, each copy distinct (default: 1).")
    int copies = 1;

    @Option(names = "--warmup", paramLabel = "N", description = {"Ingest N further copies first, untimed, so that the"
            + " figures show the steady state once the JIT compilers are done (default: 0); the baseline then warms up"
            + " on its first 5 articles."})
    int warmup;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--baseline", description = "Also time CoreNLP's quote pipeline on the first documents.")
    boolean baseline;

    @Option(names = "--baseline-articles", paramLabel = "N", description = "Documents the baseline annotates (default: 30).")
    int baselineArticles = 30;

    @Option(names = "--baseline-heap", paramLabel = "SIZE", description = "The baseline JVM's -Xmx (default: 5g).")
    String baselineHeap = "5g";

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Path> paths = corpus != null && !corpus.isEmpty() ? corpus
                : Bench.defaultCorpus(Path.of(System.getProperty("dossier.home", ".")).toAbsolutePath().normalize());
        BenchResult result = Bench.run(new Bench.Options(paths, copies, warmup, threads,
                baseline ? baselineArticles : 0, baselineHeap));
        System.out.print(json ? result.toJson() + System.lineSeparator() : result.toText());
        return result.failures() == 0 ? 0 : 1;
    }
}

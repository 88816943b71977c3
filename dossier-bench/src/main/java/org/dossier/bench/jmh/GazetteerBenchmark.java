package org.dossier.bench.jmh;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.dossier.extract.Gazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Folding candidate names into gazetteer keys, a hot spot of actor extraction (every capitalized run of every
 * document is looked up): {@link Gazetteer#key} with its one-pass fold of plain names against the Unicode fold
 * (normalization and two regular expressions) that every name went through before.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GazetteerBenchmark {
    private final List<String> names = List.of("Ukraine", "the White House", "Downing Street", "Giorgia Meloni",
            "European Union", "NATO", "Kyiv", "Mark Rutte", "Élysée", "President Volodymyr Zelensky", "U.K.",
            "Coalition of the Willing", "Moscow", "Keir Starmer's office");

    @Benchmark
    public void key(Blackhole out) {
        for (String name : names)
            out.consume(Gazetteer.key(name));
    }

    @Benchmark
    public void unicodeFold(Blackhole out) {
        for (String name : names) {
            String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
            out.consume(n.replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT));
        }
    }
}

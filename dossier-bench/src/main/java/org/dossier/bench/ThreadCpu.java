package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where this process's CPU time went, by kind of thread: the JIT compilers, the garbage collector and the rest. On two
 * cores, compiler and collector threads take a core from the workers, so they bound how well the workers scale; the
 * bench prints them beside the throughput. Read from {@code /proc/self/task} (Linux); empty elsewhere.
 */
final class ThreadCpu {
    private static final double TICKS_PER_SECOND = 100.0;

    private ThreadCpu() {
    }

    /** CPU seconds of the live threads, summed by kind ({@code jit}, {@code gc}, {@code other}). */
    static Map<String, Double> byKind() {
        Map<String, Double> seconds = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks))
            return seconds;
        try (Stream<Path> all = Files.list(tasks)) {
            all.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    String stat = Files.readString(task.resolve("stat"));
                    // the fields after the command name; utime and stime are the 14th and 15th of the whole line
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
                    seconds.merge(kind(name), cpu, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while it was read: its time is counted with the process's, not here
                }
            });
        } catch (IOException e) {
            return seconds;
        }
        return seconds;
    }

    static String kind(String threadName) {
        if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler"))
            return "jit";
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.startsWith("VM Thread"))
            return "gc";
        return "other";
    }
}

package org.dossier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's figures: peak resident set and peak heap in MiB, CPU time. */
final class Memory {
    private Memory() {
    }

    /** The peak resident set of this process ({@code VmHWM} of {@code /proc/self/status}), or -1 off Linux. */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status")))
                if (line.startsWith("VmHWM:"))
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** CPU seconds this process has used, all threads together, or NaN where the JVM does not say. */
    static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
            return os.getProcessCpuTime() / 1e9;
        return Double.NaN;
    }

    /** The sum of the heap pools' peak usage since the JVM started: an upper bound of the peak heap in use. */
    static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null)
                bytes += pool.getPeakUsage().getUsed();
        return bytes / (1024.0 * 1024.0);
    }
}

package org.hedgetop.reliability;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Samples what a leak would grow: heap in use after a full GC, live threads, open file descriptors
 * (/proc/self/fd) and HTTP connections in the client's pool.
 */
final class ResourceSampler {
    record Sample(long hour, long heapBytes, int threads, int fds, int connections) {
    }

    private final IntSupplier connections;
    final List<Sample> samples = new ArrayList<>();

    ResourceSampler(IntSupplier connections) {
        this.connections = connections;
    }

    void sample(long hour) {
        samples.add(new Sample(hour, heapAfterGc(), ManagementFactory.getThreadMXBean().getThreadCount(), openFds(),
                connections.getAsInt()));
    }

    static long heapAfterGc() {
        // two collections: the first may only queue finalizable objects and soft references
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Open file descriptors of this JVM; -1 where /proc is missing. */
    static int openFds() {
        Path fd = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fd)) {
            return -1;
        }
        int n = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(fd)) {
            for (Path ignored : entries) {
                n++;
            }
        } catch (IOException e) {
            return -1;
        }
        return n - 1; // the directory stream's own descriptor
    }

    /** Max of a measure over a quarter (0 = first) of the samples. */
    long quarterMax(int quarter, java.util.function.ToLongFunction<Sample> measure) {
        int n = samples.size();
        return samples.subList(quarter * n / 4, Math.max(quarter * n / 4 + 1, (quarter + 1) * n / 4)).stream()
                .mapToLong(measure).max().orElseThrow();
    }

    String table() {
        StringBuilder out = new StringBuilder("hour  heap_MiB threads fds http_connections\n");
        for (Sample s : samples) {
            out.append(String.format("%4d %9.1f %7d %3d %16d%n", s.hour, s.heapBytes / 1048576.0, s.threads, s.fds,
                    s.connections));
        }
        return out.toString();
    }
}

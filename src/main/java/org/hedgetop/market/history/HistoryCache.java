package org.hedgetop.market.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fetched history on disk, one file per venue, symbol, kind and interval
 * ({@code <dir>/binance/SOLUSDT-spot-1d.csv}), so a second backtest over the same span sends no request. A file
 * says which span it covers; it is written to a temporary file and moved into place (a crash leaves the old file
 * or none, never half of one), readable by its owner only. A file that does not read back exactly (edited, cut,
 * another version) is ignored and fetched again.
 */
public final class HistoryCache {
    static final String MAGIC = "# hedgetop history cache v1";

    private final Path dir;

    public HistoryCache(Path dir) {
        this.dir = dir;
    }

    /** {@code $XDG_CACHE_HOME/hedgetop/history}, else {@code ~/.cache/hedgetop/history}. */
    public static Path defaultDir(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("hedgetop").resolve("history");
    }

    public Path dir() {
        return dir;
    }

    /** A cached series and the span {@code [from, to]} (epoch ms, inclusive) it was fetched for. */
    public record Entry(long from, long to, long[] times, double[] values) {
        boolean covers(long wantFrom, long wantTo) {
            return from <= wantFrom && to >= wantTo;
        }
    }

    Path file(String venue, String symbol, String kind, String interval) {
        return dir.resolve(clean(venue)).resolve(clean(symbol) + "-" + kind + "-" + interval + ".csv");
    }

    /** Symbols are venue text: anything but letters, digits, '_' and '.' becomes '_' (no path can escape). */
    private static String clean(String s) {
        String c = s.replaceAll("[^A-Za-z0-9_.]", "_");
        return c.startsWith(".") ? "_" + c.substring(1) : c;
    }

    /** The entry, or empty when there is none or it does not read back exactly ({@code problem} says why). */
    Optional<Entry> read(Path file, List<String> problem) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(MAGIC) || !lines.get(1).startsWith("from=")
                    || !lines.get(2).startsWith("to=")) {
                throw new IllegalArgumentException("not a hedgetop history cache file");
            }
            long from = Long.parseLong(lines.get(1).substring(5));
            long to = Long.parseLong(lines.get(2).substring(3));
            int n = lines.size() - 3;
            long[] times = new long[n];
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                String line = lines.get(i + 3);
                int comma = line.indexOf(',');
                times[i] = Long.parseLong(line.substring(0, comma));
                values[i] = Double.parseDouble(line.substring(comma + 1));
                if (!Double.isFinite(values[i]) || (i > 0 && times[i] <= times[i - 1])) {
                    throw new IllegalArgumentException("line " + (i + 4) + " is out of order or not a number");
                }
            }
            if (from > to) {
                throw new IllegalArgumentException("its span is reversed");
            }
            return Optional.of(new Entry(from, to, times, values));
        } catch (IOException | RuntimeException e) {
            problem.add("cache file " + file.getFileName() + " ignored (" + (e instanceof IllegalArgumentException
                    && !(e instanceof NumberFormatException) ? e.getMessage() : "unreadable") + "): fetching again");
            return Optional.empty();
        }
    }

    /** Writes the entry atomically, owner-only; a failure only costs the next run its requests. */
    void write(Path file, Entry e) throws IOException {
        Path parent = file.getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(parent)) {
            Files.createDirectories(parent);
            if (posix) {
                Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));
            }
        }
        StringBuilder b = new StringBuilder(MAGIC).append('\n');
        b.append("from=").append(e.from()).append('\n').append("to=").append(e.to()).append('\n');
        for (int i = 0; i < e.times().length; i++) {
            b.append(e.times()[i]).append(',').append(e.values()[i]).append('\n');
        }
        Path tmp = posix ? Files.createTempFile(parent, ".part-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(parent, ".part-", ".tmp");
        try {
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

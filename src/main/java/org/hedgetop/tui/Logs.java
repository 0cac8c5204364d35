package org.hedgetop.tui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logging while the screen is up: everything goes to a file under the state directory, nothing to the
 * terminal. java.util.logging's default console handler writes to stderr, which is the screen, so it is
 * removed; stray {@code System.err} output (a library's warning) is routed into the log as well.
 */
public final class Logs {
    private static final Logger LOG = Logger.getLogger("org.hedgetop");
    public static final String FILE_NAME = "hedgetop.log";

    private Logs() {
    }

    /**
     * Sends all logging to {@code dir/hedgetop.log}, appended to (a second monitor running at the same time
     * gets {@code hedgetop.log.1}). Little is logged - start, stop, saves, reloads, failures - so one
     * file serves for months. Returns the log file, or empty when it cannot be written (then nothing
     * is logged at all rather than onto the screen).
     */
    public static Optional<Path> toFile(Path dir) {
        LogManager.getLogManager().reset();
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n");
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE_NAME);
            FileHandler handler = new FileHandler(file.toString().replace("%", "%%"), true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            Logger root = Logger.getLogger("");
            // written on a thread of its own: the monitor thread logs, and must never wait for the disk
            root.addHandler(new AsyncLogHandler(handler));
            root.setLevel(Level.INFO);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            Logger.getLogger("").setLevel(Level.OFF);
            return Optional.empty();
        }
    }

    /** A stream that turns each line written to it into a warning in the log. */
    public static PrintStream stderrToLog() {
        OutputStream lines = new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                if (b == '\n') {
                    flushLine();
                } else {
                    line.write(b);
                }
            }

            @Override
            public synchronized void flush() {
                flushLine();
            }

            private void flushLine() {
                if (line.size() > 0) {
                    LOG.warning("stderr: " + line.toString(StandardCharsets.UTF_8));
                    line.reset();
                }
            }
        };
        return new PrintStream(lines, true, StandardCharsets.UTF_8);
    }
}

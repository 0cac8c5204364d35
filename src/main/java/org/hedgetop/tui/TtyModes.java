package org.hedgetop.tui;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The terminal's line discipline around a suspend (Ctrl-Z): the shell's modes (line mode, echo) while
 * hedgetop is stopped, the monitor's (raw: no line mode, no echo, Ctrl-C a key) after {@code fg}. The shell
 * does not put back a stopped job's modes on {@code fg}, so the monitor must. Done with {@code stty} on
 * {@code /dev/tty}, as Lanterna itself does.
 */
final class TtyModes {
    private static final Logger LOG = Logger.getLogger(TtyModes.class.getName());
    private static final String STTY = System.getProperty("com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand",
            "/bin/stty");
    /** Lanterna's modes for the monitor: {@code -icanon min 1 -echo intr undef}. */
    private static final List<String> RAW = List.of("-icanon", "min", "1", "-echo", "intr", "undef");

    private final Optional<String> saved;

    private TtyModes(Optional<String> saved) {
        this.saved = saved;
    }

    /** Reads the modes as they are now (before the monitor changes them): what a suspend gives back. */
    static TtyModes saveNow() {
        return new TtyModes(stty(List.of("-g")).map(String::strip).filter(s -> !s.isEmpty()));
    }

    /** The modes found at start: line mode and echo for the shell. */
    void restore() {
        saved.ifPresent(s -> stty(List.of(s)));
    }

    /** The monitor's raw modes. */
    void raw() {
        stty(RAW);
    }

    private static Optional<String> stty(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(STTY);
        cmd.addAll(args);
        try {
            Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = p.getInputStream()) {
                in.transferTo(out);
            }
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(out.toString(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (IOException e) {
            LOG.log(Level.INFO, "stty " + args + " failed", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

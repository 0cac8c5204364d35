package org.hedgetop.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The terminal's lifecycle around a {@link Monitor}: one text terminal, one screen, and the terminal
 * restored on every way out - {@code q}, an exception (stack trace to the log, one line to stderr after
 * the screen is gone), SIGINT / SIGTERM / SIGHUP (caught by {@link Signals}: the loop stops and restores
 * the terminal, then the process exits with 128 + the signal's number; if the loop does not stop within
 * three seconds, or on a second signal, it exits at once), and the end of standard input. A shutdown
 * hook does the same where signals cannot be caught.
 */
public final class TerminalSession {
    private static final Logger LOG = Logger.getLogger(TerminalSession.class.getName());
    /** How long a signal waits for the loop to restore the terminal before the JVM goes down anyway. */
    static final long SIGNAL_GRACE_MILLIS = 3000;
    /** How long a save still running at exit may take once the terminal is restored. */
    static final long SAVE_GRACE_MILLIS = 2000;

    private TerminalSession() {
    }

    /** Builds and starts the monitor once the screen is up, and stops what it started. */
    public interface Wiring extends AutoCloseable {
        Monitor start(TerminalScreen screen, UiState ui) throws IOException;

        @Override
        void close();
    }

    /** What the environment says about the terminal. */
    public record Capabilities(boolean color, boolean unicode) {
        public Charset charset() {
            return unicode ? StandardCharsets.UTF_8 : Charset.defaultCharset();
        }
    }

    /**
     * UTF-8 when the locale says so (LC_ALL, then LC_CTYPE, then LANG: the first one set decides, as in
     * POSIX), else when the JVM's charset is UTF-8. Colour unless {@code --no-color} or NO_COLOR is set
     * and not empty (no-color.org).
     */
    public static Capabilities detect(boolean noColorFlag, Function<String, String> env, Charset jvmCharset) {
        boolean unicode = jvmCharset.equals(StandardCharsets.UTF_8);
        for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            String v = env.apply(name);
            if (v != null && !v.isEmpty()) {
                String norm = v.toUpperCase(Locale.ROOT).replace("-", "");
                unicode = norm.contains("UTF8");
                break;
            }
        }
        String noColor = env.apply("NO_COLOR");
        boolean color = !noColorFlag && (noColor == null || noColor.isEmpty());
        return new Capabilities(color, unicode);
    }

    /** The message when stdout is not a terminal (piped, redirected): the monitor cannot run there. */
    public static final String NOT_A_TERMINAL = "hedgetop: stdout is not a terminal; use `hedgetop report FILE`";
    static final String STDIN_NOT_A_TERMINAL = "hedgetop: stdin is not a terminal (closed, a pipe or a file): the"
            + " monitor reads its keys there; start it from a terminal, or use `hedgetop report FILE`";
    static final String NEITHER_A_TERMINAL = "hedgetop: neither stdin nor stdout is a terminal; use `hedgetop "
            + "report FILE`";

    /**
     * Says which standard stream is not a terminal, once Java (17: {@code System.console()} is null unless
     * both are) has said one of them is not. Asked of {@code test -t} in a child that inherits the stream.
     */
    public static String notATerminal() {
        boolean in = isTerminal(ProcessBuilder.Redirect.INHERIT, ProcessBuilder.Redirect.DISCARD, 0);
        boolean out = isTerminal(ProcessBuilder.Redirect.PIPE, ProcessBuilder.Redirect.INHERIT, 1);
        return in && !out ? NOT_A_TERMINAL : !in && out ? STDIN_NOT_A_TERMINAL
                : !in ? NEITHER_A_TERMINAL : NOT_A_TERMINAL;
    }

    private static boolean isTerminal(ProcessBuilder.Redirect in, ProcessBuilder.Redirect out, int fd) {
        try {
            Process p = new ProcessBuilder("/bin/sh", "-c", "test -t " + fd).redirectInput(in).redirectOutput(out)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (in == ProcessBuilder.Redirect.PIPE) {
                p.getOutputStream().close();
            }
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs the monitor full screen until it ends. Returns the exit code: 0 after quit or end of input,
     * 1 after an unexpected error (then one line on {@code err}, the details in the log), 128 + n after
     * signal n (130 SIGINT, 143 SIGTERM, 129 SIGHUP).
     */
    public static int run(Capabilities caps, Path stateDir, Wiring wiring, PrintWriter err) {
        Optional<Path> logFile = Logs.toFile(stateDir);
        PrintStream realErr = System.err;
        System.setErr(Logs.stderrToLog());
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> LOG.log(Level.SEVERE, "uncaught in " + t.getName(), e));
        AtomicReference<Monitor> running = new AtomicReference<>();
        AtomicReference<Signals.Caught> caught = new AtomicReference<>();
        CountDownLatch restored = new CountDownLatch(1);
        Signals signals = Signals.install(c -> {
            if (!caught.compareAndSet(null, c)) {
                LOG.warning("second SIG" + c.name() + ": exiting at once");
                System.exit(c.exitStatus()); // Lanterna's shutdown hook still puts the tty back
                return;
            }
            LOG.info("SIG" + c.name() + ": stopping and restoring the terminal");
            Monitor m = running.get();
            if (m != null) {
                m.stop("SIG" + c.name());
            }
            Thread watchdog = new Thread(() -> {
                try {
                    if (!restored.await(SIGNAL_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                        LOG.warning("the loop did not stop in time; exiting");
                        System.exit(c.exitStatus());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "hedgetop-signal-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        });
        // the fallback when signals cannot be caught, and for System.exit from elsewhere
        Thread hook = new Thread(() -> {
            Monitor m = running.get();
            if (m != null && restored.getCount() > 0) {
                LOG.info("shutting down: restoring the terminal");
                m.stop("JVM shutdown");
            }
            try {
                restored.await(SIGNAL_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hedgetop-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        LOG.info("monitor starting");
        Terminal terminal = null;
        TerminalScreen screen = null;
        Signals resumed = null;
        Signals suspend = null;
        TtyModes shellModes = TtyModes.saveNow(); // before Lanterna makes the terminal raw
        Throwable failure = null;
        try {
            terminal = new DefaultTerminalFactory(System.out, System.in, caps.charset())
                    .setForceTextTerminal(true)
                    // Ctrl-C arrives as a key: it quits like q, asking first when there are unsaved edits
                    .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                    .createTerminal();
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            Monitor monitor = wiring.start(screen, UiState.initial(caps.color(), caps.unicode()));
            running.set(monitor);
            monitor.suspendWith(shellModes);
            resumed = Signals.onContinue(() -> monitor.post(new Event.Resumed()));
            suspend = Signals.onStop(() -> {
                CountDownLatch left = new CountDownLatch(1);
                monitor.post(new Event.Suspend(left));
                try {
                    if (!left.await(SIGNAL_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                        LOG.warning("the loop did not leave the screen in time; stopping anyway");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            if (caught.get() != null) {
                monitor.stop("SIG" + caught.get().name()); // the signal came while the screen was opening
            }
            monitor.run();
            LOG.info("monitor stopped");
        } catch (Throwable t) {
            failure = t;
            LOG.log(Level.SEVERE, "monitor failed", t);
        } finally {
            closeQuietly(wiring::close, "stopping the feed");
            if (screen != null) {
                TerminalScreen s = screen;
                closeQuietly(() -> Handover.leave(s), "leaving the screen");
            }
            if (terminal != null) {
                // restores the tty modes too; during a shutdown its hook removal throws, after restoring
                closeQuietly(terminal::close, "closing the terminal");
            }
            System.setErr(realErr);
            Thread.setDefaultUncaughtExceptionHandler(previous);
            restored.countDown();
            finishSaves(running.get());
            signals.close();
            if (resumed != null) {
                resumed.close();
            }
            if (suspend != null) {
                suspend.close();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // a signal is being handled: the hook is already running
            }
        }
        if (failure != null) {
            err.println("hedgetop: " + oneLine(failure) + logFile.map(f -> " (details in " + f + ")").orElse(""));
            err.flush();
            return 1;
        }
        Signals.Caught signal = caught.get();
        return signal == null ? 0 : signal.exitStatus();
    }

    static String oneLine(Throwable t) {
        String m = t.getMessage();
        String text = t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
        return org.hedgetop.text.Safe.text(text.replaceAll("\\s+", " ").trim(), 200);
    }

    private interface Step {
        void run() throws Exception;
    }

    /**
     * The terminal is the shell's again: a save the user left running (quit or a signal on a slow disk) gets
     * {@link #SAVE_GRACE_MILLIS} more; then the process leaves anyway, and the log says whether it landed. A
     * second signal exits at once, as always.
     */
    private static void finishSaves(Monitor monitor) {
        if (monitor == null) {
            return;
        }
        try {
            if (!monitor.finishSaves(java.time.Duration.ofMillis(SAVE_GRACE_MILLIS))) {
                LOG.warning("a save was still running after " + SAVE_GRACE_MILLIS + " ms (the disk does not answer);"
                        + " leaving without it: the book file is as it was before that save, the edits are lost");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Step step, String what) {
        try {
            step.run();
        } catch (Exception | Error e) {
            LOG.log(Level.FINE, what, e);
        }
    }
}

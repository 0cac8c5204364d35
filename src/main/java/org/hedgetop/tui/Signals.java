package org.hedgetop.tui;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Catches SIGINT, SIGTERM and SIGHUP while the screen is up, so that the monitor restores the terminal
 * itself, in order, before the JVM shuts down. Left to the JVM, a signal runs every shutdown hook at once,
 * Lanterna's among them: it may leave the alternate screen while the loop is still painting a frame, which
 * then lands in the user's shell with the cursor hidden.
 *
 * <p>{@code sun.misc.Signal} is reached by reflection (as Lanterna does for SIGWINCH): it is the only way
 * to handle signals in Java 17, and where it is missing the shutdown hook still restores the terminal.
 */
public final class Signals implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Signals.class.getName());

    /** A caught signal: its name and the exit status a shell reports for it (128 + number). */
    public record Caught(String name, int exitStatus) {
    }

    private static final List<Caught> HANDLED = List.of(new Caught("INT", 130), new Caught("TERM", 143),
            new Caught("HUP", 129));

    private final List<Runnable> restore = new ArrayList<>();

    private Signals() {
    }

    /** Calls {@code handler} (on a signal thread) for each signal caught, until {@link #close()}. */
    public static Signals install(Consumer<Caught> handler) {
        return install(HANDLED, handler);
    }

    /**
     * Calls {@code resumed} after the process was continued from a suspend (Ctrl-Z then fg): the shell
     * wrote on the terminal meanwhile, so the monitor repaints it all.
     */
    static Signals onContinue(Runnable resumed) {
        return install(List.of(new Caught("CONT", 0)), c -> resumed.run());
    }

    /**
     * On SIGTSTP (Ctrl-Z, or {@code kill -TSTP}): {@code leave} gives the terminal back (it returns once the
     * shell's screen and modes are restored), then the process stops and continues here after {@code fg}
     * (SIGCONT).
     */
    static Signals onStop(Runnable leave) {
        return install(List.of(new Caught("TSTP", 0)), c -> {
            leave.run();
            stopNow();
        });
    }

    /**
     * Stops this process's group (this JVM, and a launcher script that waits for it); returns when it is
     * continued. SIGSTOP, sent by a shell's {@code kill 0}: Java can neither raise a signal whose handler is
     * the default one nor stop itself, and the shell reports a job stopped by SIGSTOP just as one stopped by
     * SIGTSTP. The whole group, because the shell watches the launcher, not the JVM: bin/hedgetop catches
     * SIGTSTP so that it stops only now, after the terminal was handed back (stopped at once, it let the
     * shell take the terminal while the JVM was still restoring it, and the JVM never came back on fg).
     */
    private static void stopNow() {
        try {
            Process kill = new ProcessBuilder("/bin/sh", "-c", "kill -STOP 0")
                    .redirectErrorStream(true).start();
            kill.getInputStream().readAllBytes();
            kill.waitFor();
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING, "cannot stop on SIGTSTP", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Signals install(List<Caught> which, Consumer<Caught> handler) {
        Signals s = new Signals();
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Constructor<?> make = signalClass.getConstructor(String.class);
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            for (Caught c : which) {
                Object proxy = Proxy.newProxyInstance(Signals.class.getClassLoader(), new Class<?>[] {handlerClass},
                        (p, method, args) -> {
                            if (method.getName().equals("handle")) {
                                handler.accept(c);
                                return null;
                            }
                            return method.getName().equals("toString") ? "hedgetop " + c.name() : null;
                        });
                try {
                    Object signal = make.newInstance(c.name());
                    Object previous = handle.invoke(null, signal, proxy);
                    s.restore.add(() -> {
                        try {
                            handle.invoke(null, signal, previous);
                        } catch (ReflectiveOperationException e) {
                            LOG.log(Level.FINE, "restoring " + c.name(), e);
                        }
                    });
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // e.g. HUP ignored by nohup, or a signal the JVM reserves: the shutdown hook covers it
                    LOG.log(Level.INFO, "cannot handle SIG" + c.name() + ": " + e);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.INFO, "signals not handled directly; the shutdown hook restores the terminal", e);
        }
        return s;
    }

    /** Puts back the JVM's own handlers (so a later signal shuts down as usual). */
    @Override
    public void close() {
        restore.forEach(Runnable::run);
        restore.clear();
    }
}

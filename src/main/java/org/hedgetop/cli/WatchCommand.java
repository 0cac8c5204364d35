package org.hedgetop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import org.hedgetop.alert.Alerting;
import org.hedgetop.alert.WatchLoop;
import org.hedgetop.book.BookError;
import org.hedgetop.book.BookException;
import org.hedgetop.book.BookFile;
import org.hedgetop.book.BookPaths;
import org.hedgetop.text.Safe;
import org.hedgetop.tui.Logs;
import org.hedgetop.tui.Signals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hedgetop watch FILE}: the monitor's loop without a screen, for a service manager (docs/watch.md).
 * Stdout carries one JSON line per alert event and nothing else; everything else goes to the log file.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll, evaluate and notify without a screen (for systemd): one JSON line per alert event "
                + "on stdout; the book is reloaded when it changes or on SIGHUP; SIGTERM / SIGINT stop (exit 0).")
final class WatchCommand implements Callable<Integer> {
    private static final Logger LOG = Logger.getLogger(WatchCommand.class.getName());

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "portfolio YAML file")
    Path file;

    @Option(names = "--once", description = "evaluate once, send the active alerts, exit (for cron)")
    boolean once;

    @Option(names = "--source", paramLabel = "S",
            description = "market source: simulated, replay, binance, bybit (default: the book's feed.source)")
    String source;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BookFile loaded;
        try {
            loaded = BookFile.read(file);
        } catch (NoSuchFileException e) {
            err.println("hedgetop: " + file + ": no such file");
            return Hedgetop.BAD_INPUT;
        } catch (IOException e) {
            err.println("hedgetop: " + file + ": cannot read: " + Safe.text(String.valueOf(e.getMessage())));
            return Hedgetop.BAD_INPUT;
        } catch (BookException e) {
            for (BookError error : e.errors()) {
                err.println(error);
            }
            return Hedgetop.BAD_INPUT;
        }
        if (source != null && !Sources.NAMES.contains(source)) {
            err.println("hedgetop: --source must be one of " + String.join(", ", Sources.NAMES) + ", got \""
                    + Safe.text(source, 40) + "\"");
            return Hedgetop.BAD_INPUT;
        }
        Optional<Path> log = Logs.toFile(BookPaths.stateDir());
        if (log.isEmpty()) {
            err.println("hedgetop: cannot write the log under " + BookPaths.stateDir() + "; continuing without");
        }
        Clock clock = Clock.systemUTC();
        Alerting alerting = new Alerting(loaded.book().notifications(),
                Alerting.defaultChannels(System.getenv(), clock), e -> {
                    synchronized (out) {
                        out.println(e.json());
                        out.flush();
                    }
                });
        WatchLoop loop = new WatchLoop(loaded, b -> Sources.open(b, source != null ? source : b.feed().source(),
                message -> LOG.info(Safe.text(message))), clock, alerting);
        try {
            if (once) {
                return loop.once() == 0 ? Hedgetop.OK : Hedgetop.FAILURE;
            }
        } catch (IllegalArgumentException e) {
            err.println("hedgetop: " + Safe.text(String.valueOf(e.getMessage())));
            return Hedgetop.BAD_INPUT;
        }
        try (Signals signals = Signals.install(c -> {
            if (c.name().equals("HUP")) {
                loop.reload();
            } else {
                loop.stop("SIG" + c.name());
            }
        })) {
            return loop.run();
        } catch (IllegalArgumentException e) {
            err.println("hedgetop: " + Safe.text(String.valueOf(e.getMessage())));
            return Hedgetop.BAD_INPUT;
        }
    }
}

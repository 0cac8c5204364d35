package org.hedgetop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookFile;
import org.hedgetop.book.BookPaths;
import org.hedgetop.market.MarketSource;
import org.hedgetop.market.live.LiveOptions;
import org.hedgetop.market.replay.Recorder;
import org.hedgetop.market.replay.ReplayClock;
import org.hedgetop.market.replay.ReplaySource;
import org.hedgetop.text.Safe;
import org.hedgetop.tui.TerminalSession;

/**
 * {@code hedgetop [FILE]}: loads the book, checks that there is a terminal, opens the market source and
 * runs the monitor full screen. Whatever is wrong with the input is said on stderr before the screen
 * opens (exit 2); a failure while running restores the terminal first (exit 1).
 */
final class RunCommand {
    private RunCommand() {
    }

    static int run(Hedgetop options) {
        // Java 17: System.console() is null unless stdin and stdout are both a terminal
        return run(options, () -> System.console() != null, System::getenv, options.spec.commandLine().getErr());
    }

    static int run(Hedgetop options, BooleanSupplier terminal, Function<String, String> env, PrintWriter err) {
        try {
            return start(options, terminal, env, err);
        } finally {
            err.flush();
        }
    }

    private static int start(Hedgetop options, BooleanSupplier terminal, Function<String, String> env,
                             PrintWriter err) {
        Optional<BookFile> read = BookArgument.load(options.file, err);
        if (read.isEmpty()) {
            return Hedgetop.BAD_INPUT;
        }
        BookFile loaded = read.get();
        if (!terminal.getAsBoolean()) {
            err.println(TerminalSession.notATerminal());
            return Hedgetop.BAD_INPUT;
        }
        Book book = loaded.book();
        Optional<org.hedgetop.account.Accounts.Checked> account;
        try {
            // a key hedgetop will not use stops the monitor before it opens (DOMAIN.md section 8)
            account = AccountStep.check(book, LiveOptions.defaults(m -> { }), err);
        } catch (AccountStep.Refused e) {
            err.println("hedgetop: " + Safe.text(String.valueOf(e.getMessage()), 500));
            return Hedgetop.BAD_INPUT;
        }
        String sourceName = options.source != null ? options.source : book.feed().source();
        CompositionRoot root = new CompositionRoot(loaded, sourceName);
        MarketSource source;
        try {
            source = Sources.open(book, sourceName, root.progress(0));
        } catch (RuntimeException e) {
            err.println("hedgetop: " + Safe.text(String.valueOf(e.getMessage()), 500));
            return Hedgetop.BAD_INPUT;
        }
        Clock clock = Clock.systemUTC();
        Optional<ReplayWallClock> replay = Optional.empty();
        Optional<Recorder> recorder = Optional.empty();
        try {
            if (source instanceof ReplaySource r) {
                // replay time runs --speed times the wall clock from where the statistics window is full
                replay = Optional.of(new ReplayWallClock(ReplayClock.forSource(r, book.feed().interval(),
                        book.feed().window(), options.speed, clock.instant()), clock));
                clock = replay.get();
            }
            if (options.record != null) {
                recorder = Optional.of(new Recorder(options.record));
            }
        } catch (IOException e) {
            source.close();
            err.println("hedgetop: cannot record to " + Safe.text(String.valueOf(options.record), 500) + ": "
                    + BookArgument.reason(e));
            return Hedgetop.BAD_INPUT;
        } catch (RuntimeException e) {
            source.close();
            err.println("hedgetop: " + Safe.text(String.valueOf(e.getMessage()), 500));
            return Hedgetop.BAD_INPUT;
        }
        root.feed(new CompositionRoot.Feed(source, clock, replay, recorder));
        if (replay.isEmpty()) {
            account.ifPresent(root::account); // the account tells only the present: not read in a replay
        }
        TerminalSession.Capabilities caps = TerminalSession.detect(options.noColor, env, Charset.defaultCharset());
        err.flush();
        return TerminalSession.run(caps, BookPaths.stateDir(), root, err);
    }
}

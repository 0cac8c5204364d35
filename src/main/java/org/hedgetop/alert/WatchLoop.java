package org.hedgetop.alert;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookException;
import org.hedgetop.book.BookFile;
import org.hedgetop.book.BookWatcher;
import org.hedgetop.text.Safe;
import org.hedgetop.market.MarketException;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.MarketSource;
import org.hedgetop.market.Poller;
import org.hedgetop.risk.RiskEngine;

/**
 * {@code hedgetop watch}: the monitor's polling, evaluation, reload-on-change and notification without a screen.
 * One thread runs {@link #run}; the poller, the book watcher and signal handlers only post to its queue, so
 * {@link #stop} ends it within one turn whatever a feed or a channel is doing.
 */
public final class WatchLoop {
    private static final Logger LOG = Logger.getLogger("org.hedgetop.alert");
    /** Time given to queued notifications when stopping (a service manager kills after ~10 s). */
    public static final Duration STOP_GRACE = Duration.ofSeconds(1);
    /** Time given to the notifications of a {@code --once} run. */
    public static final Duration ONCE_GRACE = Duration.ofSeconds(30);

    /** Opens the market source a book names (the composition root knows the sources). */
    @FunctionalInterface
    public interface Opener {
        MarketSource open(Book book);
    }

    private sealed interface Post permits Snapshot, Failed, Reload, Reloaded, Stop {
    }

    private record Snapshot(MarketSnapshot snapshot, long generation) implements Post {
    }

    private record Failed(String message) implements Post {
    }

    private record Reload() implements Post {
    }

    private record Reloaded(BookFile file) implements Post {
    }

    private record Stop(String why) implements Post {
    }

    private final BlockingQueue<Post> queue = new LinkedBlockingQueue<>();
    private final Opener opener;
    private final Clock clock;
    private final Alerting alerting;
    private final RiskEngine engine = new RiskEngine();
    private BookFile file;

    public WatchLoop(BookFile file, Opener opener, Clock clock, Alerting alerting) {
        this.file = file;
        this.opener = opener;
        this.clock = clock;
        this.alerting = alerting;
    }

    /** Ends {@link #run} at its next turn (a signal handler's call: never blocks). */
    public void stop(String why) {
        queue.add(new Stop(why));
    }

    /** Reads the book again (SIGHUP), as if it had changed on disk. */
    public void reload() {
        queue.add(new Reload());
    }

    /** One poll, one evaluation, the notifications delivered (up to {@link #ONCE_GRACE}); for cron. */
    public int once() {
        Book book = file.book();
        try (MarketSource source = opener.open(book)) {
            Instant now = clock.instant();
            MarketSnapshot s = source.poll(now);
            alerting.polled();
            alerting.evaluated(book, engine.evaluate(book, s, now), now);
            return 0;
        } catch (MarketException e) {
            LOG.warning("market data: " + e.getMessage());
            return 1;
        } finally {
            alerting.close(ONCE_GRACE);
        }
    }

    /** Polls and evaluates until {@link #stop}; returns 0. */
    public int run() throws InterruptedException {
        Book book = file.book();
        long generation = 0;
        Poller poller = new Poller(clock, Poller.daemonScheduler(), new Poller.Listener() {
            @Override
            public void snapshot(MarketSnapshot snapshot, long gen) {
                queue.add(new Snapshot(snapshot, gen));
            }

            @Override
            public void failed(String message, long gen) {
                queue.add(new Failed(message));
            }
        }, Optional.empty());
        BookWatcher watcher = BookWatcher.start(file.path(), file.text(), update -> {
            if (update instanceof BookWatcher.Reloaded r) {
                queue.add(new Reloaded(r.file()));
            } else if (update instanceof BookWatcher.Invalid i) {
                LOG.warning("the book changed and does not load; keeping the last good one: "
                        + i.errors().errors().get(0));
            }
        });
        try {
            poller.start(opener.open(book), period(book), generation);
            LOG.info("watch: " + file.path() + "; source " + book.feed().source());
            Optional<MarketSnapshot> last = Optional.empty();
            while (true) {
                // wake at least every poll period: ages grow (and make prices stale) even without news
                Post p = queue.poll(period(book).toMillis(), TimeUnit.MILLISECONDS);
                if (p instanceof Stop s) {
                    LOG.info("watch: stopping (" + s.why() + ")");
                    return 0;
                } else if (p instanceof Snapshot s && s.generation() == generation) {
                    last = Optional.of(s.snapshot());
                    alerting.polled();
                } else if (p instanceof Failed f) {
                    LOG.warning("market data: " + f.message());
                } else if (p instanceof Reload || p instanceof Reloaded) {
                    Optional<BookFile> next = p instanceof Reloaded r ? Optional.of(r.file()) : read();
                    if (next.isPresent() && !next.get().text().equals(file.text())) {
                        file = next.get();
                        Book was = book;
                        book = file.book();
                        LOG.info("watch: book reloaded");
                        if (!was.feed().equals(book.feed()) || !was.holdings().equals(book.holdings())
                                || !was.hedges().equals(book.hedges())) {
                            poller.start(opener.open(book), period(book), ++generation);
                            last = Optional.empty();
                        }
                    }
                }
                if (last.isPresent()) {
                    Instant now = clock.instant();
                    alerting.evaluated(book, engine.evaluate(book, last.get(), now), now);
                }
            }
        } finally {
            watcher.close();
            poller.close();
            alerting.close(STOP_GRACE);
        }
    }

    private Optional<BookFile> read() {
        try {
            return Optional.of(BookFile.read(file.path()));
        } catch (IOException e) {
            LOG.warning("cannot read " + file.path() + ": " + Safe.text(String.valueOf(e.getMessage())));
        } catch (BookException e) {
            LOG.log(Level.WARNING, "the book does not load; keeping the last good one: " + e.errors().get(0));
        }
        return Optional.empty();
    }

    private static Duration period(Book book) {
        return Duration.ofSeconds(Math.max(1, book.feed().pollSeconds()));
    }
}

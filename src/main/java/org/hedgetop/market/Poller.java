package org.hedgetop.market;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hedgetop.text.Safe;

/**
 * Polls one {@link MarketSource} on its own thread and hands every snapshot to a listener, tagged with the
 * generation of the source that made it. Starting a new source (a source switch, a reload, a new interval)
 * bumps the generation, so a slow poll of the old source that finishes late is dropped here and, if it was
 * already posted, by the monitor.
 *
 * <p>A failed poll ({@link MarketException}) is reported and the listener keeps its last snapshot: the
 * screen never blanks because the network hiccupped. Consecutive failures back off (doubling, at most
 * five minutes between tries) so a dead exchange is not hammered.
 */
public final class Poller implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Poller.class.getName());
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    /** Receives the results; called on the poll thread. */
    public interface Listener {
        void snapshot(MarketSnapshot snapshot, long generation);

        /** A poll produced nothing; {@code message} is already safe to draw. */
        void failed(String message, long generation);
    }

    /** When to run the next poll: a real daemon thread in production, a hand-cranked queue in tests. */
    public interface Scheduler extends AutoCloseable {
        Cancellable schedule(Duration delay, Runnable task);

        @Override
        void close();
    }

    /** A scheduled poll that can be called off. */
    public interface Cancellable {
        void cancel();
    }

    private final Clock clock;
    private final Scheduler scheduler;
    private final Listener listener;
    private final Optional<Consumer<MarketSnapshot>> recorder;

    private MarketSource source;
    private Duration period = Duration.ofSeconds(5);
    private long generation = -1;
    private boolean paused;
    private boolean closed;
    private int failures;
    private Cancellable pending;

    /**
     * @param clock     the time a poll asks for ({@code source.poll(clock.instant())}); a replay clock runs fast
     * @param recorder  called with every good snapshot before it is posted (the {@code --record} hook)
     */
    public Poller(Clock clock, Scheduler scheduler, Listener listener, Optional<Consumer<MarketSnapshot>> recorder) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.listener = listener;
        this.recorder = recorder;
    }

    /** A scheduler on one daemon thread: polls run one after another, never in parallel. */
    public static Scheduler daemonScheduler() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hedgetop-poller");
            t.setDaemon(true);
            return t;
        });
        return new Scheduler() {
            @Override
            public Cancellable schedule(Duration delay, Runnable task) {
                ScheduledFuture<?> f = executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
                return () -> f.cancel(false);
            }

            @Override
            public void close() {
                executor.shutdownNow();
            }
        };
    }

    /**
     * Replaces the source (closing the old one after any poll in flight) and polls the new one at once,
     * then every {@code period}. Snapshots of earlier generations are dropped from now on.
     */
    public synchronized void start(MarketSource newSource, Duration newPeriod, long newGeneration) {
        if (closed) {
            newSource.close();
            return;
        }
        cancelPending();
        MarketSource old = source;
        source = newSource;
        period = newPeriod.isZero() || newPeriod.isNegative() ? Duration.ofSeconds(1) : newPeriod;
        generation = newGeneration;
        failures = 0;
        if (old != null && old != newSource) {
            // on the poll thread, so an old poll in flight finishes before its source closes
            scheduler.schedule(Duration.ZERO, old::close);
        }
        if (!paused) {
            schedule(Duration.ZERO);
        }
    }

    /** Stops polling until {@link #resume()}; the last snapshot stays on screen. */
    public synchronized void pause() {
        paused = true;
        cancelPending();
    }

    /** Polls at once, then on the usual period. */
    public synchronized void resume() {
        if (paused && !closed) {
            paused = false;
            if (source != null) {
                schedule(Duration.ZERO);
            }
        }
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    public synchronized long generation() {
        return generation;
    }

    /** The wait before the next try after {@code failures} failures in a row. */
    static Duration backoff(Duration period, int failures) {
        if (failures <= 0) {
            return period;
        }
        Duration cap = period.compareTo(MAX_BACKOFF) > 0 ? period : MAX_BACKOFF;
        Duration d = period.multipliedBy(1L << Math.min(failures, 10));
        return d.compareTo(cap) > 0 ? cap : d;
    }

    private void schedule(Duration delay) {
        long gen = generation;
        pending = scheduler.schedule(delay, () -> pollOnce(gen));
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    /** One poll of the source of generation {@code gen}; the scheduled task. */
    void pollOnce(long gen) {
        MarketSource polled;
        synchronized (this) {
            if (closed || paused || gen != generation) {
                return;
            }
            polled = source;
        }
        Optional<MarketSnapshot> result = Optional.empty();
        String error = null;
        try {
            result = Optional.of(polled.poll(clock.instant()));
        } catch (MarketException e) {
            error = Safe.text(e.getMessage());
            LOG.log(Level.FINE, "poll failed", e);
        } catch (RuntimeException e) {
            // a bug in a source must not kill the poll thread: report it and keep polling
            error = Safe.text(e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.log(Level.WARNING, "poll threw", e);
        }
        synchronized (this) {
            if (closed || gen != generation) {
                return; // a newer source took over while this one was polling
            }
            failures = result.isPresent() ? 0 : failures + 1;
            if (!paused) {
                schedule(backoff(period, failures));
            }
        }
        if (result.isPresent()) {
            MarketSnapshot snapshot = result.get();
            recorder.ifPresent(r -> record(r, snapshot));
            listener.snapshot(snapshot, gen);
        } else {
            listener.failed(error, gen);
        }
    }

    private static void record(Consumer<MarketSnapshot> r, MarketSnapshot snapshot) {
        try {
            r.accept(snapshot);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "recording failed", e);
        }
    }

    @Override
    public void close() {
        MarketSource last;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            cancelPending();
            last = source;
            source = null;
        }
        scheduler.close();
        if (last != null) {
            last.close();
        }
    }
}

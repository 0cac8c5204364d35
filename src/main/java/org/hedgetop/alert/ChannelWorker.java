package org.hedgetop.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hedgetop.market.http.RetryPolicy;

/**
 * One channel's own bounded queue and thread. {@link #offer} never blocks: a dead or stalled receiver holds up
 * only this thread, never the poller, the screen or another channel. Each item is retried with capped
 * exponential backoff; when every try failed, or the queue was full (the oldest waiting item gives way to the
 * newest), it is counted as dropped.
 */
public final class ChannelWorker<T> implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger("org.hedgetop.alert");

    /** Delivers one item, blocking until it is done; throws when it was not delivered. */
    @FunctionalInterface
    public interface Sender<T> {
        void send(T item) throws Exception;
    }

    /** A failure that retrying cannot fix (no token set): the item is dropped at once. */
    public static final class Permanent extends Exception {
        public Permanent(String message) {
            super(message);
        }
    }

    private final String name;
    private final int capacity;
    private final boolean coalesce;
    private final Sender<T> sender;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Random random = new Random();
    private final Deque<T> queue = new ArrayDeque<>();
    private final Thread thread;
    private boolean busy;
    private volatile boolean closed;
    private Instant failingSince;
    private String lastError = "";
    private long delivered;
    private long dropped;

    /**
     * @param coalesce  a full queue ignores the new item without counting it (heartbeat pings: one waiting is
     *                  as good as many)
     */
    public ChannelWorker(String name, int capacity, boolean coalesce, Sender<T> sender, RetryPolicy retry,
                         Clock clock) {
        this.name = name;
        this.capacity = capacity;
        this.coalesce = coalesce;
        this.sender = sender;
        this.retry = retry;
        this.clock = clock;
        this.thread = new Thread(this::run, "notify-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    public String name() {
        return name;
    }

    /** Queues {@code item}; returns at once. */
    public synchronized void offer(T item) {
        if (closed) {
            return;
        }
        if (queue.size() >= capacity) {
            if (coalesce) {
                return;
            }
            queue.pollFirst();
            dropped++;
            LOG.warning(() -> name + ": queue full, oldest event dropped");
        }
        queue.addLast(item);
        notifyAll();
    }

    public synchronized ChannelHealth health() {
        return new ChannelHealth(name, Optional.ofNullable(failingSince), lastError, delivered, dropped);
    }

    /** True when nothing is queued or being sent. */
    public synchronized boolean idle() {
        return queue.isEmpty() && !busy;
    }

    /** Waits up to {@code grace} for the queue to empty, then stops the thread. */
    public void close(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (this) {
            while (!(queue.isEmpty() && !busy) && System.nanoTime() < deadline) {
                try {
                    wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            closed = true;
            notifyAll();
        }
        thread.interrupt();
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }

    private void run() {
        while (!closed) {
            T item;
            synchronized (this) {
                while (queue.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                item = queue.pollFirst();
                busy = true;
            }
            try {
                deliver(item);
            } catch (InterruptedException e) {
                return;
            } finally {
                synchronized (this) {
                    busy = false;
                    notifyAll();
                }
            }
        }
    }

    private void deliver(T item) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                sender.send(item);
                synchronized (this) {
                    if (failingSince != null) {
                        LOG.info(() -> name + ": delivering again");
                    }
                    failingSince = null;
                    lastError = "";
                    delivered++;
                }
                return;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                boolean last = attempt >= retry.attempts() || e instanceof Permanent;
                synchronized (this) {
                    if (failingSince == null) {
                        failingSince = clock.instant();
                    }
                    lastError = why;
                    if (last) {
                        dropped++;
                    }
                }
                final int n = attempt;
                LOG.log(Level.WARNING, () -> name + ": attempt " + n + " failed: " + why + (last ? "; dropped" : ""));
                if (last) {
                    return;
                }
                Thread.sleep(retry.delay(attempt, random).toMillis());
            }
        }
    }
}

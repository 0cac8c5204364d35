package org.hedgetop.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import org.hedgetop.market.Poller;

/**
 * The poller's scheduler on a fake clock: tasks wait in a queue ordered by their due time, and
 * {@link #runUntil} runs them in order, moving the clock to each one's time. No threads, no sleeping.
 */
final class ManualScheduler implements Poller.Scheduler {
    private record Task(Instant due, long seq, Runnable run, boolean[] cancelled) {
    }

    private final FakeClock clock;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.due.equals(b.due)
            ? Long.compare(a.seq, b.seq) : a.due.compareTo(b.due));
    private long seq;
    int ran;

    ManualScheduler(FakeClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Poller.Cancellable schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        tasks.add(new Task(clock.instant().plus(delay), seq++, task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Runs every task due up to {@code end} (including ones they schedule), then sets the clock to it. */
    void runUntil(Instant end) {
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.due.isAfter(end)) {
                    break;
                }
                tasks.poll();
            }
            if (!next.cancelled[0]) {
                clock.advanceTo(next.due);
                next.run.run();
                ran++;
            }
        }
        clock.advanceTo(end);
    }

    /** Tasks waiting; a poller that forgot to cancel would pile them up. */
    synchronized int pending() {
        return tasks.size();
    }

    @Override
    public synchronized void close() {
        tasks.clear();
    }
}

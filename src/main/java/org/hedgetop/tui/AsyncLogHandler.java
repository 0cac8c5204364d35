package org.hedgetop.tui;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Hands log records to a thread of their own, which writes them through {@code target} (the log file). The
 * monitor thread logs saves, reloads and stops: with the log on a hung file system (a home directory on NFS)
 * a plain FileHandler would stop the loop in the write, as a save did (issue 12 item 8). A full queue drops
 * the record and counts it, rather than wait; the count is written once the writer catches up.
 */
final class AsyncLogHandler extends Handler {
    static final int CAPACITY = 1000;

    private final Handler target;
    private final BlockingQueue<LogRecord> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread writer;
    private volatile boolean closing;

    AsyncLogHandler(Handler target) {
        this.target = target;
        setLevel(Level.ALL);
        writer = new Thread(this::drain, "hedgetop-log");
        writer.setDaemon(true); // a log stuck on a dead disk must not keep the process alive
        writer.start();
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || closing || !isLoggable(record)) {
            return;
        }
        if (!queue.offer(record)) {
            dropped.incrementAndGet();
        }
    }

    /** Records dropped because the writer could not keep up (the disk did not answer). */
    long dropped() {
        return dropped.get();
    }

    private void drain() {
        try {
            while (!closing || !queue.isEmpty()) {
                LogRecord r = queue.poll(200, TimeUnit.MILLISECONDS);
                if (r == null) {
                    continue;
                }
                long lost = dropped.getAndSet(0);
                if (lost > 0) {
                    target.publish(new LogRecord(Level.WARNING, lost + " log records dropped: the log file did"
                            + " not keep up"));
                }
                target.publish(r);
                if (queue.isEmpty()) {
                    target.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.countDown();
        }
    }

    @Override
    public void flush() {
        // the writer flushes whenever it has caught up; waiting here would be waiting for the disk
    }

    /** Lets the writer empty the queue for at most a second (the process is leaving), then closes the file. */
    @Override
    public void close() {
        closing = true;
        try {
            if (done.await(1, TimeUnit.SECONDS)) {
                target.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

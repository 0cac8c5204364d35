package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** A log file on a disk that does not answer never stops the thread that logs (issue 12 item 8). */
class AsyncLogHandlerTest {
    @Test
    void aStuckLogFileNeitherBlocksTheCallerNorLosesWhatFitsAndCountsTheRest() {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        List<String> written = new CopyOnWriteArrayList<>();
        Handler stuck = new Handler() {
            @Override
            public void publish(LogRecord r) {
                entered.countDown();
                try {
                    release.await(); // the disk hangs
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                written.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        AsyncLogHandler async = new AsyncLogHandler(stuck);
        async.publish(new LogRecord(Level.INFO, "first")); // the writer takes it and hangs in the disk
        await().atMost(Duration.ofSeconds(10)).until(() -> entered.getCount() == 0);
        for (int i = 0; i < AsyncLogHandler.CAPACITY + 10; i++) {
            async.publish(new LogRecord(Level.INFO, "r" + i)); // returns at once although nothing is written
        }
        assertThat(written).isEmpty();
        assertThat(async.dropped()).isEqualTo(10); // 1,010 records, room for 1,000
        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> written.size() == 1 + 1 + 1000);
        assertThat(written.subList(0, 3)).containsExactly("first",
                "10 log records dropped: the log file did not keep up", "r0");
        assertThat(written.get(1001)).isEqualTo("r999");
        async.close();
    }
}

package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hedgetop.tui.Fixtures.T0;

import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hedgetop.book.Book;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 8: a save stuck on a hung file system (a store that waits on a latch) must not stop the loop.
 * The clock, the keys and quitting go on while it hangs; its outcome arrives as an event when it is released.
 */
class MonitorSaveThreadTest {
    final LoopTerminal vt = new LoopTerminal(80, 24);
    final CountDownLatch release = new CountDownLatch(1);
    final List<String> saveThreads = new CopyOnWriteArrayList<>();
    final List<Book> saved = new CopyOnWriteArrayList<>();
    volatile Event.SaveOutcome answer; // null: written
    final MovingClock clock = new MovingClock(T0);
    TerminalScreen screen;
    Monitor monitor;
    Thread loop;

    /** A clock the test moves; the loop reads it each turn (at least once a second). */
    static final class MovingClock extends Clock {
        volatile Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    void start() throws Exception {
        screen = new TerminalScreen(vt);
        screen.startScreen();
        MonitorState initial = MonitorState.initial(Fixtures.book(), T0, "fake", UiState.initial(true, true));
        monitor = new Monitor(screen, initial, clock,
                (b, market, now, paused) -> Fixtures.view(b, market, now, OptionalLong.of(123), List.of()),
                MonitorTest::paint, request -> {
                    saveThreads.add(Thread.currentThread().getName());
                    saved.add(request.edited());
                    try {
                        release.await(); // the disk does not answer until the test says so
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return new Event.SaveOutcome.Failed("interrupted");
                    }
                    Event.SaveOutcome a = answer;
                    return a != null ? a : new Event.SaveOutcome.Written(Path.of("/tmp/book.yaml"), request.edited());
                }, new Monitor.Feed() {
                    @Override
                    public void switchTo(Book b, long generation) {
                    }

                    @Override
                    public void pause(boolean paused) {
                    }
                });
        loop = new Thread(() -> {
            try {
                monitor.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "monitor-under-test");
        loop.setDaemon(true);
        loop.start();
        vt.awaitText("targets=100,75 shock=-20");
    }

    @AfterEach
    void end() throws Exception {
        release.countDown();
        if (monitor != null) {
            monitor.stop("test over");
            assertThat(monitor.awaitStopped(10, TimeUnit.SECONDS)).isTrue();
            screen.stopScreen();
        }
        vt.press(KeyType.EOF);
    }

    @Test
    void aStuckSaveLeavesTheClockAndTheKeysAliveAndLandsWhenReleased() throws Exception {
        start();
        vt.type("+s");
        vt.awaitText("status: saving book.yaml...");
        await().atMost(Duration.ofSeconds(10)).until(() -> saved.size() == 1);
        // the save hangs: the clock still ticks on screen, keys still act
        clock.now = T0.plusSeconds(7);
        await().atMost(Duration.ofSeconds(10)).until(() -> monitor.drawn()
                .map(s -> s.now().equals(Instant.parse("2026-11-24T12:00:07Z"))).orElse(false));
        vt.type("p");
        vt.awaitText("PAUSED");
        vt.type("s"); // one save at a time
        vt.awaitText("status: saving... (press s again once it is done)");
        assertThat(saved).hasSize(1);
        assertThat(vt.text()).contains("UNSAVED"); // not saved until the disk says so
        release.countDown();
        vt.awaitText("status: saved book.yaml");
        await().atMost(Duration.ofSeconds(10)).until(() -> !vt.text().contains("UNSAVED"));
        assertThat(saveThreads).containsExactly("hedgetop-save"); // never the monitor thread
        assertThat(saved.get(0).hedges().get(0).targetPct()).isEqualTo(105.0);
    }

    @Test
    void saveAndQuitWaitsForTheOutcomeThenQuits() throws Exception {
        start();
        vt.type("+q");
        vt.awaitText("prompt:");
        vt.type("s");
        await().atMost(Duration.ofSeconds(10)).until(() -> saved.size() == 1);
        vt.type("p"); // the loop answers and has not quit: the save has not landed
        vt.awaitText("PAUSED");
        assertThat(loop.isAlive()).isTrue();
        assertThat(monitor.state().quit()).isFalse();
        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> !loop.isAlive());
        assertThat(monitor.state().quit()).isTrue();
        assertThat(monitor.state().unsaved()).isFalse();
    }

    @Test
    void aFailingSaveKeepsTheEditSaysWhyAndDoesNotQuit() throws Exception {
        answer = new Event.SaveOutcome.Failed("no space left on device");
        start();
        vt.type("+q");
        vt.awaitText("prompt:");
        vt.type("s");
        await().atMost(Duration.ofSeconds(10)).until(() -> saved.size() == 1);
        release.countDown();
        vt.awaitText("status: save failed: no space left on device; edits kept; not quitting");
        assertThat(vt.text()).contains("targets=105,75").contains("UNSAVED");
        assertThat(loop.isAlive()).isTrue();
    }

    @Test
    void anEditMadeWhileTheSaveRunsIsKeptUnsaved() throws Exception {
        start();
        vt.type("+s");
        await().atMost(Duration.ofSeconds(10)).until(() -> saved.size() == 1);
        vt.type("+"); // 105 -> 110 while 105 is being written
        vt.awaitText("targets=110,75");
        release.countDown();
        vt.awaitText("status: saved book.yaml; edits made since are not saved yet");
        assertThat(vt.text()).contains("targets=110,75").contains("UNSAVED");
        vt.type("s"); // the next save writes the rest
        await().atMost(Duration.ofSeconds(10)).until(() -> saved.size() == 2);
        assertThat(saved.get(1).hedges().get(0).targetPct()).isEqualTo(110.0);
        await().atMost(Duration.ofSeconds(10)).until(() -> !vt.text().contains("UNSAVED"));
    }
}

package org.hedgetop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hedgetop.book.Book;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.Poller;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.tui.Event;
import org.hedgetop.tui.Monitor;
import org.hedgetop.tui.MonitorState;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.pane.Frame;

/**
 * The real monitor loop ({@link Monitor#step()}) and the real {@link Poller} on a fake clock: the poller's
 * tasks run from a {@link ManualScheduler}, each poll posts its event, and the monitor takes one turn per
 * simulated minute (all the minute's events through {@code Update}, then evaluate and paint), as a busy
 * loop would. Records what the screen showed during each daily outage and when prices came back.
 */
final class SoakLoop implements AutoCloseable {
    static final Duration TURN = Duration.ofMinutes(1);
    private final FakeClock clock;
    private final ScreenRecorder screen;
    private final ManualScheduler scheduler;
    private final Poller poller;
    final Monitor monitor;
    final FaultySource source;
    long turns;
    final List<String> outageProblems = new ArrayList<>();
    int outagesSeen;
    int outagesShown; // outages a wide-enough frame showed as failing
    int hostileShown; // frames that showed an exchange's hostile text, defused
    private boolean inOutage;
    private boolean outageShown;
    private boolean outageVisible;
    private Optional<Instant> outageEnd = Optional.empty();

    SoakLoop(Book book, FaultySource source, FakeClock clock, ScreenRecorder screen) throws IOException {
        this.clock = clock;
        this.screen = screen;
        this.source = source;
        this.scheduler = new ManualScheduler(clock);
        Monitor[] self = new Monitor[1];
        poller = new Poller(clock, scheduler, new Poller.Listener() {
            @Override
            public void snapshot(MarketSnapshot snapshot, long generation) {
                self[0].post(new Event.Market(snapshot, generation));
            }

            @Override
            public void failed(String message, long generation) {
                self[0].post(new Event.MarketFailed(message, generation));
            }
        }, Optional.empty());
        RiskEngine engine = new RiskEngine();
        monitor = new Monitor(screen.screen, MonitorState.initial(book, clock.instant(), source.name(),
                UiState.initial(true, true)), clock, engine::evaluate, Frame::draw,
                request -> new Event.SaveOutcome.Failed("the soak never saves"), new Monitor.Feed() {
                    @Override
                    public void switchTo(Book b, long generation) {
                        throw new AssertionError("no source switch in the soak");
                    }

                    @Override
                    public void pause(boolean paused) {
                        throw new AssertionError("no pause in the soak");
                    }
                });
        self[0] = monitor;
        poller.start(source, Duration.ofSeconds(book.feed().pollSeconds()), 0);
        monitor.post(new Event.Resize(screen.terminal.getTerminalSize()));
        monitor.step();
    }

    /** One simulated minute: the poller's polls, then one turn of the monitor. */
    void minute() throws IOException {
        Instant end = clock.instant().plus(TURN);
        scheduler.runUntil(end);
        outageBookkeeping(clock.instant());
        assertThat(monitor.step()).as("the monitor keeps running").isTrue();
        turns++;
        MonitorState s = monitor.state();
        s.view().ifPresent(SoakTest::assertSane);
        assertThat(screen.terminal.unsafe).as("control characters sent to the terminal").isZero();
        assertThat(scheduler.pending()).as("scheduled tasks piling up").isLessThanOrEqualTo(2);
        if (FaultySource.at(clock.instant()) == FaultySource.Fault.PARTIAL && screen.text().contains("?]0;pwned?")) {
            hostileShown++;
        }
        if (inOutage && screen.terminal.getTerminalSize().getColumns() >= 80) {
            outageVisible = true;
            if (!outageShown && screen.text().contains("503")) {
                outageShown = true;
                outagesShown++;
            }
            if (s.market().spot().isEmpty()) {
                outageProblems.add("prices vanished during the outage at " + clock.instant());
            }
        }
        if (outageEnd.isPresent() && s.market().time().isAfter(outageEnd.get())) {
            Duration late = Duration.between(outageEnd.get(), s.market().time());
            if (late.compareTo(Duration.ofMinutes(5).plus(TURN)) > 0) {
                outageProblems.add("prices came back " + late + " after the outage ended at " + outageEnd.get());
            }
            if (outageVisible && !outageShown) {
                outageProblems.add("no frame showed the outage that ended at " + outageEnd.get());
            }
            outageEnd = Optional.empty();
        }
    }

    private void outageBookkeeping(Instant now) {
        boolean outage = FaultySource.at(now) == FaultySource.Fault.OUTAGE;
        if (outage && !inOutage) {
            outagesSeen++;
            outageShown = false;
            outageVisible = false;
        } else if (!outage && inOutage) {
            outageEnd = Optional.of(now);
        }
        inOutage = outage;
    }

    /** Resizes the terminal the way a user drags a window: the monitor hears of it and repaints. */
    void resize(com.googlecode.lanterna.TerminalSize size) throws IOException {
        screen.resize(size);
        monitor.post(new Event.Resize(size));
        monitor.step();
    }

    long frames() {
        return monitor.frames();
    }

    int polls() {
        return scheduler.ran;
    }

    void assertOutagesWereShownAndRecovered() {
        assertThat(outagesSeen).as("outages").isPositive();
        assertThat(outagesShown).as("outages shown on screen").isPositive();
        // the partial answers' hostile texts reached the screen - as visible '?', never as escapes
        assertThat(hostileShown).as("frames showing a defused hostile text").isPositive();
        assertThat(outageProblems).isEmpty();
    }

    @Override
    public void close() {
        poller.close();
    }
}

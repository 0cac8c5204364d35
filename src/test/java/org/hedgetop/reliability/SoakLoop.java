package org.hedgetop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hedgetop.book.Book;
import org.hedgetop.book.Safe;
import org.hedgetop.market.MarketException;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.MarketSource;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.UiState;

/**
 * The monitor's turn without its waiting: poll when due (backing off after failures, at most 5 minutes,
 * as the poller does), keep the last good snapshot with the failure as its health, evaluate, and paint once
 * per simulated minute. Records what the screen showed during each daily outage and when prices came back.
 */
final class SoakLoop {
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private final Book book;
    private final MarketSource source;
    private final FakeClock clock;
    private final RiskEngine engine;
    private final ScreenRecorder screen;
    private final Duration period;
    private MarketSnapshot shown;
    private RiskView view;
    private Instant nextPoll;
    private int failures;
    private long paintedMinute = -1;
    long frames;
    long evaluations;
    /** Per outage: did a painted frame show the failure, was a price still shown, when did prices return. */
    final List<String> outageProblems = new ArrayList<>();
    int outagesSeen;
    private boolean inOutage;
    private boolean outageShown;
    private boolean outageVisible; // a frame was painted wide enough to show the health line
    private Instant outageEnd;

    SoakLoop(Book book, MarketSource source, FakeClock clock, RiskEngine engine, ScreenRecorder screen) {
        this.book = book;
        this.source = source;
        this.clock = clock;
        this.engine = engine;
        this.screen = screen;
        this.period = Duration.ofSeconds(book.feed().pollSeconds());
        this.shown = MarketSnapshot.empty(clock.instant(), source.name());
        this.nextPoll = clock.instant();
    }

    void turn() {
        Instant now = clock.instant();
        boolean outage = FaultySource.at(now) == FaultySource.Fault.OUTAGE;
        if (outage && !inOutage) {
            outagesSeen++;
            outageShown = false;
            outageVisible = false;
        }
        if (!outage && inOutage) {
            outageEnd = now;
        }
        inOutage = outage;
        if (!now.isBefore(nextPoll)) {
            try {
                shown = source.poll(now);
                failures = 0;
                recovered(now);
            } catch (MarketException e) {
                failures++;
                shown = new MarketSnapshot(shown.time(), shown.spot(), shown.futures(), shown.spotHistory(),
                        shown.markHistory(), shown.funding(), shown.status(), shown.source(),
                        "error: " + Safe.text(e.getMessage()));
            }
            Duration wait = failures == 0 ? period : period.multipliedBy(1L << Math.min(failures, 10));
            nextPoll = clock.instant().plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
        }
        view = engine.evaluate(book, shown, clock.instant());
        evaluations++;
        SoakTest.assertSane(view);
        long minute = clock.instant().getEpochSecond() / 60;
        if (minute != paintedMinute) {
            paint();
            paintedMinute = minute;
            if (inOutage && screen.terminal.getTerminalSize().getColumns() >= 80) {
                outageVisible = true;
                outageShown |= screen.text().contains("503");
                if (shown.spot().isEmpty() && frames > 10) {
                    outageProblems.add("prices vanished during the outage at " + clock.instant());
                }
            }
        }
    }

    private void recovered(Instant now) {
        if (outageEnd != null) {
            if (Duration.between(outageEnd, now).compareTo(MAX_BACKOFF.plus(period)) > 0) {
                outageProblems.add("prices came back " + Duration.between(outageEnd, now) + " after the outage ended");
            }
            if (outageVisible && !outageShown) {
                outageProblems.add("no frame showed the outage that ended at " + outageEnd);
            }
            outageEnd = null;
        }
    }

    void paint() {
        screen.paint(view, shown, UiState.initial(true, true));
        assertThat(screen.terminal.unsafe).as("control characters sent to the terminal").isZero();
        frames++;
    }

    void assertOutagesWereShownAndRecovered() {
        assertThat(outagesSeen).as("outages").isPositive();
        assertThat(outageProblems).isEmpty();
    }
}

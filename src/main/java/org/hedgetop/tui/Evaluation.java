package org.hedgetop.tui;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.hedgetop.alert.AlertTracker;
import org.hedgetop.book.Book;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.RiskView;

/**
 * The risk view of the monitor's state, evaluated again only when the book, the statistics window, the
 * snapshot or the clock second changed (a key that only moves the selection costs no evaluation); each new
 * view goes through the alert lifecycle, which says when to ring. Owned by the monitor thread.
 */
final class Evaluation {
    private final Monitor.Evaluator evaluator;
    private Optional<RiskView> view = Optional.empty();
    private Book book;
    private Optional<StatsWindow> window;
    private MarketSnapshot market;
    private Instant now;

    /** Rings the terminal's bell. */
    @FunctionalInterface
    interface Bell {
        void ring() throws IOException;
    }

    Evaluation(Monitor.Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The last view; present after the first {@link #refresh}. */
    Optional<RiskView> view() {
        return view;
    }

    /** The state with a fresh view when its inputs changed (else {@code s} itself); {@code bell} rings the terminal. */
    MonitorState refresh(MonitorState s, MonitorEffects effects, Bell bell) throws IOException {
        if (view.isPresent() && s.book() == book && s.window().equals(window) && s.market() == market
                && s.now().equals(now)) {
            return s;
        }
        RiskView v = evaluator.evaluate(s.effectiveBook(), s.market(), s.now(), s.ui().paused());
        MonitorState next = Update.evaluated(s, v);
        if (s.marketReceived()) {
            // before the first prices every hedge looks odd: the lifecycle starts with real data
            AlertTracker.Step step = effects.alerting().evaluated(s.effectiveBook(), v, s.now());
            next = effects.withAlertPanel(next);
            if (step.ring() && s.book().settings().bell()) {
                bell.ring();
            }
        }
        view = Optional.of(v);
        book = next.book();
        window = next.window();
        market = next.market();
        now = next.now();
        return next;
    }
}

package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.MarketSource;
import org.hedgetop.cli.Sources;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.tui.pane.Frame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The audit of issue 15 on a virtual terminal: the demo book through the whole loop (loader, simulated
 * source, risk engine, alert lifecycle, painter), on a clock the test moves.
 */
class AlertAuditScreenTest {
    static final Instant AT = Instant.parse("2026-11-20T12:34:56Z");

    /** A clock the test sets; the loop reads it every turn. */
    static final class SetClock extends Clock {
        volatile Instant now = AT;

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

    final LoopTerminal vt = new LoopTerminal(200, 60);
    final SetClock clock = new SetClock();
    Monitor monitor;
    Book book;
    MarketSnapshot snapshot;

    @AfterEach
    void stop() throws Exception {
        if (monitor != null) {
            monitor.stop("test over");
            assertThat(monitor.awaitStopped(10, TimeUnit.SECONDS)).isTrue();
        }
        vt.press(KeyType.EOF);
    }

    private void start() throws Exception {
        book = BookLoader.load(Path.of("portfolios", "demo.yaml"));
        try (MarketSource source = Sources.open(book, "simulated")) {
            snapshot = source.poll(AT);
        }
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        monitor = new Monitor(screen, MonitorState.initial(book, AT, "simulated", UiState.initial(false, true)),
                clock, new RiskEngine()::evaluate, Frame::draw,
                request -> new Event.SaveOutcome.Failed("not in this test"), new Monitor.Feed() {
                    @Override
                    public void switchTo(Book b, long generation) {
                        monitor.post(new Event.Market(snapshot, generation));
                    }

                    @Override
                    public void pause(boolean paused) {
                    }
                });
        Thread loop = new Thread(() -> {
            try {
                monitor.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "monitor-under-test");
        loop.setDaemon(true);
        loop.start();
        monitor.post(new Event.Market(snapshot, 0));
        vt.awaitText("Demo altcoin book");
        vt.await(() -> !monitor.state().ui().alerts().active().isEmpty(), "the alert lifecycle to start");
        vt.await(() -> monitor.drawn().map(d -> d == monitor.state()).orElse(false), "that state on screen");
    }

    private List<String> lines() {
        return Arrays.asList(vt.text().split("\n"));
    }

    private String row(String start) {
        return lines().stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow(
                () -> new AssertionError("no row starting with " + start + " in\n" + vt.text()));
    }

    @Test
    void oneAlertPerHedgeTrueWordsAndTheExitWinsOverDrift() throws Exception {
        start();
        // the demo book is net long: no alert may call it net short
        assertThat(new RiskEngine().evaluate(book, snapshot, AT).totals().netDelta().getAsDouble()).isPositive();
        String avax = row("avax-perp ");
        assertThat(avax).contains("close 290").contains("EXIT").doesNotContain("DRIFT").doesNotContain("sell");
        assertThat(avax).contains("price_above 40 (spot "); // in full: the column is wide enough at 200

        vt.type("a");
        vt.awaitText("Active alerts, newest first");
        // the overlay's header can reach the terminal before its rows: wait for the whole list
        vt.await(() -> monitor.drawn().map(d -> d == monitor.state()).orElse(false)
                && vt.text().contains(" ada-perp:") && vt.text().contains(" doge-perp:")
                && vt.text().contains(" avax-perp:"), "the whole alert list on screen");
        String list = vt.text();
        assertThat(lines().stream().filter(l -> l.contains(" ada-perp:")).count()).as("ada-perp alerts in\n%s", list)
                .isEqualTo(1);
        assertThat(row(" since").length()).isPositive();
        String ada = lines().stream().filter(l -> l.contains(" ada-perp:")).findFirst().orElseThrow();
        // over-hedged and off target: two flags, one alert, one line
        assertThat(ada).contains("OVER-HEDGE ada-perp: coverage ").contains("; target 100 %; buy back ")
                .contains("the short is larger than the exposure it covers x factor");
        assertThat(monitor.state().ui().alerts().active()).filteredOn(a -> a.subject().equals("ada-perp"))
                .singleElement().satisfies(a -> assertThat(a.flags()).containsExactlyInAnyOrder(
                        org.hedgetop.risk.Alert.Kind.OVER_HEDGE, org.hedgetop.risk.Alert.Kind.DRIFT));
        String doge = lines().stream().filter(l -> l.contains(" doge-perp:")).findFirst().orElseThrow();
        assertThat(doge).contains("OVER-HEDGE doge-perp: coverage ")
                .contains("the short is larger than the exposure it covers x factor");
        assertThat(list).doesNotContain("net short");
        String avaxAlert = lines().stream().filter(l -> l.contains(" avax-perp:")).findFirst().orElseThrow();
        assertThat(avaxAlert).contains("EXIT-RULE avax-perp: exit rule fired: price_above 40 (spot ")
                .contains("close 290 contracts").doesNotContain("sell");

        // acknowledge the selected (newest) alert: it is marked, and the status line says so
        vt.type("A");
        vt.await(() -> monitor.state().ui().alerts().active().stream().anyMatch(a -> a.acknowledged()),
                "the acknowledgement");
        vt.awaitText("no bell for it until it clears");
        vt.type("a");
        vt.await(() -> monitor.state().ui().overlay() == UiState.Overlay.NONE, "the list to close");
        vt.awaitText("more (a)");
    }

    @Test
    void pausingDoesNotTurnPricesStale() throws Exception {
        start();
        assertThat(vt.text()).doesNotContain("STALE");
        // a minute without a poll: 12 poll periods of 5 s, so every price is stale by age...
        clock.now = AT.plusSeconds(60);
        vt.awaitText("STALE");
        // ...unless the user paused polling: nobody asked for newer prices
        vt.type("p");
        vt.await(() -> monitor.state().ui().paused(), "the pause");
        vt.awaitText("PAUSED");
        clock.now = AT.plusSeconds(61);
        vt.await(() -> !vt.text().contains("STALE"), "the stale alerts to clear while paused");
        clock.now = AT.plusSeconds(600);
        vt.await(() -> monitor.state().now().equals(AT.plusSeconds(600)), "ten minutes later");
        vt.await(() -> monitor.drawn().map(d -> d == monitor.state()).orElse(false), "the frame");
        assertThat(vt.text()).doesNotContain("STALE").contains("PAUSED");
    }
}

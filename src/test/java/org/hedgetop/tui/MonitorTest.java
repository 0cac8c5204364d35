package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hedgetop.tui.Fixtures.T0;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import com.googlecode.lanterna.terminal.Terminal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.hedgetop.book.Book;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.Alert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The loop driven through a virtual terminal: keys in, screen text out. The painter here writes the
 * state as plain words so these tests check the loop (events, evaluation, redraw policy) and not the panes.
 */
class MonitorTest {
    final LoopTerminal vt = new LoopTerminal(80, 24);
    final AtomicInteger evaluations = new AtomicInteger();
    final AtomicInteger bells = new AtomicInteger();
    final List<String> feedCalls = new CopyOnWriteArrayList<>();
    final List<Effect.Save> saves = new CopyOnWriteArrayList<>();
    volatile List<Alert> alerts = List.of();
    TerminalScreen screen;
    Monitor monitor;
    Thread loop;
    final AtomicInteger exits = new AtomicInteger();

    static int paint(com.googlecode.lanterna.graphics.TextGraphics g, TerminalSize size,
                      org.hedgetop.risk.RiskView view, UiState ui) {
        g.fill(' '); // a painter writes every cell (Monitor.Painter)
        g.putString(0, 0, "targets=" + view.hedges().stream().map(h -> Numbers.plain(h.targetPct()))
                .collect(Collectors.joining(",")) + " shock=" + Numbers.plain(view.scenario().shockPct()));
        g.putString(0, 1, "overlay=" + ui.overlay() + " focus=" + ui.focus() + " hedge=" + ui.selectedHedge()
                + (ui.unsaved() ? " UNSAVED" : "") + (ui.paused() ? " PAUSED" : ""));
        g.putString(0, 2, "size=" + size.getColumns() + "x" + size.getRows() + " health=" + view.sourceHealth()
                + " window=" + view.interval() + "/" + view.window());
        g.putString(0, size.getRows() - 1, "status: " + ui.status().orElse(""));
        ui.prompt().ifPresent(p -> g.putString(0, size.getRows() - 2, "prompt: " + p.question()));
        return Integer.MAX_VALUE; // no ledger list drawn
    }

    void start(Book book) throws Exception {
        vt.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
            }

            @Override
            public void onBell() {
                bells.incrementAndGet();
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(Terminal terminal, TerminalSize newSize) {
            }
        });
        screen = new TerminalScreen(vt);
        screen.startScreen();
        MonitorState initial = MonitorState.initial(book, T0, "fake", UiState.initial(true, true));
        Monitor.Evaluator evaluator = (b, market, now, paused) -> {
            evaluations.incrementAndGet();
            return Fixtures.view(b, market, now, OptionalLong.of(123), alerts);
        };
        Monitor.Feed feed = new Monitor.Feed() {
            @Override
            public void switchTo(Book b, long generation) {
                feedCalls.add("switch " + b.feed().interval() + " " + generation);
            }

            @Override
            public void pause(boolean paused) {
                feedCalls.add(paused ? "pause" : "resume");
            }
        };
        monitor = new Monitor(screen, initial, Clock.fixed(T0, ZoneOffset.UTC), evaluator, MonitorTest::paint,
                request -> {
                    saves.add(request);
                    return new Event.SaveOutcome.Written(java.nio.file.Path.of("/tmp/book.yaml"), request.edited());
                }, feed);
        loop = new Thread(() -> {
            try {
                monitor.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                exits.incrementAndGet();
            }
        }, "monitor-under-test");
        loop.setDaemon(true);
        loop.start();
        vt.awaitText("targets=100,75 shock=-20");
    }

    @AfterEach
    void end() throws Exception {
        if (monitor != null) {
            monitor.stop("test over");
            assertThat(monitor.awaitStopped(10, TimeUnit.SECONDS)).isTrue();
            screen.stopScreen();
        }
        vt.press(KeyType.EOF); // lets the key reader thread end
    }

    @Test
    void targetKeysRecomputeAndRedrawAtOnce() throws Exception {
        start(Fixtures.book());
        // the cursor is hidden at the end of the refresh that writes the first frame's text
        vt.await(() -> !vt.isCursorVisible(), "no cursor over the numbers");
        vt.type("+");
        vt.awaitText("targets=105,75 shock=-20");
        vt.awaitText("UNSAVED");
        vt.awaitText("status: sol-perp target 100 -> 105 %");
        vt.type("j-");
        vt.awaitText("targets=105,70");
        vt.type("0");
        vt.awaitText("targets=105,0");
    }

    @Test
    void shockKeysChangeTheScenario() throws Exception {
        start(Fixtures.book());
        vt.type("]]");
        vt.awaitText("shock=-10");
        vt.type("[");
        vt.awaitText("shock=-15");
    }

    @Test
    void helpAndDetailOverlaysOpenAndClose() throws Exception {
        start(Fixtures.book());
        vt.type("?");
        vt.awaitText("overlay=HELP");
        vt.type("x"); // ignored while the help is open
        vt.awaitText("status: the help is open: ? or Esc closes it");
        assertThat(vt.text()).contains("overlay=HELP");
        vt.type("?");
        vt.awaitText("overlay=NONE");
        vt.press(KeyType.Enter);
        vt.awaitText("overlay=DETAIL");
        vt.press(KeyType.Escape);
        vt.awaitText("overlay=NONE");
    }

    @Test
    void aResizeRedrawsAtTheNewSize() throws Exception {
        start(Fixtures.book());
        vt.setTerminalSize(new TerminalSize(120, 40));
        vt.awaitText("size=120x40");
        vt.setTerminalSize(new TerminalSize(60, 20));
        vt.awaitText("size=60x20");
        assertThat(vt.text().lines().count()).isEqualTo(20);
    }

    @Test
    void windowKeySwitchesTheSourceAndPauseReachesTheFeed() throws Exception {
        start(Fixtures.book());
        vt.type("w");
        vt.awaitText("window=4h/42");
        vt.type("p");
        vt.awaitText("PAUSED");
        assertThat(feedCalls).containsExactly("switch 4h 1", "pause");
    }

    @Test
    void marketEventsShowUpAndAFailureKeepsTheLastSnapshot() throws Exception {
        start(Fixtures.book());
        monitor.post(new Event.Market(new MarketSnapshot(T0, java.util.Map.of(), java.util.Map.of(),
                java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), "fake", "live"), 0));
        vt.awaitText("health=live");
        monitor.post(new Event.MarketFailed("HTTP 503", 0));
        vt.awaitText("health=error: HTTP 503");
    }

    @Test
    void nothingIsEvaluatedOrPaintedWhenNothingChanged() throws Exception {
        start(Fixtures.book());
        vt.type("g"); // settle: the first frame and this one are done
        vt.await(() -> monitor.state().ui().showSectors() && monitor.frames() >= 2, "two frames");
        long frames = monitor.frames();
        int evals = evaluations.get();
        monitor.post(new Event.Market(MarketSnapshot.empty(T0, "stale"), 99)); // old generation: dropped
        monitor.post(new Event.Tick(T0)); // same second
        vt.type("g"); // a UI-only change: one paint, no evaluation
        vt.await(() -> monitor.state().ui().showSectors() == false && monitor.frames() > frames, "repaint");
        assertThat(monitor.frames()).isEqualTo(frames + 1);
        assertThat(evaluations.get()).isEqualTo(evals);
        vt.type("+"); // a book change: evaluated again
        vt.awaitText("targets=105");
        assertThat(evaluations.get()).isEqualTo(evals + 1);
    }

    @Test
    void ctrlLRepaintsTheWholeScreenEvenWhenNothingChanged() throws Exception {
        start(Fixtures.book());
        vt.await(() -> monitor.frames() >= 1, "the first frame");
        long frames = monitor.frames();
        vt.getAndResetDirtyCells();
        vt.isWholeBufferDirtyThenReset();
        vt.addInput(new com.googlecode.lanterna.input.KeyStroke('l', true, false));
        vt.await(() -> monitor.frames() == frames + 1, "one more frame");
        vt.await(vt::isWholeBufferDirtyThenReset, "a complete repaint (the terminal was cleared)");
    }

    @Test
    void theBellRingsOnceForANewAlert() throws Exception {
        alerts = List.of(new Alert(Alert.Kind.DRIFT, "sol-perp", "drift"));
        start(Fixtures.book());
        assertThat(bells.get()).isZero(); // no prices yet
        monitor.post(new Event.Market(MarketSnapshot.empty(T0, "fake"), 0));
        vt.await(() -> bells.get() == 1, "a bell");
        monitor.post(new Event.Market(MarketSnapshot.empty(T0, "fake"), 0));
        vt.type("+");
        vt.awaitText("targets=105");
        assertThat(bells.get()).isEqualTo(1);
    }

    @Test
    void theBellIsSilentWhenTheBookSaysSo() throws Exception {
        alerts = List.of(new Alert(Alert.Kind.DRIFT, "sol-perp", "drift"));
        start(Fixtures.book().withSettings(new org.hedgetop.book.Settings(5, -20, 5, 0.5, 10, false)));
        monitor.post(new Event.Market(MarketSnapshot.empty(T0, "fake"), 0));
        vt.type("+");
        vt.awaitText("targets=105");
        // evaluated with prices: the alert is active in the list, and still no bell
        vt.await(() -> monitor.state().ui().alerts().active().size() == 1, "the alert in the list");
        assertThat(bells.get()).isZero();
    }

    @Test
    void saveGoesThroughTheStoreAndQuitAsksWhenUnsaved() throws Exception {
        start(Fixtures.book());
        vt.type("+q");
        vt.awaitText("prompt: Unsaved changes. s = save and quit");
        vt.type("n");
        vt.awaitText("status: not quitting");
        vt.type("s");
        vt.awaitText("status: saved book.yaml");
        assertThat(saves).hasSize(1);
        assertThat(saves.get(0).edited().hedges().get(0).targetPct()).isEqualTo(105);
        assertThat(vt.text()).doesNotContain("UNSAVED");
        vt.type("q");
        assertThat(monitor.awaitStopped(10, TimeUnit.SECONDS)).isTrue();
        assertThat(monitor.state().quit()).isTrue();
    }

    @Test
    void theEndOfInputEndsTheLoop() throws Exception {
        start(Fixtures.book());
        vt.type("+"); // unsaved edits do not keep a monitor without a keyboard alive
        vt.press(KeyType.EOF);
        assertThat(monitor.awaitStopped(10, TimeUnit.SECONDS)).isTrue();
    }
}

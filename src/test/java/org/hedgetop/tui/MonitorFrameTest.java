package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.cli.Sources;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.MarketSource;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.pane.Frame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The demo book through the whole loop - real loader, simulated source, risk engine and painter - driven
 * by keys and resizes. After every step the terminal must hold, cell for cell (characters, colours,
 * modifiers), exactly the frame the painter makes from the loop's state when drawn at once on a fresh
 * terminal: delta refreshes and resizes leave nothing stale behind. (The painter's own golden files of
 * the demo are in DemoScreenTest.)
 */
class MonitorFrameTest {
    static final Instant AT = Instant.parse("2026-11-20T12:34:56Z");

    final LoopTerminal vt = new LoopTerminal(80, 24);
    final RiskEngine engine = new RiskEngine();
    Monitor monitor;
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
        Book book = BookLoader.load(Path.of("portfolios", "demo.yaml"));
        try (MarketSource source = Sources.open(book, "simulated")) {
            snapshot = source.poll(AT);
        }
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        monitor = new Monitor(screen, MonitorState.initial(book, AT, "simulated", UiState.initial(true, true)),
                Clock.fixed(AT, ZoneOffset.UTC), engine::evaluate, Frame::draw,
                request -> new Event.SaveOutcome.Failed("not in this test"), new Monitor.Feed() {
                    @Override
                    public void switchTo(Book b, long generation) {
                        // the simulated source serves every interval: keep posting the same snapshot
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
        awaitFrameMatches();
    }

    /** What the painter draws for the loop's current state on a fresh terminal of {@code size}. */
    private DefaultVirtualTerminal expected(TerminalSize size) throws IOException {
        MonitorState s = monitor.state();
        RiskView view = engine.evaluate(s.effectiveBook(), s.market(), s.now());
        DefaultVirtualTerminal fresh = new DefaultVirtualTerminal(size);
        TerminalScreen screen = new TerminalScreen(fresh);
        screen.startScreen();
        Frame.draw(screen.newTextGraphics(), screen.getTerminalSize(), Drawn.view(view, s.market()), s.ui());
        screen.refresh(Screen.RefreshType.COMPLETE);
        return fresh;
    }

    private Optional<String> firstDifference() {
        try {
            TerminalSize size = vt.getTerminalSize();
            if (monitor.drawn().map(d -> d != monitor.state()).orElse(true)) {
                return Optional.of("the loop has not painted its latest state yet");
            }
            DefaultVirtualTerminal want = expected(size);
            for (int y = 0; y < size.getRows(); y++) {
                for (int x = 0; x < size.getColumns(); x++) {
                    TextCharacter got = vt.getCharacter(x, y);
                    TextCharacter exp = want.getCharacter(x, y);
                    if (!got.equals(exp)) {
                        return Optional.of("cell " + x + "," + y + ": expected " + exp + ", got " + got);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.toString());
        }
    }

    private void typeAndAwait(String keys, java.util.function.Predicate<MonitorState> taken) {
        vt.type(keys);
        vt.await(() -> taken.test(monitor.state()), "the loop to take \"" + keys + "\"");
        awaitFrameMatches();
    }

    private void awaitFrameMatches() {
        try {
            vt.await(() -> firstDifference().isEmpty(), "the painter's frame");
        } catch (AssertionError e) {
            throw new AssertionError(firstDifference().orElse("") + "\n" + e.getMessage(), e);
        }
    }

    @Test
    void keysAndResizesAlwaysLeaveExactlyThePaintersFrame() throws Exception {
        start();
        assertThat(vt.text()).contains("Demo altcoin book");
        // wait until the loop has taken each key before comparing frames: a frame that matches the
        // state from before the key would otherwise satisfy the comparison too early
        typeAndAwait("+", s -> s.book().hedges().get(0).targetPct() == 105);
        typeAndAwait("]]", s -> s.book().settings().shockPct() == -10);
        typeAndAwait("j", s -> s.ui().selectedHedge() == 1);
        typeAndAwait("-", s -> s.book().hedges().get(1).targetPct() == 75);
        typeAndAwait("g", s -> s.ui().showSectors());
        assertThat(monitor.state().book().hedges().get(0).targetPct()).isEqualTo(105);
        assertThat(monitor.state().book().hedges().get(1).targetPct()).isEqualTo(75); // avax-perp 80 - 5
        assertThat(monitor.state().book().settings().shockPct()).isEqualTo(-10);

        vt.setTerminalSize(new TerminalSize(120, 40));
        awaitFrameMatches();
        vt.press(KeyType.Enter);
        vt.await(() -> monitor.state().ui().overlay() == UiState.Overlay.DETAIL, "the detail view");
        awaitFrameMatches();
        vt.setTerminalSize(new TerminalSize(200, 60));
        awaitFrameMatches();
        vt.press(KeyType.Escape);
        vt.type("?");
        vt.await(() -> monitor.state().ui().overlay() == UiState.Overlay.HELP, "the help overlay");
        awaitFrameMatches();
        vt.type("w"); // ignored while the help is open
        vt.await(() -> monitor.state().ui().status().orElse("").startsWith("the help is open"), "the hint");
        awaitFrameMatches();
        vt.press(KeyType.Escape); // closes the help
        vt.await(() -> monitor.state().ui().overlay() == UiState.Overlay.NONE, "the help to close");
        awaitFrameMatches();
        vt.type("wc");
        vt.await(() -> monitor.state().ui().overlay() == UiState.Overlay.CORRELATION_MATRIX, "the heat-map");
        awaitFrameMatches();
        vt.setTerminalSize(new TerminalSize(80, 24)); // shrinking must not leave the wide frame's cells
        awaitFrameMatches();
        vt.setTerminalSize(new TerminalSize(50, 12)); // too small: a notice, not garbage
        awaitFrameMatches();
        assertThat(vt.text()).containsIgnoringCase("enlarge");
    }

    @Test
    void pgDnPastTheLastLedgerPageStaysThereSoOnePgUpTurnsBack() throws Exception {
        start();
        vt.setTerminalSize(new TerminalSize(120, 40));
        typeAndAwait("jj", s -> s.ui().selectedHedge() == 2); // ada-perp: 2 fills, 31 settlements
        vt.press(KeyType.Enter);
        vt.await(() -> monitor.state().ui().overlay() == UiState.Overlay.DETAIL, "the detail view");
        for (int i = 0; i < 10; i++) {
            vt.press(KeyType.PageDown);
        }
        // 7 lines a page at 120x40: pages 0..4, the last one lines 29-33; ten presses end there, not at page 10
        vt.await(() -> vt.text().contains("lines 29-33 of 33"), "the last page");
        vt.await(() -> monitor.state().ui().ledgerPage() == 4, "the page kept at the last one");
        vt.press(KeyType.PageUp);
        vt.await(() -> vt.text().contains("lines 22-28 of 33"), "one page back at once");
        awaitFrameMatches();
    }
}

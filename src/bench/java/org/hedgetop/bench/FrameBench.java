package org.hedgetop.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.hedgetop.book.Book;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.pane.Frame;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Budget 1 of issue 6: build the view and draw one frame of a book with 1,000 holdings and 200 hedges into a
 * 200x60 virtual terminal, median at most 2 ms. A frame is what the monitor does after a poll: evaluate the
 * tick (warm engine, statistics cached), paint through {@link Frame#draw}, and refresh the screen (DELTA).
 * Two snapshots with different prices alternate, so every frame has changed cells to send.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FrameBench {
    static final TerminalSize SIZE = new TerminalSize(200, 60);

    private Book book;
    private final MarketSnapshot[] markets = new MarketSnapshot[2];
    private final Instant[] times = new Instant[2];
    private final RiskView[] views = new RiskView[2];
    private RiskEngine engine;
    private TerminalScreen screen;
    private TextGraphics graphics;
    private UiState ui;
    private long frames;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Book shape = Synthetic.book(1000, 200, 30);
        times[0] = Synthetic.NOW;
        times[1] = Synthetic.NOW.plusSeconds(5);
        markets[0] = Synthetic.market(shape, times[0], 7, 0);
        markets[1] = Synthetic.nextPoll(shape, markets[0], times[1], 7, 0.4);
        book = Synthetic.hedged(shape, markets[0]);
        engine = new RiskEngine();
        views[0] = engine.evaluate(book, markets[0], times[0]);
        views[1] = engine.evaluate(book, markets[1], times[1]);
        screen = new TerminalScreen(new DefaultVirtualTerminal(SIZE));
        screen.startScreen();
        graphics = screen.newTextGraphics();
        ui = UiState.initial(true, true);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        screen.stopScreen();
    }

    /** Evaluate the tick, paint, refresh. */
    @Benchmark
    public RiskView buildAndDraw() throws IOException {
        int k = (int) (frames++ & 1);
        RiskView view = engine.evaluate(book, markets[k], times[k]);
        Frame.draw(graphics, SIZE, view, ui);
        screen.refresh(Screen.RefreshType.DELTA);
        return view;
    }

    /**
     * What Monitor.render does for a frame: clear the back buffer with a fill, paint, refresh. (The painter
     * writes every cell anyway; the fill makes every cell differ from the last frame's, so the painter's
     * flush can no longer skip the unchanged ones.)
     */
    @Benchmark
    public void monitorPath() throws IOException {
        int k = (int) (frames++ & 1);
        TextGraphics g = screen.newTextGraphics();
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        g.fill(' ');
        Frame.draw(g, SIZE, views[k], ui);
        screen.refresh(Screen.RefreshType.DELTA);
    }

    /** Paint and refresh only, the views already built. */
    @Benchmark
    public void drawOnly() throws IOException {
        int k = (int) (frames++ & 1);
        Frame.draw(graphics, SIZE, views[k], ui);
        screen.refresh(Screen.RefreshType.DELTA);
    }
}

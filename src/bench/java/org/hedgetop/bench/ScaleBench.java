package org.hedgetop.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookException;
import org.hedgetop.book.BookLoader;
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
 * Scale (issue 6, item 7): a book of 5,000 holdings and 500 hedges loads, evaluates and scrolls smoothly.
 * "Smoothly" is read as the frame budget: a key press that moves the selection repaints in at most 2 ms
 * (the view is not rebuilt for a key that only moves the selection).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScaleBench {
    static final TerminalSize SIZE = new TerminalSize(200, 60);

    private String yaml;
    private Book book;
    private final MarketSnapshot[] markets = new MarketSnapshot[2];
    private final Instant[] times = new Instant[2];
    private RiskEngine engine;
    private RiskView view;
    private TerminalScreen screen;
    private TextGraphics graphics;
    private long moves;

    @Setup(Level.Trial)
    public void setUp() throws IOException, BookException {
        Book shape = Synthetic.book(5000, 500, 30);
        times[0] = Synthetic.NOW;
        times[1] = Synthetic.NOW.plusSeconds(5);
        markets[0] = Synthetic.market(shape, times[0], 9, 0);
        markets[1] = Synthetic.nextPoll(shape, markets[0], times[1], 9, -0.2);
        book = Synthetic.hedged(shape, markets[0]);
        yaml = Synthetic.yaml(book);
        Book loaded = BookLoader.parse(yaml, "scale.yaml", Optional.empty());
        if (loaded.holdings().size() != 5000 || loaded.hedges().size() != 500) {
            throw new IllegalStateException("the generated book did not load whole: " + loaded.holdings().size()
                    + " holdings, " + loaded.hedges().size() + " hedges");
        }
        engine = new RiskEngine();
        view = engine.evaluate(book, markets[0], times[0]);
        screen = new TerminalScreen(new DefaultVirtualTerminal(SIZE));
        screen.startScreen();
        graphics = screen.newTextGraphics();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        screen.stopScreen();
    }

    /** Parse and validate the 5,000-holding portfolio file (about 0.6 MB of YAML). */
    @Benchmark
    public Book load() throws BookException {
        return BookLoader.parse(yaml, "scale.yaml", Optional.empty());
    }

    /** A cold engine: all statistics of 5,002 series, then the view. */
    @Benchmark
    public RiskView fullEvaluation() {
        return new RiskEngine().evaluate(book, markets[0], times[0]);
    }

    /** A price tick inside the interval. */
    @Benchmark
    public RiskView tick() {
        int k = (int) (moves++ & 1);
        return engine.evaluate(book, markets[k], times[k]);
    }

    /** j pressed in the exposure pane: the selection moves one row down (wrapping), paint and refresh. */
    @Benchmark
    public void scrollFrame() throws IOException {
        int row = (int) (moves++ % 5000);
        UiState ui = UiState.initial(true, true).withFocus(UiState.Pane.EXPOSURE)
                .withSelection(0, row);
        Frame.draw(graphics, SIZE, view, ui);
        screen.refresh(Screen.RefreshType.DELTA);
    }
}

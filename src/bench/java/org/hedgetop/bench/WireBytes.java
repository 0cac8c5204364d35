package org.hedgetop.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hedgetop.book.Book;
import org.hedgetop.book.Holding;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.pane.Frame;

/**
 * Bytes on the wire (issue 6, budget 3): what the monitor sends to an ANSI terminal over SSH when prices
 * change on a 120x40 screen. The terminal is Lanterna's own ANSI terminal writing into a counting stream,
 * with its size fixed (no size query on the wire); frames are painted with {@link Frame#draw} and sent
 * with a DELTA refresh, as the monitor does after a poll, and compared with a COMPLETE repaint.
 *
 * <p>Prints properties: {@code one_price_bytes} (median over changing each of the 50 tokens alone, from the
 * same screen), {@code one_price_max}, {@code fifty_prices_bytes} (every price moves), {@code full_repaint_bytes}
 * and {@code fifty_prices_bytes.budget} (a quarter of the full repaint).
 */
public final class WireBytes {
    static final TerminalSize SIZE = new TerminalSize(120, 40);

    private WireBytes() {
    }

    /** Counts what the terminal writes. */
    static final class Counter extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /** One screen on a counted ANSI terminal of a fixed size. */
    static final class Wire implements AutoCloseable {
        final Counter counter = new Counter();
        final TerminalScreen screen;
        final RiskEngine engine = new RiskEngine();
        final Book book;
        final UiState ui = UiState.initial(true, true);

        Wire(Book book) throws IOException {
            this.book = book;
            ANSITerminal terminal = new ANSITerminal(new ByteArrayInputStream(new byte[0]), counter,
                    StandardCharsets.UTF_8) {
                @Override
                protected TerminalSize findTerminalSize() {
                    return SIZE;
                }
            };
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        }

        /** Bytes sent to show this snapshot. */
        long frame(MarketSnapshot market, Instant now, Screen.RefreshType refresh) throws IOException {
            Frame.draw(screen.newTextGraphics(), SIZE, engine.evaluate(book, market, now), ui);
            long before = counter.bytes;
            screen.refresh(refresh);
            return counter.bytes - before;
        }

        @Override
        public void close() throws IOException {
            screen.stopScreen();
        }
    }

    public static void main(String[] args) throws IOException {
        Book shape = Synthetic.book(50, 12, 30);
        Instant now = Synthetic.NOW;
        Instant next = now.plusSeconds(5);
        MarketSnapshot base = Synthetic.market(shape, now, 5, 0);
        Book book = Synthetic.hedged(shape, base);

        List<Long> one = new ArrayList<>();
        for (Holding h : book.holdings()) {
            try (Wire w = new Wire(book)) {
                w.frame(base, now, Screen.RefreshType.COMPLETE);
                one.add(w.frame(Synthetic.withPrice(base, h.token(), 1.004), now, Screen.RefreshType.DELTA));
            }
        }
        Collections.sort(one);
        long fifty;
        long full;
        try (Wire w = new Wire(book)) {
            w.frame(base, now, Screen.RefreshType.COMPLETE);
            MarketSnapshot moved = Synthetic.nextPoll(book, base, next, 5, 0.4);
            fifty = w.frame(moved, next, Screen.RefreshType.DELTA);
            full = w.frame(moved, next, Screen.RefreshType.COMPLETE);
        }
        System.out.println("# bytes written to a 120x40 ANSI terminal, 50-token book with 12 hedges");
        System.out.println("one_price_bytes=" + one.get(one.size() / 2));
        System.out.println("one_price_min=" + one.get(0));
        System.out.println("one_price_max=" + one.get(one.size() - 1));
        System.out.println("fifty_prices_bytes=" + fifty);
        System.out.println("full_repaint_bytes=" + full);
        System.out.println("fifty_prices_bytes.budget=" + full / 4);
    }
}

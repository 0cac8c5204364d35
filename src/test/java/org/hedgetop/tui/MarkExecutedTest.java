package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hedgetop.tui.Fixtures.T0;

import com.googlecode.lanterna.input.KeyStroke;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.book.BookWriter;
import org.hedgetop.book.Fill;
import org.hedgetop.book.Hedge;
import org.junit.jupiter.api.Test;

/**
 * {@code x} appends a fill (DOMAIN.md section 7); on a real file the saved text gains exactly one fill line, and
 * {@code x} then {@code u} saves nothing.
 */
class MarkExecutedTest {
    private static final String TEXT = """
            holdings:
              - {token: SOL, units: 100000}   # staked
            hedges:
              - id: sol-perp
                covers: [SOL]
                instrument: SOLUSDT
                contract_size: 1
                fills:
                  - {time: 2026-11-01T00:00:00Z, contracts: -15000, price: 140, fee: 12.5}
                  - {time: 2026-11-10T08:00:00Z, contracts: -5000, price: 150}   # added
                leverage: 5
            """;

    private static String status(MonitorState s) {
        return s.ui().status().orElse("");
    }

    private static MonitorState press(MonitorState s, char c) {
        return Update.apply(s, new Event.Key(new KeyStroke(c, false, false))).state();
    }

    /* needed 21,500 (Fixtures.hedgeRow, mark 150), held 20,000: x sells 1,500 at 150 at T0. */
    @Test
    void xThenSaveAddsOneFillAndXThenUndoChangesNothing() throws Exception {
        Book loaded = BookLoader.parse(TEXT, "book.yaml", Optional.empty());
        MonitorState s = MonitorState.initial(loaded, T0, "fake", UiState.initial(true, true));
        s = Update.evaluated(s, Fixtures.view(loaded, s.market(), T0, OptionalLong.of(21_500), List.of()));
        MonitorState x = press(s, 'x');
        assertThat(BookWriter.apply(TEXT, loaded, x.book())).isEqualTo(TEXT.replace("   # added\n", "   # added\n"
                + "      - {time: 2026-11-24T12:00:00Z, contracts: -1500, price: 150}\n"));
        MonitorState undone = press(x, 'u');
        assertThat(BookWriter.apply(TEXT, loaded, undone.book())).isEqualTo(TEXT);
        assertThat(undone.ui().unsaved()).isFalse();
    }

    /*
     * sol-perp: short 20,000 at 150 since T0 - 7 days; needed 21,500 at mark 150 (Fixtures.hedgeRow): x appends
     * the fill {time: T0, contracts: -1,500, price: 150} after the implied one, and undo gives the book back.
     */
    @Test
    void markExecutedAppendsAFillForTheOrder() throws Exception {
        Hedge h = Fixtures.state().book().hedges().get(0);
        Instant opened = T0.minus(Duration.ofDays(7));
        Book book = Fixtures.state().book().withHedge(new Hedge(h.id(), h.covers(), h.instrument(), h.underlying(),
                h.type(), h.expiry(), h.contractSize(), h.targetPct(), h.ratio(), h.position(), h.entryPrice(),
                Optional.of(opened), h.leverage(), h.exit(), h.location()));
        MonitorState s = MonitorState.initial(book, T0, "fake", UiState.initial(true, true));
        MonitorState withView = Update.evaluated(s,
                Fixtures.view(s.book(), s.market(), T0, OptionalLong.of(21_500), List.of()));
        MonitorState x = press(withView, 'x');
        Hedge after = x.book().hedges().get(0);
        assertThat(after.position()).isEqualTo(-21_500);
        assertThat(after.fills()).containsExactly(Fill.of(opened, -20_000, 150), Fill.of(T0, -1_500, 150));
        assertThat(status(x)).contains("sold 1500 @ 150, position -20000 -> -21500");
        assertThat(press(x, 'u').book()).isEqualTo(book);

        // on a book with fills, a second x (needed now 22,000) appends exactly one more fill
        MonitorState again = press(Update.evaluated(x, Fixtures.view(x.book(), x.market(), T0,
                OptionalLong.of(22_000), List.of())), 'x');
        assertThat(again.book().hedges().get(0).fills()).hasSize(3).endsWith(Fill.of(T0, -500, 150));
    }

    @Test
    void markExecutedWithoutOpenedIsRefused() {
        MonitorState s = Fixtures.state();
        MonitorState withView = Update.evaluated(s,
                Fixtures.view(s.book(), s.market(), T0, OptionalLong.of(21_500), List.of()));
        MonitorState x = press(withView, 'x');
        assertThat(x.book()).isEqualTo(s.book());
        assertThat(status(x)).contains("sol-perp has no opened: its position cannot be turned into fills");
    }
}

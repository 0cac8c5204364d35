package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hedgetop.tui.Fixtures.T0;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.book.BookWriter;
import org.junit.jupiter.api.Test;

/** {@code x} on a real file: the saved text gains exactly one fill line; {@code x} then {@code u} saves nothing. */
class MarkExecutedFileTest {
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

    private static MonitorState press(MonitorState s, char c) {
        return Update.apply(s, new Event.Key(new KeyStroke(c, false, false))).state();
    }

    /* needed 21,500 (Fixtures.hedgeRow, mark 150), held 20,000: x sells 1,500 at 150 at T0. */
    @Test
    void xThenSaveAddsOneFillAndXThenUndoChangesNothing() throws Exception {
        Book loaded = BookLoader.parse(TEXT, "book.yaml", Optional.empty());
        MonitorState s = MonitorState.initial(loaded, T0, "fake", UiState.initial(true, true));
        s = Update.evaluated(s, Fixtures.view(loaded, s.market(), T0, OptionalLong.of(21_500), List.of())).state();
        MonitorState x = press(s, 'x');
        assertThat(BookWriter.apply(TEXT, loaded, x.book())).isEqualTo(TEXT.replace("   # added\n", "   # added\n"
                + "      - {time: 2026-11-24T12:00:00Z, contracts: -1500, price: 150}\n"));
        MonitorState undone = press(x, 'u');
        assertThat(BookWriter.apply(TEXT, loaded, undone.book())).isEqualTo(TEXT);
        assertThat(undone.ui().unsaved()).isFalse();
    }
}

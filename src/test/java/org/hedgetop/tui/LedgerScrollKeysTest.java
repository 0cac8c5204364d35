package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.Arrays;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.cli.Sources;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.MarketSource;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.risk.RiskView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PgUp / PgDn on the detail view's ledger, pure update level, on the demo book at {@link DemoScreenTest#AT}:
 * ada-perp (the third hedge) has 2 fills and 31 settlements = 33 lines (the demo-detail-120x40 golden lists them).
 */
class LedgerScrollKeysTest {
    private static Book book;
    private static MarketSnapshot market;
    private static RiskView view;

    /** Loaded once, on first use: KeyTableTest borrows {@link #ada} without this class's lifecycle. */
    private static synchronized void evaluate() {
        if (view != null) {
            return;
        }
        try {
            book = BookLoader.load(Path.of("portfolios", "demo.yaml"));
            try (MarketSource source = Sources.open(book, "simulated")) {
                market = source.poll(DemoScreenTest.AT);
            }
            view = new RiskEngine().evaluate(book, market, DemoScreenTest.AT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void load() {
        evaluate();
    }

    /** The demo with ada-perp selected and its detail view open (or not). */
    static MonitorState ada(boolean detail) {
        evaluate();
        UiState ui = UiState.initial(true, true).withSelection(2, 0);
        MonitorState s = MonitorState.initial(book, DemoScreenTest.AT, "simulated",
                detail ? ui.withOverlay(UiState.Overlay.DETAIL) : ui);
        return Update.evaluated(s, view);
    }

    static MonitorState press(MonitorState s, KeyType... keys) {
        for (KeyType k : keys) {
            s = Update.apply(s, new Event.Key(new KeyStroke(k))).state();
        }
        return s;
    }

    private static MonitorState pageDown(MonitorState s, int times) {
        KeyType[] keys = new KeyType[times];
        Arrays.fill(keys, KeyType.PageDown);
        return press(s, keys);
    }

    @Test
    void theDemoHedgeHasTheLinesThisTestCounts() {
        assertThat(ViewKeys.ledgerLines(view, ada(true).ui())).isEqualTo(33);
    }

    @Test
    void pgDnTurnsToOlderLinesAndPgUpBack() {
        MonitorState two = pageDown(ada(true), 2);
        assertThat(two.ui().ledgerPage()).isEqualTo(2);
        assertThat(press(two, KeyType.PageUp).ui().ledgerPage()).isEqualTo(1);
        assertThat(two.book()).isSameAs(ada(true).book()); // a way of looking, not an edit
        assertThat(two.ui().unsaved()).isFalse();
    }

    @Test
    void pgUpStopsAtTheNewestLines() {
        MonitorState s = press(ada(true), KeyType.PageUp);
        assertThat(s.ui().ledgerPage()).isZero();
        assertThat(s.message()).contains("the ledger shows its newest lines");
    }

    /** Pages hold at least one line, so 33 lines give at most 33 pages: 0..32. */
    @Test
    void pgDnStopsAtTheLineCount() {
        MonitorState s = pageDown(ada(true), 40);
        assertThat(s.ui().ledgerPage()).isEqualTo(32);
        assertThat(s.message()).contains("the ledger shows its oldest lines");
        assertThat(press(s, KeyType.PageUp).ui().ledgerPage()).isEqualTo(31);
    }

    @Test
    void withoutTheDetailViewTheKeysOnlySayWhereTheyAct() {
        MonitorState s = press(ada(false), KeyType.PageDown);
        assertThat(s.ui().ledgerPage()).isZero();
        assertThat(s.ui().overlay()).isEqualTo(UiState.Overlay.NONE);
        assertThat(s.message()).contains("PgUp / PgDn scroll the ledger of the detail view: Enter opens it");
    }

    @Test
    void anotherHedgeStartsAtTheNewestLines() {
        MonitorState scrolled = pageDown(ada(true), 3);
        MonitorState k = Update.apply(scrolled, new Event.Key(new KeyStroke('k', false, false))).state();
        assertThat(k.ui().selectedHedge()).isEqualTo(1);
        assertThat(k.ui().ledgerPage()).isZero();
        assertThat(press(scrolled, KeyType.Tab).ui().ledgerPage()).isZero(); // the exposure pane's token now
    }

    @Test
    void reopeningTheDetailViewStartsAtTheNewestLines() {
        MonitorState scrolled = pageDown(ada(true), 3);
        MonitorState reopened = press(scrolled, KeyType.Escape, KeyType.Enter);
        assertThat(reopened.ui().overlay()).isEqualTo(UiState.Overlay.DETAIL);
        assertThat(reopened.ui().ledgerPage()).isZero();
    }

    @Test
    void aNewPollKeepsThePage() {
        MonitorState scrolled = pageDown(ada(true), 3);
        assertThat(Update.evaluated(scrolled, view).ui().ledgerPage()).isEqualTo(3);
    }

    /** The whole frame at 120x40: 7 lines a page, the second page starts at the 8th newest settlement. */
    @Test
    void theScreenShowsThePageAndWhereItIs() {
        MonitorState s = pageDown(ada(true), 1);
        String text = VirtualScreen.render(120, 40, view, market, s.ui()).screenText();
        assertThat(text).contains("lines 8-14 of 33  PgUp newer  PgDn older")
                .doesNotContain("11-20 08:00  funding"); // the newest is on the first page
        assertThat(text.lines().filter(l -> l.startsWith(" 11-18 00:00  funding")).count()).isEqualTo(1);
        String first = VirtualScreen.render(120, 40, view, market, ada(true).ui()).screenText();
        assertThat(first).contains("lines 1-7 of 33  PgDn older").contains(" 11-20 08:00  funding +0.0100% on 170");
        String last = VirtualScreen.render(120, 40, view, market, pageDown(ada(true), 4).ui()).screenText();
        assertThat(last).contains("lines 29-33 of 33  PgUp newer");
    }
}

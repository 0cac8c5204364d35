package org.hedgetop.tui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
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
 * The shipped demo book on the seeded simulator at a fixed time, painted at the three promised sizes: the
 * real engine's numbers and words through the painter, compared with golden files.
 */
class DemoScreenTest {
    static final Instant AT = Instant.parse("2026-11-20T12:34:56Z");
    private static RiskView view;
    private static MarketSnapshot market;

    @BeforeAll
    static void evaluate() throws Exception {
        Book book = BookLoader.load(Path.of("portfolios", "demo.yaml"));
        try (MarketSource source = Sources.open(book, "simulated")) {
            market = source.poll(AT);
        }
        view = new RiskEngine().evaluate(book, market, AT);
    }

    private static void golden(String name, int cols, int rows, UiState ui) {
        GoldenFiles.assertMatches(name, VirtualScreen.render(cols, rows, view, market, ui));
    }

    @Test
    void demo80x24() {
        golden("demo-80x24", 80, 24, UiState.initial(true, true));
    }

    @Test
    void demo120x40() {
        golden("demo-120x40", 120, 40, UiState.initial(true, true));
    }

    @Test
    void demo200x60() {
        golden("demo-200x60", 200, 60, UiState.initial(true, true));
    }

    @Test
    void demoDetailOfTheBasket120x40() {
        golden("demo-detail-120x40", 120, 40, UiState.initial(true, true).withSelection(2, 0)
                .withOverlay(UiState.Overlay.DETAIL));
    }
}

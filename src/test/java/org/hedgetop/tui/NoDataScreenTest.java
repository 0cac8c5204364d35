package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.SymbolStatus;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.risk.RiskView;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 items 1 to 4 on the real frame in a virtual terminal at 120x40: no prices at all, some
 * prices missing, and refused updates. The book holds 1,000 SOL and 10 ETH hedged with 900 SOLUSDT.
 */
class NoDataScreenTest {
    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    static final String OFFLINE = "offline: Binance did not answer in time (/api/v3/ticker/price); next try in 20 s";

    static Book book() throws Exception {
        return BookLoader.parse("name: Trust book\nfeed: {source: binance, poll_seconds: 5}\n"
                + "holdings:\n  - {token: SOL, units: 1000}\n  - {token: ETH, units: 10}\n"
                + "hedges:\n  - {id: sol-perp, covers: [SOL], instrument: SOLUSDT, contract_size: 1, position: -900}\n",
                "book.yaml", Optional.empty());
    }

    static MarketSnapshot market(Map<String, Double> spot, Map<String, FuturesQuote> futures,
                                 Map<String, SymbolStatus> status, String health) {
        return new MarketSnapshot(NOW, spot, futures, Map.of(), Map.of(), Map.of(), status, "binance", health);
    }

    static FuturesQuote mark(double m) {
        return new FuturesQuote(m, OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty(),
                NOW);
    }

    static VirtualScreen screen(MarketSnapshot m) throws Exception {
        RiskView v = new RiskEngine().evaluate(book(), m, NOW);
        return VirtualScreen.render(120, 40, v, m, UiState.initial(false, false));
    }

    @Test
    void anUnreachableExchangeShowsNotAvailableEverywhereNeverZero() throws Exception {
        VirtualScreen s = screen(market(Map.of(), Map.of(), Map.of(), OFFLINE));
        String text = s.screenText();

        assertThat(s.row(0)).as("the book name stays in the title").startsWith(" Trust book");
        assertThat(text).contains("book coverage n/a, net delta n/a")
                .contains("TOTAL                                n/a hedged n/a cover n/a net n/a")
                .contains("Shock -20%  uniform spot n/a hedge n/a net n/a  | market spot n/a hedge n/a net n/a")
                .doesNotContain("net delta 0.0").doesNotContain("spot 0 ");
        assertThat(text).contains("partial: SOL, ETH without price; sol-perp without");
        String hedgeRow = text.lines().filter(l -> l.startsWith("sol-perp")).findFirst().orElseThrow();
        assertThat(hedgeRow).contains(" no mark ").doesNotContain(" ok ");
        String alerts = s.row(38);
        assertThat(alerts).startsWith(" FEED  binance: " + OFFLINE.substring(0, 30)).contains("ALERTS")
                .doesNotContain("no alerts");
    }

    @Test
    void oneTokenWithoutAPriceMakesTheTotalsPartialAndSaysWhich() throws Exception {
        Map<String, Double> spot = new HashMap<>(Map.of("ETH", 3000.0, "BTC", 90000.0));
        SymbolStatus refused = new SymbolStatus(SymbolStatus.Health.ERROR, Optional.empty(),
                "price is not a price (below 1e-12): \"1e-320\"");
        VirtualScreen s = screen(market(spot, Map.of("SOLUSDT", mark(150.0)), Map.of("SOL", refused), "live"));
        String text = s.screenText();

        // exposure of the priced token only: 10 ETH x 3,000 = 30,000; hedged 900 x 150 = 135,000
        assertThat(text).contains("Exposure - value in USDT; partial: SOL without price");
        assertThat(text).contains("TOTAL                             30,000 hedged 135.0K");
        String sol = text.lines().filter(l -> l.startsWith("SOL ")).findFirst().orElseThrow();
        assertThat(sol).contains("n/a").contains("STALE"); // an ERROR status is stale: no good price ever
        String hedgeRow = text.lines().filter(l -> l.startsWith("sol-perp")).findFirst().orElseThrow();
        assertThat(hedgeRow).contains("no spot");
    }

    @Test
    void aRefusedUpdateKeepsTheLastGoodValueAndTheRowSaysSo() throws Exception {
        String why = "last update refused: price is not a price (below 1e-12): \"1e-320\"";
        Map<String, SymbolStatus> status = Map.of(
                "SOL", new SymbolStatus(SymbolStatus.Health.OK, Optional.of(NOW), why),
                "SOLUSDT", new SymbolStatus(SymbolStatus.Health.OK, Optional.of(NOW),
                        "last update refused: markPrice is not a price (below 1e-12): \"0\""));
        VirtualScreen s = screen(market(Map.of("SOL", 150.0, "ETH", 3000.0), Map.of("SOLUSDT", mark(150.0)), status,
                "live"));
        String text = s.screenText();

        String sol = text.lines().filter(l -> l.startsWith("SOL ")).findFirst().orElseThrow();
        assertThat(sol).contains("150.00").contains("150,000").contains("REFUSED");
        String hedgeRow = text.lines().filter(l -> l.startsWith("sol-perp")).findFirst().orElseThrow();
        assertThat(hedgeRow).contains("REFUSED");
        assertThat(s.row(0)).contains("binance: live");
        assertThat(List.of(text.split("\n"))).noneMatch(l -> l.contains("partial"));
    }

    @Test
    void aStoppedWatcherIsSaidInTheTitleAndTheStatus() throws Exception {
        // issue 12 item 9: the watcher died of OutOfMemoryError and the screen never said so
        MonitorState state = MonitorState.initial(book(), NOW, "binance", UiState.initial(false, false));
        MonitorState after = Update.apply(state, new Event.WatchStopped("OutOfMemoryError")).state();
        MarketSnapshot m = market(Map.of("SOL", 150.0, "ETH", 3000.0), Map.of("SOLUSDT", mark(150.0)), Map.of(),
                "live");
        RiskView v = new RiskEngine().evaluate(book(), m, NOW);
        VirtualScreen s = VirtualScreen.render(120, 40, v, m, after.ui());
        assertThat(s.row(0)).contains("NOT WATCHING").startsWith(" Trust book");
        assertThat(after.ui().status()).contains("not reloaded: watching stopped (OutOfMemoryError): edits to "
                + "book on disk are no longer picked up; restart hedgetop"); // the book was parsed without a file
        VirtualScreen before = VirtualScreen.render(120, 40, v, m, state.ui());
        assertThat(before.row(0)).doesNotContain("NOT WATCHING");
    }

    @Test
    void aLongHedgeIsMarkedLong() throws Exception {
        Book longBook = BookLoader.parse("name: Long book\nholdings:\n  - {token: SOL, units: 1000}\n"
                + "hedges:\n  - {id: sol-perp, covers: [SOL], instrument: SOLUSDT, contract_size: 1, position: 500}\n",
                "book.yaml", Optional.empty());
        MarketSnapshot m = market(Map.of("SOL", 150.0), Map.of("SOLUSDT", mark(150.0)), Map.of(), "live");
        RiskView v = new RiskEngine().evaluate(longBook, m, NOW);
        String text = VirtualScreen.render(120, 40, v, m, UiState.initial(false, false)).screenText();
        String hedgeRow = text.lines().filter(l -> l.startsWith("sol-perp")).findFirst().orElseThrow();
        assertThat(hedgeRow).contains("LONG");
    }

    @Test
    void at120x40NothingIsCutThatMatters() throws Exception {
        // issue 12 item 15: "ETHUSDT_2~", "net delta~", and a sparkline headed "31 x 1d" drawing 8 cells
        Book dated = BookLoader.parse("name: Dated book\nholdings:\n  - {token: ETH, units: 1000}\n"
                + "hedges:\n  - {id: eth-jun27, covers: [ETH], instrument: ETHUSDT_270625, type: expiry,"
                + " expiry: 2027-06-25, contract_size: 1, position: -900}\n", "book.yaml", Optional.empty());
        MarketSnapshot m = market(Map.of("ETH", 3000.0), Map.of("ETHUSDT_270625", mark(3100.0)), Map.of(), "live");
        RiskView v = new RiskEngine().evaluate(dated, m, NOW);
        String text = VirtualScreen.render(120, 40, v, m, UiState.initial(false, false)).screenText();
        // the instrument column stays at main's layout (10 cells at 120x40 since the P&L column came):
        // widening it cut the state words instead, so the expiry is read in the detail view
        assertThat(text).contains("eth-jun27 ETHUSDT_270625 expiry");
        String total = text.lines().filter(l -> l.startsWith("TOTAL")).findFirst().orElseThrow();
        // 1,000 x 3,000 = 3,000,000; 900 x 3,100 = 2,790,000 hedged; 93.0 %; net +210,000
        assertThat(total).contains("3,000,000 hedged 2.8M cover 93.0% net +210.0K").doesNotContain("~");
        assertThat(text).doesNotContain("31 x 1d").contains(" x 1d");
    }
}

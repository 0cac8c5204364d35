package org.hedgetop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import mockwebserver3.MockWebServer;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.Holding;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.exchange.binance.BinanceSource;
import org.hedgetop.market.http.HttpClients;
import org.hedgetop.market.http.RetryPolicy;
import org.hedgetop.market.live.LiveOptions;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.UiState;
import org.junit.jupiter.api.Test;

/**
 * The whole way from a hostile exchange (and a book whose names carry escapes, as a record built in
 * memory - the loader itself refuses such a file) through the Binance source, the risk engine and the
 * real {@code Frame} into Lanterna's virtual terminal: not one escape reaches it, in any overlay, at
 * any size, with any pane focused.
 */
class EscapeScreenTest {
    @Test
    void hostileNamesAndExchangeTextsNeverReachTheScreen() throws Exception {
        MockExchange exchange = new MockExchange(() -> EscapeSafetyTest.AT, List.of("SOLUSDT", "ETHUSDT", "BTCUSDT"),
                List.of("SOLUSDT"));
        exchange.hostile = true;
        List<String> progress = new ArrayList<>();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(exchange);
            server.start();
            String url = server.url("/").toString();
            Book clean = BookLoader.parse("name: Escapes\nfeed: {source: binance, window: 5, spot_url: \"" + url
                    + "\", futures_url: \"" + url + "\"}\nholdings:\n  - {token: SOL, units: 1000, sector: L1}\n"
                    + "  - {token: ETH, units: 10}\nhedges:\n  - {covers: [SOL], instrument: SOLUSDT, contract_size: 1,"
                    + " position: -900, opened: 2026-11-01T00:00:00Z, exit: {price_above: 1}}\n", "e.yaml", Optional.empty());
            LiveOptions options = new LiveOptions(HttpClients.build(new HttpClients.Timeouts(Duration.ofSeconds(2),
                    Duration.ofSeconds(2), Duration.ofSeconds(5)), java.util.Map.of()), java.util.Map.of(), progress::add,
                    d -> { }, new Random(7), RetryPolicy.DEFAULT, HttpClients.MAX_BODY_BYTES,
                    Clock.fixed(EscapeSafetyTest.AT, ZoneOffset.UTC));
            MarketSnapshot market;
            try (BinanceSource source = new BinanceSource(MarketRequest.of(clean), clean.feed(), options)) {
                market = source.poll(EscapeSafetyTest.AT);
            }
            // the exchange's hostile message for ETH did arrive, already defused
            assertThat(String.join("\n", progress) + market.status() + market.sourceHealth()).contains("?]0;pwned?");
            Book hostile = withHostileNames(clean);
            StringBuilder screens = new StringBuilder();
            long sent = 0;
            for (Book book : List.of(clean, hostile)) {
                RiskView view = new RiskEngine().evaluate(book, market, EscapeSafetyTest.AT);
                for (TerminalSize size : List.of(new TerminalSize(200, 60), new TerminalSize(120, 40),
                        new TerminalSize(80, 24), new TerminalSize(20, 5))) {
                    for (UiState.Overlay overlay : UiState.Overlay.values()) {
                        for (UiState.Pane pane : UiState.Pane.values()) {
                            UiState ui = UiState.initial(true, true).withFocus(pane).withOverlay(overlay)
                                    .with(UiState.Flag.SECTORS, true).with(UiState.Flag.UNSAVED, true)
                                    .withStatus("status " + MockExchange.HOSTILE);
                            try (ScreenRecorder screen = new ScreenRecorder(size, true)) {
                                screen.paint(view, market, ui);
                                EscapeSafetyTest.assertNoEscapes(screen.terminal.sent.toString(), "the screen");
                                assertThat(screen.terminal.unsafe).isZero();
                                sent += screen.terminal.count;
                                screens.append(screen.text());
                            }
                        }
                    }
                }
            }
            assertThat(sent).as("characters the terminal received").isGreaterThan(100_000);
            // the hostile names were drawn, as visible '?'
            assertThat(screens).contains("S?[2JOL").contains("x?]0;pwned?y");
        }
    }

    /** The same book with every name the screen shows carrying an escape sequence. */
    static Book withHostileNames(Book b) {
        List<Holding> holdings = new ArrayList<>();
        for (Holding h : b.holdings()) {
            String token = h.token().equals("SOL") ? "S\u001b[2JOL" : h.token();
            holdings.add(new Holding(token, h.units(), Optional.of("L1\u202e" + "\u009b"), h.stakingApyPct(), h.symbol(),
                    h.location()));
        }
        List<Hedge> hedges = new ArrayList<>();
        for (Hedge h : b.hedges()) {
            hedges.add(new Hedge(MockExchange.HOSTILE, List.of("S\u001b[2JOL"), h.instrument(), h.underlying(), h.type(),
                    h.expiry(), h.contractSize(), h.targetPct(), h.ratio(), h.position(), h.entryPrice(), h.opened(),
                    h.leverage(), h.exit(), h.location()));
        }
        return new Book(b.file(), MockExchange.HOSTILE, b.quote(), b.feed(), holdings, hedges, b.settings());
    }
}

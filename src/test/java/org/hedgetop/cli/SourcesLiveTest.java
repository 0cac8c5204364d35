package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.market.LiveKit;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.MarketSource;
import org.hedgetop.market.exchange.binance.BinanceSource;
import org.hedgetop.market.exchange.binance.FakeBinance;
import org.hedgetop.market.exchange.bybit.BybitSource;
import org.junit.jupiter.api.Test;

/** The shipped live portfolios load, open the right source, and run against a loopback exchange. */
class SourcesLiveTest {
    @Test
    void theLiveSourcesAreRegistered() throws Exception {
        Book binance = BookLoader.load(Path.of("portfolios/binance.yaml"));
        Book bybit = BookLoader.load(Path.of("portfolios/bybit.yaml"));
        List<String> progress = new ArrayList<>();
        try (MarketSource a = Sources.open(binance, binance.feed().source(), progress::add);
             MarketSource b = Sources.open(bybit, "BYBIT")) {
            assertThat(a).isInstanceOf(BinanceSource.class);
            assertThat(a.name()).isEqualTo("binance");
            assertThat(b).isInstanceOf(BybitSource.class);
            assertThat(b.name()).isEqualTo("bybit");
        }
    }

    @Test
    void theBinancePortfolioRunsAgainstALoopbackExchange() throws Exception {
        Book book = BookLoader.load(Path.of("portfolios/binance.yaml"));
        Instant now = Instant.parse("2026-11-24T12:00:00Z");
        FakeBinance fake = new FakeBinance(now);
        MarketRequest request = MarketRequest.of(book);
        request.spotSymbols().values().forEach(s -> fake.spot.put(s, 10.0));
        for (MarketRequest.Instrument i : request.instruments()) {
            fake.contracts.put(i.symbol(), new double[] {9.9, 10.0, 0.0001, now.plusSeconds(3600).toEpochMilli()});
        }
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(fake);
            server.start();
            LiveKit kit = new LiveKit();
            MarketSnapshot s = new BinanceSource(request, book.feed(), kit.options(server, now)).poll(now);

            assertThat(s.sourceHealth()).isEqualTo("live");
            assertThat(s.spot()).containsOnlyKeys("SOL", "AVAX", "UNI", "AAVE", "LINK", "DOGE", "BTC", "ETH");
            assertThat(s.futures()).containsOnlyKeys("SOLUSDT", "AVAXUSDT", "ETHUSDT", "DOGEUSDT");
            assertThat(s.fundingEvents("SOLUSDT")).isEmpty(); // the fake has no settled events
            assertThat(s.spotSeries("UNI").size()).isEqualTo(2 * book.feed().window() + 3); // 2 window + 1 closes, a spare, today
        }
    }
}

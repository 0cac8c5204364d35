package org.hedgetop.market.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.LiveKit;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.exchange.binance.BinanceSource;
import org.hedgetop.market.exchange.binance.FakeBinance;
import org.hedgetop.market.exchange.bybit.BybitSource;
import org.hedgetop.market.exchange.bybit.FakeBybit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A hedge opened 90 days ago, on loopback Binance and Bybit (the documented response shapes): every settlement
 * since the opening arrives, each carries a price observed at or before it (the venue's own mark, else the close
 * of the hourly mark-price candle that closed at the settlement, never the one that opens there), the history is
 * fetched once, and later polls send as many requests as a book without history would.
 */
class SettlementHistoryTest {
    static final Instant NOW = Instant.parse("2026-02-10T12:00:30Z");
    static final Instant OPENED = Instant.parse("2025-11-12T00:00:00Z"); // 90 days before 2026-02-10
    static final Instant MARKS_FROM = Instant.parse("2026-01-21T00:00:00Z"); // Binance: older records have no mark
    static final long HOUR = FakeBinance.HOUR;
    /* every 8 h from OPENED to 2026-02-10T08:00 inclusive: 90 days * 3 + 00:00 and 08:00 of the 10th = 272 */
    static final int SETTLEMENTS = 272;

    final LiveKit kit = new LiveKit();
    MockWebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static MarketRequest book() {
        return LiveKit.request(List.of("SOL"), List.of(LiveKit.perp("SOLUSDT", "SOL", OPENED)));
    }

    static List<double[]> eightHourly(boolean withMarks) {
        List<double[]> events = new ArrayList<>();
        for (Instant t = OPENED; !t.isAfter(NOW); t = t.plus(Duration.ofHours(8))) {
            boolean old = t.isBefore(MARKS_FROM);
            events.add(new double[] {t.toEpochMilli(), 0.0001, withMarks && !old ? 55.5 : Double.NaN});
        }
        return events;
    }

    /** Every settlement from the opening, each priced by its own mark or the candle that closed at it. */
    static void assertPricedNeverLater(List<FundingEvent> funding, boolean venueMarks) {
        assertThat(funding).hasSize(SETTLEMENTS);
        assertThat(funding.get(0).time()).isEqualTo(OPENED);
        assertThat(funding.get(SETTLEMENTS - 1).time()).isEqualTo(Instant.parse("2026-02-10T08:00:00Z"));
        for (FundingEvent e : funding) {
            long t = e.time().toEpochMilli();
            double expected = venueMarks && !e.time().isBefore(MARKS_FROM) ? 55.5
                    : FakeBinance.markClose("SOLUSDT", t - HOUR);
            assertThat(e.mark()).as("settlement at %s", e.time()).hasValue(expected);
            assertThat(e.mark().getAsDouble()).isNotEqualTo(FakeBinance.markClose("SOLUSDT", t));
        }
    }

    @Test
    void binanceGivesEverySettlementAndPricesTheOldRecordsFromMarkCandles() throws Exception {
        FakeBinance fake = new FakeBinance(NOW);
        fake.spot.put("BTCUSDT", 97000.5);
        fake.spot.put("ETHUSDT", 2650.25);
        fake.spot.put("SOLUSDT", 201.55);
        fake.contracts.put("SOLUSDT", new double[] {201.4, 201.5, 0.0001, Instant.parse("2026-02-10T16:00:00Z")
                .toEpochMilli()});
        fake.funding.put("SOLUSDT", eightHourly(true));
        server = new MockWebServer();
        server.setDispatcher(fake);
        server.start();
        BinanceSource source = new BinanceSource(book(), LiveKit.feed(), kit.options(server, NOW));

        MarketSnapshot s = source.poll(NOW);

        assertPricedNeverLater(s.fundingEvents("SOLUSDT"), true);
        // the records without a mark run from 2025-11-12 00:00 to 2026-01-20 16:00: candles opening from
        // 2025-11-11 23:00 to 2026-01-20 15:00, (69 days * 24 + 17) = 1,673, 1,500 a page: 2 pages
        assertThat(fake.requestsTo("/fapi/v1/markPriceKlines")).hasSize(2);
        assertThat(fake.requestsTo("/fapi/v1/fundingRate")).hasSize(1); // 272 records, 1,000 a page
        for (int p = 1; p <= 3; p++) {
            int before = fake.requests.size();
            source.poll(NOW.plusSeconds(5L * p));
            assertThat(fake.requests.size() - before).as("requests in poll %d", p).isEqualTo(2);
        }
    }

    @Test
    void bybitGivesEverySettlementPricedByTheCandleThatClosedAtIt() throws Exception {
        FakeBybit fake = new FakeBybit(NOW);
        fake.spot.put("BTCUSDT", 97000.5);
        fake.spot.put("ETHUSDT", 2650.25);
        fake.spot.put("SOLUSDT", 201.55);
        fake.linear.put("SOLUSDT", new double[] {201.4, 201.5, 0.0001, Instant.parse("2026-02-10T16:00:00Z")
                .toEpochMilli(), 8});
        List<double[]> events = new ArrayList<>();
        for (double[] e : eightHourly(false)) {
            events.add(new double[] {e[0], e[1]});
        }
        fake.funding.put("SOLUSDT", events);
        server = new MockWebServer();
        server.setDispatcher(fake);
        server.start();
        BybitSource source = new BybitSource(book(), LiveKit.feed(), kit.options(server, NOW));

        MarketSnapshot s = source.poll(NOW);

        assertPricedNeverLater(s.fundingEvents("SOLUSDT"), false);
        // candles opening from 2025-11-11 23:00 to 2026-02-10 07:00: 90 days * 24 + 9 = 2,169, 1,000 a page: 3
        assertThat(fake.requestsTo("/v5/market/mark-price-kline")).hasSize(3);
        assertThat(fake.requestsTo("/v5/market/funding/history")).hasSize(2); // 272 records, 200 a page
        for (int p = 1; p <= 3; p++) {
            int before = fake.requests.size();
            source.poll(NOW.plusSeconds(5L * p));
            assertThat(fake.requests.size() - before).as("requests in poll %d", p).isEqualTo(2);
        }
    }
}

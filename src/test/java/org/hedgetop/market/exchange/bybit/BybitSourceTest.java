package org.hedgetop.market.exchange.bybit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.LiveKit;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.market.SymbolStatus;
import org.hedgetop.market.exchange.binance.FakeBinance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BybitSourceTest {
    static final Instant NOW = Instant.parse("2026-02-10T12:00:30Z");
    static final Instant OPENED = Instant.parse("2025-12-01T00:00:00Z");
    static final Instant NEXT = Instant.parse("2026-02-10T13:00:00Z");
    static final long DAY = FakeBybit.DAY;
    static final String TICKERS = "/v5/market/tickers";

    final LiveKit kit = new LiveKit();
    MockWebServer server;
    FakeBybit fake;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeBybit(NOW);
        fake.spot.put("BTCUSDT", 97000.5);
        fake.spot.put("ETHUSDT", 2650.25);
        fake.spot.put("SOLUSDT", 201.55);
        fake.linear.put("SOLUSDT", new double[] {201.4, 201.5, -0.00025, NEXT.toEpochMilli(), 1});
        fake.linear.put("ETHUSDT-27MAR26", new double[] {2661.0, 2650.0, 0, 0, 0});
        List<double[]> events = new ArrayList<>();
        for (Instant t = OPENED; !t.isAfter(NOW); t = t.plus(Duration.ofHours(1))) {
            events.add(new double[] {t.toEpochMilli(), -0.00001 * (events.size() % 4)});
        }
        fake.funding.put("SOLUSDT", events);
        server = new MockWebServer();
        server.setDispatcher(fake);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    BybitSource source(MarketRequest request) {
        return new BybitSource(request, LiveKit.feed(), kit.options(server, NOW));
    }

    MarketRequest solBook() {
        return LiveKit.request(List.of("SOL"), List.of(LiveKit.perp("SOLUSDT", "SOL", OPENED),
                LiveKit.expiry("ETHUSDT-27MAR26", "ETH")));
    }

    @Test
    void firstPollReadsTickersFundingAndNewestFirstHistory() throws Exception {
        MarketSnapshot s = source(solBook()).poll(NOW);

        assertThat(s.sourceHealth()).isEqualTo("live");
        assertThat(s.spot()).containsEntry("SOL", 201.55).containsEntry("BTC", 97000.5).containsEntry("ETH", 2650.25);
        FuturesQuote sol = s.futures().get("SOLUSDT");
        assertThat(sol.mark()).isEqualTo(201.4);
        assertThat(sol.index().getAsDouble()).isEqualTo(201.5);
        assertThat(sol.fundingRate().getAsDouble()).isEqualTo(-0.00025);
        assertThat(sol.nextFundingTime()).contains(NEXT);
        assertThat(sol.fundingInterval()).contains(Duration.ofHours(1)); // fundingIntervalHour, not 8 h
        FuturesQuote dated = s.futures().get("ETHUSDT-27MAR26");
        assertThat(dated.mark()).isEqualTo(2661.0);
        assertThat(dated.fundingRate()).isEmpty();
        assertThat(dated.nextFundingTime()).isEmpty();

        // hourly from 2025-12-01 to 2026-02-10 12:00: (31 + 31 + 9) days * 24 + 12 + the first one
        List<FundingEvent> funding = s.fundingEvents("SOLUSDT");
        int expected = 71 * 24 + 12 + 1;
        assertThat(funding).hasSize(expected);
        assertThat(funding.get(0).time()).isEqualTo(OPENED);
        assertThat(funding.get(expected - 1).time()).isEqualTo(Instant.parse("2026-02-10T12:00:00Z"));
        assertThat(funding.get(expected - 1).rate()).isCloseTo(-0.00001 * ((expected - 1) % 4), within(1e-15));
        // Bybit reports no mark: each settlement takes the close of the hourly mark candle that closed at it
        // (opened an hour before), never the one that opens at it
        for (FundingEvent e : funding) {
            long t = e.time().toEpochMilli();
            assertThat(e.mark()).hasValue(FakeBinance.markClose("SOLUSDT", t - FakeBinance.HOUR));
        }
        // 1717 hourly candles, 1000 a page, paged backwards by end: 2 pages
        assertThat(fake.requestsTo("/v5/market/mark-price-kline")).hasSize(2);
        // 1717 events, 200 a page, paged backwards by endTime: 9 pages
        List<HttpUrl> pages = fake.requestsTo("/v5/market/funding/history");
        assertThat(pages).hasSize((expected + 199) / 200);
        assertThat(pages.get(1).queryParameter("endTime")).isEqualTo(Long.toString(
                Instant.parse("2026-02-10T12:00:00Z").minus(Duration.ofHours(199)).toEpochMilli() - 1));

        long today = Math.floorDiv(NOW.toEpochMilli(), DAY) * DAY;
        PriceSeries history = s.spotSeries("SOL");
        assertThat(history.size()).isEqualTo(63); // 2 window + 1 closes, a spare, today's open candle
        assertThat(history.time(0)).isEqualTo(today - 62 * DAY);
        assertThat(history.time(62)).isEqualTo(today);
        assertThat(history.price(61)).isEqualTo(FakeBinance.close("SOLUSDT", today - DAY));
        assertThat(history.volume(61)).isEqualTo(FakeBinance.volume(today - DAY));
        assertThat(s.markSeries("SOLUSDT").size()).isEqualTo(63);
        assertThat(fake.requestsTo("/v5/market/kline")).allSatisfy(u -> assertThat(u.queryParameter("interval")).isEqualTo("D"));
    }

    @Test
    void twoRequestsPerPollWhateverTheNumberOfTokens() throws Exception {
        for (int n : new int[] {5, 50}) {
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                tokens.add("T" + i);
                fake.spot.put("T" + i + "USDT", 1.0 + i);
            }
            fake.requests.clear();
            BybitSource source = source(LiveKit.request(tokens, List.of(LiveKit.perp("SOLUSDT", "SOL", OPENED))));
            source.poll(NOW);
            int atStart = fake.requests.size();
            assertThat(atStart).isEqualTo(2 + (n + 3) + 1 + 9 + 2); // + 2 pages of mark candles
            for (int p = 1; p <= 3; p++) {
                int before = fake.requests.size();
                source.poll(NOW.plusSeconds(5L * p));
                assertThat(fake.requests.size() - before).isEqualTo(2);
            }
            System.out.printf("bybit, %d tokens: %d requests at start, 2 per poll after%n", n, atStart);
        }
    }

    @Test
    void fundingAfterASettlementIsFetchedOnce() throws Exception {
        BybitSource source = source(solBook());
        source.poll(NOW);
        Instant later = Instant.parse("2026-02-10T13:00:20Z");
        fake.now = later;
        fake.funding.get("SOLUSDT").add(new double[] {NEXT.toEpochMilli(), 0.0003});
        fake.linear.get("SOLUSDT")[3] = Instant.parse("2026-02-10T14:00:00Z").toEpochMilli();
        fake.requests.clear();

        MarketSnapshot s = source.poll(later);

        List<HttpUrl> calls = fake.requestsTo("/v5/market/funding/history");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).queryParameter("startTime"))
                .isEqualTo(Long.toString(Instant.parse("2026-02-10T12:00:00Z").toEpochMilli() + 1));
        List<FundingEvent> events = s.fundingEvents("SOLUSDT");
        assertThat(events.get(events.size() - 1).time()).isEqualTo(NEXT);
        assertThat(events.get(events.size() - 1).rate()).isEqualTo(0.0003);
        assertThat(events.get(events.size() - 1).mark())
                .hasValue(FakeBinance.markClose("SOLUSDT", NEXT.toEpochMilli() - FakeBinance.HOUR));
        assertThat(fake.requestsTo("/v5/market/mark-price-kline")).hasSize(1);
        assertThat(fake.requests).hasSize(4); // two tickers, the new settlement, its mark candle
    }

    @Test
    void retCode10006PausesUntilTheResetTimestamp() throws Exception {
        BybitSource source = source(solBook());
        source.poll(NOW);
        // the options' clock says NOW; the limit resets 12 s later
        fake.fault(TICKERS, new MockResponse.Builder().code(200)
                .addHeader("X-Bapi-Limit-Reset-Timestamp", Long.toString(NOW.plusSeconds(12).toEpochMilli()))
                .body("{\"retCode\":10006,\"retMsg\":\"Too many visits!\",\"result\":{},\"retExtInfo\":{},\"time\":1}").build());

        MarketSnapshot s = source.poll(NOW.plusSeconds(5));

        assertThat(s.spot()).containsEntry("SOL", 201.55);
        assertThat(s.sourceHealth()).startsWith("rate limited, retry in 13 s").contains("Bybit retCode 10006");
        int before = fake.requests.size();
        source.poll(NOW.plusSeconds(15));
        assertThat(fake.requests.size()).isEqualTo(before);
        assertThat(source.poll(NOW.plusSeconds(20)).sourceHealth()).isEqualTo("live");
    }

    @Test
    void http403TooFrequentPausesTenMinutes() throws Exception {
        BybitSource source = source(solBook());
        source.poll(NOW);
        fake.fault(TICKERS, new MockResponse.Builder().code(403).body("access too frequent").build());

        assertThat(source.poll(NOW.plusSeconds(5)).sourceHealth()).startsWith("rate limited, retry in 10 min");
    }

    @Test
    void http403RegionBlockSaysSoAndSuggestsBinance() throws Exception {
        BybitSource source = source(solBook());
        source.poll(NOW);
        fake.fault(TICKERS, new MockResponse.Builder().code(403).body("<HTML><BODY><H1>403 ERROR</H1>The Amazon CloudFront "
                + "distribution is configured to block access from your country.</BODY></HTML>").build());

        MarketSnapshot s = source.poll(NOW.plusSeconds(5));

        assertThat(s.spot()).containsEntry("SOL", 201.55);
        assertThat(s.sourceHealth()).contains("Bybit refuses requests from this location (HTTP 403)")
                .contains("try feed.source: binance").doesNotContain("CloudFront");
    }

    @Test
    void aSymbolBybitDoesNotListIsNoMarket() throws Exception {
        MarketSnapshot s = source(LiveKit.request(List.of("SOL", "NOPE"), List.of())).poll(NOW);

        assertThat(s.statusOf("NOPE").health()).isEqualTo(SymbolStatus.Health.NO_MARKET);
        assertThat(s.statusOf("NOPE").message()).isEqualTo("no market: NOPEUSDT is not listed on Bybit spot");
        assertThat(s.spot()).containsEntry("SOL", 201.55);
    }
}

package org.hedgetop.market.exchange.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.LiveKit;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.market.SymbolStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BinanceSourceTest {
    static final Instant NOW = Instant.parse("2026-02-10T12:00:30Z");
    static final Instant OPENED = Instant.parse("2025-06-01T00:00:00Z");
    static final Duration FOUR_HOURS = Duration.ofHours(4);
    static final long DAY = FakeBinance.DAY;

    final LiveKit kit = new LiveKit();
    MockWebServer server;
    FakeBinance fake;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeBinance(NOW);
        fake.spot.put("BTCUSDT", 97000.5);
        fake.spot.put("ETHUSDT", 2650.25);
        fake.spot.put("SOLUSDT", 201.55);
        fake.spot.put("AVAXUSDT", 35.2);
        fake.contracts.put("SOLUSDT", new double[] {201.40, 201.50, 0.00012, Instant.parse("2026-02-10T16:00:00Z").toEpochMilli()});
        fake.contracts.put("ETHUSDT_260327", new double[] {2660.0, 2650.1, 0, 0});
        fake.contracts.put("BTCUSDT", new double[] {96990.0, 97001.0, 0.0001, Instant.parse("2026-02-10T16:00:00Z").toEpochMilli()});
        fake.fundingHours.put("SOLUSDT", 4);
        List<double[]> events = new ArrayList<>();
        int k = 0;
        for (Instant t = OPENED; !t.isAfter(NOW); t = t.plus(FOUR_HOURS), k++) {
            events.add(new double[] {t.toEpochMilli(), 0.0001 * (1 + k % 3), 200 + k % 5});
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

    BinanceSource source(MarketRequest request) {
        return new BinanceSource(request, LiveKit.feed(), kit.options(server, NOW));
    }

    MarketRequest solBook() {
        return LiveKit.request(List.of("SOL", "AVAX"), List.of(LiveKit.perp("SOLUSDT", "SOL", OPENED),
                LiveKit.expiry("ETHUSDT_260327", "ETH")));
    }

    @Test
    void firstPollReadsPricesMarksFundingAndHistory() throws Exception {
        MarketSnapshot s = source(solBook()).poll(NOW);

        assertThat(s.sourceHealth()).isEqualTo("live");
        assertThat(s.source()).isEqualTo("binance");
        assertThat(s.spot()).containsEntry("SOL", 201.55).containsEntry("AVAX", 35.2)
                .containsEntry("BTC", 97000.5).containsEntry("ETH", 2650.25);

        FuturesQuote sol = s.futures().get("SOLUSDT");
        assertThat(sol.mark()).isEqualTo(201.40);
        assertThat(sol.index().getAsDouble()).isEqualTo(201.50);
        assertThat(sol.fundingRate().getAsDouble()).isEqualTo(0.00012);
        assertThat(sol.nextFundingTime()).contains(Instant.parse("2026-02-10T16:00:00Z"));
        assertThat(sol.fundingInterval()).contains(FOUR_HOURS); // from fundingInfo, not the 8 h default
        assertThat(sol.time()).isEqualTo(NOW);

        FuturesQuote dated = s.futures().get("ETHUSDT_260327");
        assertThat(dated.mark()).isEqualTo(2660.0);
        assertThat(dated.fundingRate()).isEmpty();
        assertThat(dated.nextFundingTime()).isEmpty();
        assertThat(dated.fundingInterval()).isEmpty();

        // every 4 h from OPENED (2025-06-01) to 2026-02-10 12:00: 254 days * 6 + 3 + the first one
        List<FundingEvent> funding = s.fundingEvents("SOLUSDT");
        assertThat(funding).hasSize(254 * 6 + 3 + 1);
        assertThat(funding.get(0).time()).isEqualTo(OPENED);
        FundingEvent last = funding.get(funding.size() - 1);
        int k = funding.size() - 1;
        assertThat(last.time()).isEqualTo(Instant.parse("2026-02-10T12:00:00Z"));
        assertThat(last.rate()).isCloseTo(0.0001 * (1 + k % 3), within(1e-12));
        assertThat(last.mark().getAsDouble()).isEqualTo(200 + k % 5);
        // 1528 events: two pages of at most 1000, the second starting just after the 1000th event
        List<HttpUrl> pages = fake.requestsTo("/fapi/v1/fundingRate");
        assertThat(pages).hasSize(2);
        assertThat(pages.get(1).queryParameter("startTime"))
                .isEqualTo(Long.toString(OPENED.plus(FOUR_HOURS.multipliedBy(999)).toEpochMilli() + 1));

        long today = Math.floorDiv(NOW.toEpochMilli(), DAY) * DAY;
        PriceSeries solHistory = s.spotSeries("SOL");
        // 2 x window + 1 closes (the out-of-sample leg effectiveness), 1 spare, today's open candle: 63
        assertThat(solHistory.size()).isEqualTo(2 * 30 + 1 + 1 + 1);
        assertThat(solHistory.time(solHistory.size() - 1)).isEqualTo(today);
        assertThat(solHistory.time(0)).isEqualTo(today - 62 * DAY);
        assertThat(solHistory.price(5)).isEqualTo(FakeBinance.close("SOLUSDT", today - 57 * DAY));
        assertThat(solHistory.hasVolume()).isTrue();
        assertThat(solHistory.volume(5)).isEqualTo(FakeBinance.volume(today - 57 * DAY));
        assertThat(s.markSeries("SOLUSDT").size()).isEqualTo(63);
        assertThat(fake.requestsTo("/fapi/v1/klines")).extracting(u -> u.queryParameter("symbol"))
                .containsExactlyInAnyOrder("SOLUSDT", "ETHUSDT_260327");

        for (String key : List.of("SOL", "AVAX", "BTC", "ETH", "SOLUSDT", "ETHUSDT_260327")) {
            assertThat(s.statusOf(key).health()).as(key).isEqualTo(SymbolStatus.Health.OK);
        }
        assertThat(kit.progress).isNotEmpty();
        assertThat(kit.progress.get(kit.progress.size() - 1)).isEqualTo("binance: history 7/7");
    }

    @Test
    void requestsPerPollDoNotGrowWithTheNumberOfTokens() throws Exception {
        for (int n : new int[] {5, 50}) {
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                tokens.add("T" + i);
                fake.spot.put("T" + i + "USDT", 1.0 + i);
            }
            fake.requests.clear();
            BinanceSource source = source(LiveKit.request(tokens, List.of(LiveKit.perp("SOLUSDT", "SOL", OPENED))));
            MarketSnapshot first = source.poll(NOW);
            int atStart = fake.requests.size();
            // prices + fundingInfo + premiumIndex + one kline request per spot series (n + BTC + ETH + SOL
            // as the hedge's underlying) + the contract's klines + two funding pages
            assertThat(atStart).isEqualTo(1 + 1 + 1 + (n + 3) + 1 + 2);
            assertThat(first.spot()).containsEntry("T" + (n - 1), (double) n);
            for (int p = 1; p <= 3; p++) {
                int before = fake.requests.size();
                source.poll(NOW.plusSeconds(5L * p));
                assertThat(fake.requests.size() - before).as("requests in poll %d with %d tokens", p, n).isEqualTo(2);
            }
            assertThat(fake.requestsTo("/api/v3/ticker/price").get(0).queryParameter("symbols")).contains("\"T0USDT\"");
            System.out.printf("binance, %d tokens: %d requests at start, 2 per poll after%n", n, atStart);
        }
    }

    @Test
    void aNewDayFetchesOnlyNewCandlesAndSettledFunding() throws Exception {
        BinanceSource source = source(solBook());
        source.poll(NOW);
        Instant next = Instant.parse("2026-02-11T00:00:30Z");
        fake.now = next;
        List<double[]> events = fake.funding.get("SOLUSDT");
        int before = events.size();
        for (String t : List.of("2026-02-10T16:00:00Z", "2026-02-10T20:00:00Z", "2026-02-11T00:00:00Z")) {
            events.add(new double[] {Instant.parse(t).toEpochMilli(), -0.0002, 199});
        }
        fake.contracts.get("SOLUSDT")[3] = Instant.parse("2026-02-11T04:00:00Z").toEpochMilli();
        fake.requests.clear();

        MarketSnapshot s = source.poll(next);

        long yesterday = Math.floorDiv(NOW.toEpochMilli(), DAY) * DAY;
        List<HttpUrl> spotKlines = fake.requestsTo("/api/v3/klines");
        assertThat(spotKlines).hasSize(4); // SOL, AVAX, BTC, ETH
        assertThat(spotKlines).allSatisfy(u -> {
            assertThat(u.queryParameter("startTime")).isEqualTo(Long.toString(yesterday));
            assertThat(u.queryParameter("limit")).isEqualTo("2");
        });
        assertThat(fake.requestsTo("/fapi/v1/klines")).hasSize(2);
        List<HttpUrl> fundingCalls = fake.requestsTo("/fapi/v1/fundingRate");
        assertThat(fundingCalls).hasSize(1);
        assertThat(fundingCalls.get(0).queryParameter("startTime"))
                .isEqualTo(Long.toString(Instant.parse("2026-02-10T12:00:00Z").toEpochMilli() + 1));
        assertThat(fake.count("/fapi/v1/fundingInfo")).isEqualTo(1); // re-read hourly: intervals change in stress
        assertThat(fake.requests).hasSize(2 + 1 + 4 + 2 + 1);

        assertThat(s.fundingEvents("SOLUSDT")).hasSize(before + 3);
        assertThat(s.fundingEvents("SOLUSDT").get(before + 2).rate()).isEqualTo(-0.0002);
        PriceSeries sol = s.spotSeries("SOL");
        assertThat(sol.size()).isEqualTo(63);
        assertThat(sol.time(sol.size() - 1)).isEqualTo(yesterday + DAY);
        assertThat(sol.price(sol.size() - 2)).isEqualTo(FakeBinance.close("SOLUSDT", yesterday));

        // later the same day: nothing due, two requests only
        fake.requests.clear();
        source.poll(next.plusSeconds(60));
        assertThat(fake.requests).hasSize(2);
    }

    @Test
    void aSymbolTheExchangeDoesNotListIsNoMarket() throws Exception {
        BinanceSource source = source(LiveKit.request(List.of("SOL", "NOPE"),
                List.of(LiveKit.perp("NOPEUSDT", "NOPE", OPENED))));
        MarketSnapshot s = source.poll(NOW);

        assertThat(s.spot()).containsEntry("SOL", 201.55).doesNotContainKey("NOPE");
        assertThat(s.statusOf("NOPE").health()).isEqualTo(SymbolStatus.Health.NO_MARKET);
        assertThat(s.statusOf("NOPE").message()).contains("no market").contains("NOPEUSDT");
        assertThat(s.statusOf("NOPEUSDT").health()).isEqualTo(SymbolStatus.Health.NO_MARKET);
        assertThat(s.statusOf("SOL").health()).isEqualTo(SymbolStatus.Health.OK);
        assertThat(s.sourceHealth()).isEqualTo("live");
        List<HttpUrl> tickers = fake.requestsTo("/api/v3/ticker/price");
        assertThat(tickers).hasSize(2); // the batch failed with -1121, then all symbols once
        assertThat(tickers.get(1).queryParameter("symbols")).isNull();

        source.poll(NOW.plusSeconds(5));
        tickers = fake.requestsTo("/api/v3/ticker/price");
        assertThat(tickers).hasSize(3);
        assertThat(tickers.get(2).queryParameter("symbols")).contains("SOLUSDT").doesNotContain("NOPE");
    }

    @Test
    void nearTheRequestWeightLimitItWaitsForTheNextMinute() throws Exception {
        BinanceSource source = source(solBook());
        source.poll(NOW);
        assertThat(kit.sleeps).isEmpty();
        fake.usedWeight = 4900; // above 80 % of spot's 6,000 and of futures' 2,400

        source.poll(NOW.plusSeconds(5));

        // the options' clock reads 12:00:30: 31 s to one second past the next minute, once per request
        assertThat(kit.sleeps).hasSize(2).containsOnly(Duration.ofSeconds(31));
        assertThat(kit.progress).contains("binance: request weight 4900 used this minute, waiting 31 s");
    }
}

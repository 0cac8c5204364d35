package org.hedgetop.market.exchange.hyperliquid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import mockwebserver3.MockWebServer;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Interval;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.market.http.HttpClients;
import org.hedgetop.market.http.RetryPolicy;
import org.hedgetop.market.live.LiveOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HyperliquidSourceTest {
    static final Instant NOW = Instant.parse("2026-11-30T12:00:30Z");
    static final Instant OPENED = Instant.parse("2026-11-01T00:00:00Z");
    static final long HOUR = 3_600_000L;
    static final long DAY = 86_400_000L;

    MockWebServer server;
    FakeHyperliquid fake;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeHyperliquid();
        fake.perps.put("BTC", new Double[] {97010.0, 97000.5, 0.0000125});
        fake.perps.put("ETH", new Double[] {2651.0, 2650.25, 0.00001});
        fake.perps.put("SOL", new Double[] {201.4, 201.55, -0.0000321});
        fake.perps.put("MATIC", new Double[] {null, 0.4, 0.0});
        List<double[]> events = new ArrayList<>();
        for (long t = OPENED.toEpochMilli(); t <= NOW.toEpochMilli(); t += HOUR) {
            events.add(new double[] {t, 0.00001 * (events.size() % 3)});
        }
        fake.fundingHistory.put("SOL", events);
        server = new MockWebServer();
        server.setDispatcher(fake);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HyperliquidSource source(List<String> tokens, List<MarketRequest.Instrument> instruments) {
        Map<String, String> spot = new LinkedHashMap<>();
        tokens.forEach(t -> spot.put(t, t + "USDT"));
        spot.putIfAbsent("BTC", "BTCUSDT");
        spot.putIfAbsent("ETH", "ETHUSDT");
        MarketRequest request = new MarketRequest(spot, instruments, Interval.D1, 30, "USDT");
        LiveOptions options = optionsFor();
        FeedSpec feed = new FeedSpec("hyperliquid", 5, Interval.D1, 30, Optional.empty(), 7, Optional.empty(),
                Optional.empty());
        return new HyperliquidSource(request, feed, options);
    }

    static MarketRequest.Instrument perp(String coin) {
        return new MarketRequest.Instrument(coin, coin, HedgeType.PERPETUAL, Optional.of(OPENED));
    }

    @Test
    void onePollReadsMarkOracleAndHourlyFundingOfEveryPerp() throws Exception {
        MarketSnapshot s = source(List.of("SOL", "MATIC", "NOPE"), List.of(perp("SOL"))).poll(NOW);

        assertThat(s.spot()).containsEntry("SOL", 201.55).containsEntry("BTC", 97000.5).containsEntry("ETH", 2650.25);
        assertThat(s.spot()).doesNotContainKeys("MATIC", "NOPE");
        assertThat(s.statusOf("MATIC").toString()).contains("delisted");
        assertThat(s.statusOf("NOPE").toString()).contains("not listed on Hyperliquid");
        FuturesQuote sol = s.futures().get("SOL");
        assertThat(sol.mark()).isEqualTo(201.4);
        assertThat(sol.index().getAsDouble()).isEqualTo(201.55);
        assertThat(sol.fundingRate().getAsDouble()).isEqualTo(-0.0000321);
        assertThat(sol.nextFundingTime()).contains(Instant.parse("2026-11-30T13:00:00Z"));
        assertThat(sol.fundingInterval()).contains(Duration.ofHours(1));
        assertThat(fake.count("metaAndAssetCtxs")).isEqualTo(1);
        assertThat(fake.methods).allSatisfy(m -> assertThat(m).isEqualTo("POST /info"));
    }

    @Test
    void laterPollsSendOneRequest() throws Exception {
        HyperliquidSource source = source(List.of("SOL"), List.of(perp("SOL")));
        source.poll(NOW);
        int before = fake.bodies.size();
        source.poll(NOW.plusSeconds(5));
        assertThat(fake.bodies.size() - before).isEqualTo(1);
        assertThat(fake.bodies.get(before).toString()).isEqualTo("{\"type\":\"metaAndAssetCtxs\"}");
    }

    @Test
    void hourlyFundingHistoryPagedPastTheCap() throws Exception {
        MarketSnapshot s = source(List.of("SOL"), List.of(perp("SOL"))).poll(NOW);

        // hourly from 2026-11-01 00:00 to 2026-11-30 12:00: 29 days * 24 + 12 + the first
        int expected = 29 * 24 + 12 + 1;
        List<FundingEvent> funding = s.fundingEvents("SOL");
        assertThat(funding).hasSize(expected);
        assertThat(funding.get(0).time()).isEqualTo(OPENED);
        assertThat(funding.get(expected - 1).time()).isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));
        assertThat(funding.get(4).rate()).isEqualTo(0.00001);
        assertThat(fake.count("fundingHistory")).isEqualTo(2); // 500 a page
    }

    @Test
    void dailyCandlesFromCandleSnapshot() throws Exception {
        MarketSnapshot s = source(List.of("SOL"), List.of(perp("SOL"))).poll(NOW);

        long today = Math.floorDiv(NOW.toEpochMilli(), DAY) * DAY;
        PriceSeries spot = s.spotSeries("SOL");
        assertThat(spot.size()).isEqualTo(63); // 2 window + 1 closes, a spare, today's open candle
        assertThat(spot.time(0)).isEqualTo(today - 62 * DAY);
        assertThat(spot.price(61)).isEqualTo(FakeHyperliquid.close("SOL", today - DAY));
        assertThat(spot.volume(61)).isEqualTo(100.5);
        assertThat(s.markSeries("SOL").size()).isEqualTo(63);
        // the statistics' candles are daily; hourly ones only price the settlements (below)
        assertThat(fake.bodies).filteredOn(b -> b.path("type").asText().equals("candleSnapshot"))
                .filteredOn(b -> !b.path("req").path("interval").asText().equals("1h"))
                .isNotEmpty().allSatisfy(b -> assertThat(b.path("req").path("interval").asText()).isEqualTo("1d"));
    }

    /*
     * Hyperliquid's funding history has no mark: each settlement takes the close of the hourly candle that closed
     * at it. The fake's close changes at midnight, so the settlement at 2026-11-02T00:00 must take the 1st's
     * close (candle 23:00-24:00), not the 2nd's (the candle opening at it).
     */
    @Test
    void settlementsArePricedByTheHourlyCandleThatClosedAtThem() throws Exception {
        MarketSnapshot s = source(List.of("SOL"), List.of(perp("SOL"))).poll(NOW);
        Instant midnight = Instant.parse("2026-11-02T00:00:00Z");
        FundingEvent e = s.fundingEvents("SOL").stream().filter(x -> x.time().equals(midnight)).findFirst()
                .orElseThrow();
        assertThat(e.mark()).hasValue(FakeHyperliquid.close("SOL", midnight.toEpochMilli() - HOUR));
        assertThat(e.mark().getAsDouble()).isNotEqualTo(FakeHyperliquid.close("SOL", midnight.toEpochMilli()));
        assertThat(s.fundingEvents("SOL")).allSatisfy(x -> assertThat(x.mark()).isPresent());
    }

    @Test
    void theShippedPortfolioOpensThisSourceAndRunsAgainstLoopback() throws Exception {
        org.hedgetop.book.Book book = org.hedgetop.book.BookLoader.load(java.nio.file.Path.of(
                "portfolios/hyperliquid.yaml"));
        try (org.hedgetop.market.MarketSource opened = org.hedgetop.cli.Sources.open(book, book.feed().source())) {
            assertThat(opened).isInstanceOf(HyperliquidSource.class);
        }
        fake.perps.put("AVAX", new Double[] {28.1, 28.05, 0.0000125});
        MarketRequest request = MarketRequest.of(book);
        HyperliquidSource source = new HyperliquidSource(request, book.feed(), optionsFor());
        MarketSnapshot s = source.poll(NOW);

        assertThat(s.sourceHealth()).isEqualTo("live");
        assertThat(s.spot()).containsEntry("SOL", 201.55).containsEntry("AVAX", 28.05);
        assertThat(s.futures()).containsOnlyKeys("SOL", "AVAX");
    }

    LiveOptions optionsFor() {
        return new LiveOptions(HttpClients.build(new HttpClients.Timeouts(Duration.ofMillis(500),
                Duration.ofMillis(400), Duration.ofSeconds(2)), Map.of()),
                Map.of("HEDGETOP_HYPERLIQUID_URL", server.url("/").toString()), m -> { }, d -> { }, new Random(1),
                new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1)), 1024 * 1024,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }
}

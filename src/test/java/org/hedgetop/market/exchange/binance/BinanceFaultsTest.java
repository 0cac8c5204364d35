package org.hedgetop.market.exchange.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.hedgetop.market.LiveKit;
import org.hedgetop.market.MarketException;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.SymbolStatus;
import org.hedgetop.market.live.LiveSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each fault arrives after one good poll at T0 and with new prices on the server, so "kept" (old) and
 * "updated" (new) values can be told apart.
 */
class BinanceFaultsTest {
    static final Instant T0 = Instant.parse("2026-02-10T12:00:30Z");
    static final String PRICES = "/api/v3/ticker/price";
    static final String MARKS = "/fapi/v1/premiumIndex";

    final LiveKit kit = new LiveKit();
    MockWebServer server;
    FakeBinance fake;
    BinanceSource source;

    @BeforeEach
    void goodFirstPoll() throws Exception {
        fake = new FakeBinance(T0);
        fake.spot.put("BTCUSDT", 97000.0);
        fake.spot.put("ETHUSDT", 2650.0);
        fake.spot.put("SOLUSDT", 200.0);
        fake.contracts.put("SOLUSDT", new double[] {199.0, 200.0, 0.0001, Instant.parse("2026-02-10T16:00:00Z").toEpochMilli()});
        server = new MockWebServer();
        server.setDispatcher(fake);
        server.start();
        source = new BinanceSource(LiveKit.request(List.of("SOL"), List.of(LiveKit.expiry("SOLUSDT", "SOL"))),
                LiveKit.feed(), kit.options(server, T0));
        MarketSnapshot first = source.poll(T0);
        assertThat(first.sourceHealth()).isEqualTo("live");
        fake.spot.put("SOLUSDT", 210.0);
        fake.contracts.get("SOLUSDT")[0] = 209.0;
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static MockResponse.Builder ok(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body);
    }

    private void assertKept(MarketSnapshot s) {
        assertThat(s.spot()).containsEntry("SOL", 200.0);
        assertThat(s.futures().get("SOLUSDT").mark()).isEqualTo(199.0);
    }

    private void assertSpotKeptMarksUpdated(MarketSnapshot s) {
        assertThat(s.spot()).containsEntry("SOL", 200.0);
        assertThat(s.futures().get("SOLUSDT").mark()).as("the other request still counts").isEqualTo(209.0);
    }

    private static void assertPrintable(String text) {
        assertThat(text.codePoints().filter(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f))).isEmpty();
    }

    @Test
    void aStalledServerTimesOutIsRetriedAndKeepsTheLastPrices() throws Exception {
        MockResponse stall = new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
        fake.fault(PRICES, stall, stall);
        int marksBefore = fake.count(MARKS);

        MarketSnapshot s = source.poll(T0.plusSeconds(5));

        assertKept(s);
        assertThat(s.sourceHealth()).startsWith("offline: Binance did not answer in time");
        assertThat(fake.count(MARKS)).as("the rest of the poll is skipped").isEqualTo(marksBefore);
        // one retry, after a jittered wait between half and all of the 100 ms base
        assertThat(kit.sleeps).hasSize(1);
        assertThat(kit.sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        MarketSnapshot later = source.poll(T0.plusSeconds(10));
        assertThat(later.spot()).containsEntry("SOL", 210.0);
        assertThat(later.sourceHealth()).isEqualTo("live");
    }

    @Test
    void aConnectionResetMidBodyKeepsTheLastPrices() throws Exception {
        String big = "[" + "{\"symbol\":\"SOLUSDT\",\"price\":\"1.00000000\"},".repeat(2000) + "{}]";
        MockResponse reset = ok(big).onResponseBody(new SocketEffect.CloseSocket()).build();
        fake.fault(PRICES, reset, reset);

        MarketSnapshot s = source.poll(T0.plusSeconds(5));

        assertKept(s);
        assertThat(s.sourceHealth()).startsWith("offline: Binance connection failed");
    }

    @Test
    void http429PausesTheExchangeForRetryAfter() throws Exception {
        fake.fault(PRICES, new MockResponse.Builder().code(429).addHeader("Retry-After", "30")
                .body("{\"code\":-1003,\"msg\":\"Too many requests.\"}").build());

        MarketSnapshot s = source.poll(T0.plusSeconds(5));
        assertKept(s);
        assertThat(s.sourceHealth()).startsWith("rate limited, retry in 30 s");
        assertThat(kit.sleeps).as("a rate limit is not retried").isEmpty();

        int before = fake.requests.size();
        MarketSnapshot paused = source.poll(T0.plusSeconds(15));
        assertThat(fake.requests.size()).as("no request while paused").isEqualTo(before);
        assertThat(paused.sourceHealth()).startsWith("rate limited, retry in 20 s");
        assertKept(paused);

        MarketSnapshot after = source.poll(T0.plusSeconds(36));
        assertThat(after.sourceHealth()).isEqualTo("live");
        assertThat(after.spot()).containsEntry("SOL", 210.0);
    }

    @Test
    void http418BanWaitsAsLongAsTheServerSays() throws Exception {
        fake.fault(PRICES, new MockResponse.Builder().code(418).addHeader("Retry-After", "600").build());
        assertThat(source.poll(T0.plusSeconds(5)).sourceHealth()).startsWith("rate limited, retry in 10 min");
        int before = fake.requests.size();
        source.poll(T0.plusSeconds(600));
        assertThat(fake.requests.size()).isEqualTo(before);
        assertThat(source.poll(T0.plusSeconds(606)).sourceHealth()).isEqualTo("live");
    }

    @Test
    void anEndlessRetryAfterIsCappedAndTheVenueProbedAgain() throws Exception {
        // issue 12 item 13: 999999 s paused the venue for 11 days
        MockResponse ban = new MockResponse.Builder().code(418).addHeader("Retry-After", "999999").build();
        fake.fault(PRICES, ban, ban);
        assertThat(source.poll(T0.plusSeconds(5)).sourceHealth()).isEqualTo("rate limited, retry in 15 min "
                + "(Binance has banned this IP for a while (HTTP 418); asked to wait 7 d 0 h, probing every 15 min)");
        int before = fake.requests.size();
        assertThat(source.poll(T0.plusSeconds(5 + 899)).sourceHealth()).startsWith("rate limited, retry in 1 s");
        assertThat(fake.requests.size()).as("quiet during the pause").isEqualTo(before);

        assertThat(source.poll(T0.plusSeconds(5 + 900)).sourceHealth()).as("the probe is banned again")
                .startsWith("rate limited, retry in 15 min");
        assertThat(fake.requests.size()).as("one probe").isEqualTo(before + 1);
        assertThat(source.poll(T0.plusSeconds(5 + 1800)).sourceHealth()).isEqualTo("live");
    }

    @Test
    void http451SaysSoAndSuggestsTheOtherSource() throws Exception {
        fake.fault(PRICES, new MockResponse.Builder().code(451)
                .body("{\"code\":0,\"msg\":\"Service unavailable from a restricted location\"}").build());

        MarketSnapshot s = source.poll(T0.plusSeconds(5));

        assertKept(s);
        assertThat(s.sourceHealth()).contains("Binance refuses requests from this location (HTTP 451)")
                .contains("try feed.source: bybit");
    }

    @Test
    void garbageJsonForMarksKeepsTheMarksAndStillUpdatesSpot() throws Exception {
        fake.fault(MARKS, ok("[{\"symbol\":\"SOLUSDT\",\"markPrice\":").build());

        MarketSnapshot s = source.poll(T0.plusSeconds(5));

        assertThat(s.spot()).containsEntry("SOL", 210.0);
        assertThat(s.futures().get("SOLUSDT").mark()).isEqualTo(199.0);
        assertThat(s.futures().get("SOLUSDT").time()).isEqualTo(T0);
        assertThat(s.sourceHealth()).isEqualTo("error: futures quotes: mark prices: malformed or truncated JSON");
    }

    @Test
    void anHtmlErrorPageIsRetriedAndNeverShown() throws Exception {
        MockResponse html = new MockResponse.Builder().code(502)
                .body("<html><body><script>alert(1)</script>\u001b[31mBad gateway</body></html>").build();
        fake.fault(PRICES, html, html);

        MarketSnapshot s = source.poll(T0.plusSeconds(5));

        assertSpotKeptMarksUpdated(s);
        assertThat(fake.count(PRICES)).isEqualTo(1 + 2);
        assertThat(s.sourceHealth()).isEqualTo("error: spot prices: Binance answered HTTP 502: an HTML page instead of JSON");
    }

    @Test
    void anErrorBodyIsSanitisedAndCapped() throws Exception {
        // valid JSON whose message decodes to an escape sequence and a bidi override
        String evil = "{\"code\":-1104,\"msg\":\"bad \\u001b]0;owned\\u0007 \\u202e" + "x".repeat(1000) + "\"}";
        fake.fault(PRICES, new MockResponse.Builder().code(400).body(evil).build());

        MarketSnapshot s = source.poll(T0.plusSeconds(5));

        assertSpotKeptMarksUpdated(s);
        assertThat(s.sourceHealth()).startsWith("error: spot prices: Binance error -1104");
        assertPrintable(s.sourceHealth());
        assertThat(s.sourceHealth()).doesNotContain("\u202e").hasSizeLessThan(200);
    }

    @Test
    void anOversizedBodyIsRefusedWithOrWithoutContentLength() throws Exception {
        String huge = "[" + "{\"symbol\":\"SOLUSDT\",\"price\":\"1.00000000\"},".repeat(10_000) + "{}]";
        fake.fault(PRICES, ok(huge).build(), new MockResponse.Builder().code(200).chunkedBody(huge, 4096).build());

        MarketSnapshot s = source.poll(T0.plusSeconds(5));
        assertSpotKeptMarksUpdated(s);
        assertThat(s.sourceHealth()).startsWith("error: spot prices: Binance sent a response over 256 kB");
        MarketSnapshot chunked = source.poll(T0.plusSeconds(10));
        assertThat(chunked.spot()).containsEntry("SOL", 200.0);
        assertThat(chunked.sourceHealth()).startsWith("error: spot prices: Binance sent a response over 256 kB");
    }

    @Test
    void zeroNanAndMissingValuesAreRefusedPerSymbol() throws Exception {
        fake.spot.put("SOLUSDT", 0.0);
        fake.fault(MARKS, ok("[{\"symbol\":\"SOLUSDT\",\"indexPrice\":\"200.0\",\"nextFundingTime\":0}]").build());

        MarketSnapshot s = source.poll(T0.plusSeconds(5));

        assertKept(s);
        assertThat(s.spot()).containsEntry("BTC", 97000.0);
        assertThat(s.statusOf("SOL").message()).contains("price is not a price (below 1e-12): \"0.00000000\"");
        assertThat(s.statusOf("SOLUSDT").message()).contains("missing markPrice");

        fake.spot.put("SOLUSDT", Double.NaN);
        MarketSnapshot nan = source.poll(T0.plusSeconds(10));
        assertThat(nan.spot()).containsEntry("SOL", 200.0);
        assertThat(nan.statusOf("SOL").message()).contains("price is not a number: \"NaN\"");
    }

    @Test
    void absurdlySmallPricesAndAZeroMarkAreRefusedAndTheLastGoodKept() throws Exception {
        // issue 12 item 3: 1e-320 is "positive" but no price; each was accepted before
        for (String tiny : List.of("1e-320", "4.9e-324", "1e-300", "0.0000000000001")) {
            fake.fault(PRICES, ok("[{\"symbol\":\"BTCUSDT\",\"price\":\"97000.0\"},"
                    + "{\"symbol\":\"ETHUSDT\",\"price\":\"2650.0\"},{\"symbol\":\"SOLUSDT\",\"price\":\"" + tiny + "\"}]")
                    .build());
            fake.fault(MARKS, ok("[{\"symbol\":\"SOLUSDT\",\"markPrice\":\"0\",\"indexPrice\":\"" + tiny
                    + "\",\"nextFundingTime\":0}]").build());

            MarketSnapshot s = source.poll(T0.plusSeconds(5));

            assertKept(s);
            assertThat(s.statusOf("SOL").message()).as(tiny)
                    .isEqualTo("last update refused: price is not a price (below 1e-12): \""
                            + tiny + "\"");
            assertThat(s.statusOf("SOLUSDT").message()).as(tiny)
                    .isEqualTo("last update refused: markPrice is not a price (below 1e-12): \"0\"");
        }
        // the smallest price there is still passes
        fake.fault(PRICES, ok("[{\"symbol\":\"BTCUSDT\",\"price\":\"97000.0\"},"
                + "{\"symbol\":\"ETHUSDT\",\"price\":\"2650.0\"},{\"symbol\":\"SOLUSDT\",\"price\":\"1e-12\"}]").build());
        assertThat(source.poll(T0.plusSeconds(6)).spot()).containsEntry("SOL", 1e-12);
    }

    @Test
    void pricesOlderThanThreePollsAreStaleWithTheirAge() throws Exception {
        fake.spot.put("SOLUSDT", -1.0);
        source.poll(T0.plusSeconds(5));
        assertThat(source.poll(T0.plusSeconds(15)).statusOf("SOL").health()).isEqualTo(SymbolStatus.Health.OK);

        MarketSnapshot s = source.poll(T0.plusSeconds(16));

        SymbolStatus sol = s.statusOf("SOL");
        assertThat(sol.health()).isEqualTo(SymbolStatus.Health.STALE);
        assertThat(sol.message()).startsWith("stale: 16 s old");
        assertThat(sol.lastUpdate()).contains(T0);
        assertThat(s.statusOf("BTC").health()).isEqualTo(SymbolStatus.Health.OK);
    }

    @Test
    void aLongOutageBacksOffAndRecoversByItself() throws Exception {
        fake.down = new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
        Instant t = T0;
        int polls = 0;
        int before = fake.requests.size();
        MarketSnapshot s = null;
        for (; t.isBefore(T0.plus(Duration.ofMinutes(30))); t = t.plusSeconds(5)) {
            s = source.poll(t.plusSeconds(5));
            polls++;
        }
        assertKept(s);
        assertThat(s.sourceHealth()).startsWith("offline: Binance connection failed");
        assertThat(s.statusOf("SOL").health()).isEqualTo(SymbolStatus.Health.STALE);
        int tries = (fake.requests.size() - before) / 2; // two attempts per try
        assertThat(tries).as("tries in %d polls", polls).isLessThan(30).isGreaterThan(10);

        fake.down = null;
        Instant recovered = t;
        while (!source.poll(t).sourceHealth().equals("live")) {
            t = t.plusSeconds(5);
            assertThat(t).isBefore(recovered.plus(LiveSource.OUTAGE_CAP).plusSeconds(10));
        }
        MarketSnapshot back = source.poll(t);
        assertThat(back.spot()).containsEntry("SOL", 210.0);
        assertThat(back.statusOf("SOL").health()).isEqualTo(SymbolStatus.Health.OK);
    }

    @Test
    void everyPriceRefusedIsNotLiveAndAFirstPollOfRefusalsThrows() throws Exception {
        // issue 12 items 1 and 4: "NaN" for every price gave title "live" and a report of zeros
        String nans = "[{\"symbol\":\"BTCUSDT\",\"price\":\"NaN\"},{\"symbol\":\"ETHUSDT\",\"price\":\"NaN\"},"
                + "{\"symbol\":\"SOLUSDT\",\"price\":\"NaN\"}]";
        String marks = "[{\"symbol\":\"SOLUSDT\",\"markPrice\":\"NaN\",\"nextFundingTime\":0}]";
        fake.fault(PRICES, ok(nans).build());
        fake.fault(MARKS, ok(marks).build());
        MarketSnapshot s = source.poll(T0.plusSeconds(5));
        assertThat(s.sourceHealth()).isEqualTo("error: every price refused (SOL: price is not a number: \"NaN\")");
        assertKept(s);

        BinanceSource fresh = new BinanceSource(LiveKit.request(List.of("SOL"), List.of(LiveKit.expiry("SOLUSDT",
                "SOL"))), LiveKit.feed(), kit.options(server, T0));
        fake.fault(PRICES, ok(nans).build());
        fake.fault(MARKS, ok(marks).build());
        assertThatThrownBy(() -> fresh.poll(T0)).isInstanceOf(MarketException.class)
                .hasMessage("binance: error: every price refused (SOL: price is not a number: \"NaN\")");
    }

    @Test
    void aFirstPollThatGetsNothingThrows() throws Exception {
        BinanceSource fresh = new BinanceSource(LiveKit.request(List.of("SOL"), List.of()), LiveKit.feed(),
                kit.options(server, T0));
        fake.fault(PRICES, new MockResponse.Builder().code(451).build());

        assertThatThrownBy(() -> fresh.poll(T0)).isInstanceOf(MarketException.class)
                .hasMessageContaining("binance: Binance refuses requests from this location (HTTP 451)");
    }
}

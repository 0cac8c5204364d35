package org.hedgetop.market.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.LiveKit;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.exchange.binance.BinanceHistory;
import org.hedgetop.market.exchange.binance.BinanceSource;
import org.hedgetop.market.exchange.binance.FakeBinance;
import org.hedgetop.market.exchange.bybit.BybitHistory;
import org.hedgetop.market.exchange.bybit.BybitSource;
import org.hedgetop.market.exchange.bybit.FakeBybit;
import org.hedgetop.market.replay.ReplaySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three years of daily spot, hourly marks and 8-hourly funding fetched from loopback Binance and Bybit (the
 * documented shapes): paged, counted, cached (a second run sends nothing), a corrupt cache file fetched again, one
 * progress line per series, and the replay built from it answering the venue's own closes.
 *
 * <p>Span, by hand: T1 2023-01-01 minus the look-back max((2 x 30 + 3) days, (30 + 2) days) = 63 days is
 * 2022-10-30; daily candles open from 2022-10-29 (the one that closes at 2022-10-30) to 2026-01-30 (the one that
 * closes at T2 2026-01-31): 1,190 candles, 2 pages of 1,000 a symbol. Hourly marks from 2022-10-29T23:00 to
 * 2026-01-30T23:00: 1,189 x 24 + 1 = 28,537 candles. Settlements every 8 h in [2022-10-30, T2]: 1,189 x 3 + 1 =
 * 3,568.
 */
class ExchangeHistoryTest {
    static final Instant NOW = Instant.parse("2026-02-10T12:00:30Z");
    static final Instant T1 = Instant.parse("2023-01-01T00:00:00Z");
    static final Instant T2 = Instant.parse("2026-01-31T00:00:00Z");
    static final long DAY = FakeBinance.DAY;
    static final long HOUR = FakeBinance.HOUR;

    final LiveKit kit = new LiveKit();
    final List<String> progress = new ArrayList<>();
    MockWebServer server;

    @TempDir
    Path cacheDir;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static MarketRequest book() {
        return LiveKit.request(List.of("SOL"), List.of(LiveKit.perp("SOLUSDT", "SOL", T1)));
    }

    static List<double[]> eightHourly() {
        List<double[]> events = new ArrayList<>();
        for (Instant t = Instant.parse("2022-01-01T00:00:00Z"); !t.isAfter(NOW); t = t.plus(Duration.ofHours(8))) {
            events.add(new double[] {t.toEpochMilli(), 0.0001, Double.NaN});
        }
        return events;
    }

    FakeBinance binanceFake;

    VenueHistory binance() throws Exception {
        FakeBinance fake = new FakeBinance(NOW);
        binanceFake = fake;
        List.of("SOLUSDT", "BTCUSDT", "ETHUSDT").forEach(s -> fake.spot.put(s, 100.0));
        fake.contracts.put("SOLUSDT", new double[] {100, 100, 0.0001, NOW.toEpochMilli() + 8 * HOUR});
        fake.funding.put("SOLUSDT", eightHourly());
        server = new MockWebServer();
        server.setDispatcher(fake);
        server.start();
        return new BinanceHistory(new BinanceSource(book(), LiveKit.feed(), kit.options(server, NOW)));
    }

    VenueHistory bybit() throws Exception {
        FakeBybit fake = new FakeBybit(NOW);
        List.of("SOLUSDT", "BTCUSDT", "ETHUSDT").forEach(s -> fake.spot.put(s, 100.0));
        fake.funding.put("SOLUSDT", eightHourly());
        server = new MockWebServer();
        server.setDispatcher(fake);
        server.start();
        return new BybitHistory(new BybitSource(book(), LiveKit.feed(), kit.options(server, NOW)));
    }

    List<HistorySeries> load(VenueHistory venue) throws Exception {
        return new HistoryLoader(venue, new HistoryCache(cacheDir), progress::add, d -> { })
                .load(book(), T1, T2, NOW);
    }

    @Test
    void binancePagesOnceThenTheCacheAnswersEverything() throws Exception {
        VenueHistory venue = binance();
        List<HistorySeries> first = load(venue);
        // spot 3 symbols x 2 pages + marks ceil(28,537 / 1,500) = 20 pages + funding: 1,000 a page forward from
        // 2022-10-30 up to the fake's now (1,199 days x 3 + 2 = 3,599 events: 4 pages)
        assertThat(venue.requestCount()).isEqualTo(30);
        assertThat(progress).hasSize(5);
        assertThat(progress.get(0)).isEqualTo("binance: history [####................] 1/5 SOLUSDT spot 1d: 2 requests");
        assertThat(progress.get(3)).isEqualTo("binance: history [################....] 4/5 SOLUSDT mark 1h: 20 requests");
        assertThat(progress.get(4)).isEqualTo("binance: history [####################] 5/5 SOLUSDT funding settled: 4 requests");
        assertThat(series(first, "spot", "SOL").times()).hasSize(1190);
        assertThat(series(first, "mark", "SOLUSDT").times()).hasSize(28537);
        assertThat(series(first, "funding", "SOLUSDT").times()).hasSize(3568);

        progress.clear();
        List<HistorySeries> second = load(venue);
        assertThat(venue.requestCount()).isEqualTo(30); // not one more
        assertThat(progress).allMatch(l -> l.endsWith(": cached")).hasSize(5);
        assertThat(series(second, "mark", "SOLUSDT").values()).containsExactly(series(first, "mark", "SOLUSDT").values());

        Path file = cacheDir.resolve("binance").resolve("SOLUSDT-spot-1d.csv");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("SOLUSDT-spot-1d.csv",
                    "BTCUSDT-spot-1d.csv", "ETHUSDT-spot-1d.csv", "SOLUSDT-mark-1h.csv", "SOLUSDT-funding-settled.csv");
        }
    }

    @Test
    void aCorruptCacheFileIsIgnoredAndFetchedAgain() throws Exception {
        VenueHistory venue = binance();
        load(venue);
        Path file = cacheDir.resolve("binance").resolve("SOLUSDT-spot-1d.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(10, "1667001600000,not a number");
        Files.write(file, lines);
        HistoryLoader loader = new HistoryLoader(venue, new HistoryCache(cacheDir), progress::add, d -> { });
        List<HistorySeries> again = loader.load(book(), T1, T2, NOW);
        assertThat(venue.requestCount()).isEqualTo(32); // 30, then the 2 pages of that one series
        assertThat(loader.warnings()).anyMatch(w -> w.startsWith("cache file SOLUSDT-spot-1d.csv ignored"));
        assertThat(series(again, "spot", "SOL").times()).hasSize(1190);
        assertThat(Files.readAllLines(file).get(10)).doesNotContain("not a number");

        Files.writeString(file, "half a fi"); // cut short: no header
        loader = new HistoryLoader(venue, new HistoryCache(cacheDir), progress::add, d -> { });
        loader.load(book(), T1, T2, NOW);
        assertThat(venue.requestCount()).isEqualTo(34);
        assertThat(loader.warnings()).anyMatch(w -> w.contains("not a hedgetop history cache file"));
    }

    @Test
    void theReplayOverTheHistoryAnswersTheVenuesCloses() throws Exception {
        ReplaySource replay = ReplaySource.of(load(binance()), book(), "binance history");
        MarketSnapshot at = replay.poll(T2);
        // the daily candle that closed at T2 opened a day before; the hourly mark that closed at T2 an hour before
        assertThat(at.spot().get("SOL")).isEqualTo(FakeBinance.close("SOLUSDT", T2.toEpochMilli() - DAY));
        assertThat(at.futures().get("SOLUSDT").mark())
                .isEqualTo(FakeBinance.markClose("SOLUSDT", T2.toEpochMilli() - HOUR));
        List<FundingEvent> funding = at.funding().get("SOLUSDT");
        FundingEvent last = funding.get(funding.size() - 1);
        assertThat(last.time()).isEqualTo(T2);
        assertThat(last.rate()).isEqualTo(0.0001);
        // priced by the hourly mark candle that closed at the settlement (23:00-00:00)
        assertThat(last.mark()).hasValue(FakeBinance.markClose("SOLUSDT", T2.toEpochMilli() - HOUR));
    }

    @Test
    void historyThatStartsLateIsSaid() throws Exception {
        VenueHistory venue = binance();
        // the perpetual listed in 2024: settlements from 2024-03-01T00:00 only
        binanceFake.funding.put("SOLUSDT", eightHourly().stream()
                .filter(e -> e[0] >= Instant.parse("2024-03-01T00:00:00Z").toEpochMilli()).toList());
        HistoryLoader loader = new HistoryLoader(venue, new HistoryCache(cacheDir), progress::add, d -> { });
        loader.load(book(), T1, T2, NOW);
        assertThat(loader.warnings()).containsExactly("SOLUSDT funding: binance's history starts at"
                + " 2024-03-01T00:00:00Z, after 2023-01-01T00:00:00Z; closes before it have no price and do not trade");

        binanceFake.funding.put("SOLUSDT", eightHourly().stream()
                .filter(e -> e[0] >= Instant.parse("2022-12-01T00:00:00Z").toEpochMilli()).toList());
        HistoryLoader inside = new HistoryLoader(venue, new HistoryCache(cacheDir.resolve("other")), progress::add,
                d -> { });
        inside.load(book(), T1, T2, NOW);
        assertThat(inside.warnings()).containsExactly("SOLUSDT funding: binance's history starts at"
                + " 2022-12-01T00:00:00Z, inside the statistics look-back from 2022-10-30T00:00:00Z; the first closes'"
                + " statistics rest on fewer returns");
    }

    @Test
    void aRateLimitWaitsWhatTheVenueAsksThenGoesOn() throws Exception {
        VenueHistory venue = binance();
        binanceFake.fault("/api/v3/klines", new mockwebserver3.MockResponse.Builder().code(429)
                .addHeader("Retry-After", "7").body("{\"code\":-1003,\"msg\":\"Too many requests\"}").build());
        List<Duration> waits = new ArrayList<>();
        List<HistorySeries> got = new HistoryLoader(venue, new HistoryCache(cacheDir), progress::add, waits::add)
                .load(book(), T1, T2, NOW);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(venue.requestCount()).isEqualTo(31); // the 30 pages and the refused one
        assertThat(progress.get(0)).isEqualTo("binance: Binance rate limit (HTTP 429); waiting 7 s");
        assertThat(series(got, "spot", "SOL").times()).hasSize(1190);
    }

    @Test
    void bybitPagesBackwardsAndCachesToo() throws Exception {
        VenueHistory venue = bybit();
        List<HistorySeries> first = load(venue);
        // spot 3 x 2 pages, marks ceil(28,537 / 1,000) = 29 pages, funding ceil(3,568 / 200) = 18 pages
        assertThat(venue.requestCount()).isEqualTo(53);
        assertThat(series(first, "spot", "SOL").times()).hasSize(1190);
        assertThat(series(first, "spot", "SOL").values()[0]).isEqualTo(FakeBinance.close("SOLUSDT",
                Instant.parse("2022-10-29T00:00:00Z").toEpochMilli()));
        assertThat(series(first, "mark", "SOLUSDT").times()).hasSize(28537);
        assertThat(series(first, "funding", "SOLUSDT").times()).hasSize(3568);
        load(venue);
        assertThat(venue.requestCount()).isEqualTo(53);
    }

    static HistorySeries series(List<HistorySeries> all, String kind, String key) {
        return all.stream().filter(s -> s.kind().equals(kind) && s.key().equals(key)).findFirst().orElseThrow();
    }
}

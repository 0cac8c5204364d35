package org.hedgetop.market.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hedgetop.book.Interval;
import org.hedgetop.market.Fixtures;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.market.SymbolStatus;
import org.junit.jupiter.api.Test;

class SimulatedSourceTest {
    static final Instant T = Instant.parse("2026-11-20T13:47:23Z");
    static final Instant OPENED = Instant.parse("2026-08-01T00:00:00Z");

    static MarketRequest book() {
        return Fixtures.request(List.of("SOL", "AAVE", "NEWCOIN"),
                List.of(Fixtures.perp("SOLUSDT", "SOL", OPENED), Fixtures.perp("ETHUSDT", "ETH", null),
                        Fixtures.expiry("BTCUSDT_261225", "BTC", LocalDate.of(2026, 12, 25))), 30);
    }

    static SimulatedSource source(long seed) {
        return new SimulatedSource(book(), seed, Duration.ofSeconds(5));
    }

    @Test
    void sameSeedAndNowGiveTheSameSnapshotWhateverPollsCameBefore() {
        MarketSnapshot direct = source(7).poll(T);

        SimulatedSource running = source(7);
        for (Instant t = T.minus(Duration.ofDays(3)); t.isBefore(T); t = t.plus(Duration.ofMinutes(47))) {
            running.poll(t);
        }
        MarketSnapshot afterRun = running.poll(T);

        SimulatedSource jumpy = source(7);
        jumpy.poll(T.plus(Duration.ofDays(40))); // from the future back to T
        jumpy.poll(T.minus(Duration.ofDays(200)));
        MarketSnapshot afterJumps = jumpy.poll(T);

        Fixtures.assertSameSnapshot(direct, afterRun);
        Fixtures.assertSameSnapshot(direct, afterJumps);
    }

    @Test
    void anotherSeedGivesOtherPrices() {
        assertThat(source(8).poll(T).spot().get("SOL")).isNotEqualTo(source(7).poll(T).spot().get("SOL"));
    }

    @Test
    void addingATokenDoesNotChangeTheOthers() {
        MarketRequest bigger = Fixtures.request(List.of("SOL", "AAVE", "NEWCOIN", "DOGE"), book().instruments(), 30);
        MarketSnapshot a = source(7).poll(T);
        MarketSnapshot b = new SimulatedSource(bigger, 7, Duration.ofSeconds(5)).poll(T);
        assertThat(b.spot().get("SOL")).isEqualTo(a.spot().get("SOL"));
        assertThat(b.spot()).containsKey("DOGE");
    }

    @Test
    void btcAndEthAreAlwaysThereAndPricesArePlausible() {
        MarketSnapshot s = source(7).poll(T);
        assertThat(s.spot()).containsKeys("BTC", "ETH", "SOL", "AAVE", "NEWCOIN");
        // pinned Brownian bridges keep prices within a few sigma of their base (90,000 and 3,000)
        assertThat(s.spot().get("BTC")).isBetween(20_000.0, 400_000.0);
        assertThat(s.spot().get("ETH")).isBetween(500.0, 20_000.0);
        assertThat(s.source()).isEqualTo("simulated");
    }

    @Test
    void pricesMoveOnlyAtTicksAnchoredToTheHour() {
        SimulatedSource src = source(7);
        Instant tick = Instant.parse("2026-11-20T13:47:20Z");
        assertThat(src.tickAt(T)).isEqualTo(tick);
        double a = src.poll(tick).spot().get("SOL");
        double b = src.poll(tick.plusMillis(4_999)).spot().get("SOL");
        double c = src.poll(tick.plusSeconds(5)).spot().get("SOL");
        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
        // 7 s does not divide an hour: ticks restart at every hour
        SimulatedSource odd = new SimulatedSource(book(), 7, Duration.ofSeconds(7));
        assertThat(odd.tickAt(Instant.parse("2026-11-20T14:00:03Z"))).isEqualTo(Instant.parse("2026-11-20T14:00:00Z"));
    }

    @Test
    void historyCoversTheWindowOfEveryIntervalFromTheFirstPoll() {
        MarketSnapshot s = source(7).poll(T);
        for (Interval interval : Interval.values()) {
            for (String token : List.of("BTC", "SOL", "NEWCOIN")) {
                assertThat(Fixtures.closes(s.spotSeries(token), interval, T)).as(token + " " + interval)
                        .hasSizeGreaterThanOrEqualTo(31);
            }
            assertThat(Fixtures.closes(s.markSeries("SOLUSDT"), interval, T)).hasSizeGreaterThanOrEqualTo(31);
        }
        PriceSeries sol = s.spotSeries("SOL");
        assertThat(sol.time(sol.size() - 1)).isEqualTo(Instant.parse("2026-11-20T13:47:20Z").toEpochMilli());
        assertThat(sol.price(sol.size() - 1)).isEqualTo(s.spot().get("SOL"));
        // the close of a closed bucket is the value at the bucket's last second
        assertThat(sol.indexAtOrBefore(Instant.parse("2026-11-19T23:59:59Z").toEpochMilli())).isNotNegative();
        assertThat(sol.time(sol.indexAtOrBefore(Instant.parse("2026-11-19T23:59:59Z").toEpochMilli())))
                .isEqualTo(Instant.parse("2026-11-19T23:59:59Z").toEpochMilli());
    }

    @Test
    void historyAndCachesStayBoundedOverDaysOfRunning() {
        SimulatedSource src = source(7);
        int first = src.poll(T).spotSeries("SOL").size();
        int sizeAfter = 0;
        int cacheAfterOneDay = 0;
        for (int minutes = 30; minutes <= 12 * 24 * 60; minutes += 30) { // 12 days, a poll every 30 minutes
            MarketSnapshot s = src.poll(T.plus(Duration.ofMinutes(minutes)));
            sizeAfter = s.spotSeries("SOL").size();
            if (minutes == 24 * 60) {
                cacheAfterOneDay = src.cacheSize();
            }
        }
        assertThat(sizeAfter).isBetween(first - 2, first + 2);
        // D = max(2 window, 30) + 2 = 62: 248 hourly + 62 daily (some shared) + the tick; bounded, whatever the run
        assertThat(first).isLessThan(320);
        // funding history grows by 3 events a day since fundingSince; everything else is trimmed
        assertThat(src.cacheSize()).isLessThan(cacheAfterOneDay + 12 * 3 * 2 + 50);
    }

    @Test
    void volumeIsPositiveAndHigherOnBigMoves() {
        PriceSeries s = source(7).poll(T).spotSeries("SOL");
        assertThat(s.hasVolume()).isTrue();
        double bigMoveVolume = 0;
        double quietVolume = 0;
        int big = 0;
        int quiet = 0;
        for (int i = 1; i < s.size(); i++) {
            if (s.time(i) - s.time(i - 1) != 3_600_000L) {
                continue;
            }
            assertThat(s.volume(i)).isPositive();
            double r = Math.abs(Math.log(s.price(i) / s.price(i - 1)));
            if (r > 0.012) {
                bigMoveVolume += s.volume(i);
                big++;
            } else if (r < 0.003) {
                quietVolume += s.volume(i);
                quiet++;
            }
        }
        assertThat(big).isPositive();
        assertThat(quiet).isPositive();
        assertThat(bigMoveVolume / big).isGreaterThan(1.5 * quietVolume / quiet);
    }

    @Test
    void perpetualQuoteSettlesEveryEightHoursAtUtcTimes() {
        MarketSnapshot s = source(7).poll(T);
        FuturesQuote q = s.quote("SOLUSDT").orElseThrow();
        assertThat(q.nextFundingTime()).contains(Instant.parse("2026-11-20T16:00:00Z"));
        assertThat(q.fundingInterval()).contains(Duration.ofHours(8));
        assertThat(q.fundingRate().getAsDouble()).isBetween(-0.0075, 0.0075);
        // a small basis: within 1 % of spot
        assertThat(q.mark() / s.spot().get("SOL")).isCloseTo(1.0, within(0.01));
        assertThat(q.index().getAsDouble()).isEqualTo(s.spot().get("SOL"));

        List<FundingEvent> events = s.fundingEvents("SOLUSDT");
        assertThat(events.get(0).time()).isEqualTo(OPENED); // reaches back to fundingSince
        assertThat(events.get(events.size() - 1).time()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        for (int i = 1; i < events.size(); i++) {
            assertThat(Duration.between(events.get(i - 1).time(), events.get(i).time())).isEqualTo(Duration.ofHours(8));
            assertThat(events.get(i).time().getEpochSecond() % (8 * 3600)).isZero();
            assertThat(events.get(i).mark()).isPresent();
        }
        // no fundingSince: still a month of settlements for the funding pane
        assertThat(s.fundingEvents("ETHUSDT")).hasSizeGreaterThanOrEqualTo(90);
        assertThat(s.fundingEvents("BTCUSDT_261225")).isEmpty();
    }

    @Test
    void predictedRateBecomesTheSettledRateAtSettlement() {
        SimulatedSource src = source(7);
        Instant settlement = Instant.parse("2026-11-20T16:00:00Z");
        double predicted = src.poll(settlement).quote("SOLUSDT").orElseThrow().fundingRate().getAsDouble();
        List<FundingEvent> events = src.poll(settlement.plusSeconds(60)).fundingEvents("SOLUSDT");
        FundingEvent last = events.get(events.size() - 1);
        assertThat(last.time()).isEqualTo(settlement);
        assertThat(last.rate()).isEqualTo(predicted);
    }

    @Test
    void expiryFutureIsInContangoAndConvergesToSpotAtExpiry() {
        SimulatedSource src = source(7);
        for (int day = 0; day < 34; day++) {
            Instant t = T.plus(Duration.ofDays(day));
            MarketSnapshot s = src.poll(t);
            double basis = s.quote("BTCUSDT_261225").orElseThrow().mark() / s.spot().get("BTC") - 1;
            double years = Duration.between(t, Instant.parse("2026-12-25T08:00:00Z")).toSeconds() / (365.0 * 86400);
            if (years > 0) {
                assertThat(basis).as("basis on day " + day).isPositive();
                assertThat(basis / years).as("annualised").isBetween(0.005, 0.25);
            }
        }
        Instant expiry = Instant.parse("2026-12-25T08:00:00Z");
        MarketSnapshot atExpiry = src.poll(expiry);
        assertThat(atExpiry.quote("BTCUSDT_261225").orElseThrow().mark()).isEqualTo(atExpiry.spot().get("BTC"));
        MarketSnapshot after = src.poll(expiry.plus(Duration.ofDays(2)));
        assertThat(after.quote("BTCUSDT_261225").orElseThrow().mark())
                .isEqualTo(atExpiry.quote("BTCUSDT_261225").orElseThrow().mark());
        assertThat(after.statusOf("BTCUSDT_261225").health()).isEqualTo(SymbolStatus.Health.STALE);
        assertThat(after.statusOf("BTCUSDT_261225").message()).contains("expired 2026-12-25 08:00 UTC");
    }

    @Test
    void expiryDateComesFromTheSymbolOrTheNextQuarter() {
        MarketRequest.Instrument bySymbol = new MarketRequest.Instrument("ETHUSDT_270326", "ETH",
                org.hedgetop.book.HedgeType.EXPIRY, java.util.Optional.empty());
        assertThat(bySymbol.expiry()).contains(LocalDate.of(2027, 3, 26));
        // the last Friday of December 2026 is the 25th
        assertThat(SimulatedSource.nextQuarterly(T.getEpochSecond())).isEqualTo(LocalDate.of(2026, 12, 25));
    }
}

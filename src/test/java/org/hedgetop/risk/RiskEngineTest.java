package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hedgetop.risk.Fixtures.DAY;
import static org.hedgetop.risk.Fixtures.NOW;
import static org.hedgetop.risk.Fixtures.closesFromReturns;
import static org.hedgetop.risk.Fixtures.dailyCloses;
import static org.hedgetop.risk.Fixtures.hedge;
import static org.hedgetop.risk.Fixtures.holding;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.hedgetop.book.Book;
import org.hedgetop.book.Interval;
import org.hedgetop.book.Ratio;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;
import org.junit.jupiter.api.Test;

class RiskEngineTest {
    /** StatsTest's series: A against B has beta 0.7, rho 0.0007/sqrt(0.0013*0.0010), vol 100*sqrt(0.0013/3*365). */
    static final double[] A = StatsTest.A;
    static final double[] B = StatsTest.B;

    private static Book tokenBook() {
        return Fixtures.book(List.of(holding("TOK", 100)), List.of(), org.hedgetop.book.Settings.DEFAULT,
                Fixtures.feed(Interval.D1, 4));
    }

    private static Fixtures.Market tokenMarket(Instant now, double spot) {
        return new Fixtures.Market(now).spot("TOK", spot).spot("BTC", 90_000).spot("ETH", 3_000)
                .history("TOK", dailyCloses(now, closesFromReturns(100, A)))
                .history("BTC", dailyCloses(now, closesFromReturns(80_000, B)))
                .history("ETH", dailyCloses(now, closesFromReturns(2_900, A)));
    }

    @Test
    void tokenStatisticsAgainstBtcAndEthMatchTheHandArithmetic() {
        RiskView v = new RiskEngine().evaluate(tokenBook(), tokenMarket(NOW, 100).build(), NOW);
        TokenRow t = v.tokens().get(0);
        assertThat(t.betaBtc().getAsDouble()).isCloseTo(0.7, within(1e-9));
        assertThat(t.rhoBtc().getAsDouble()).isCloseTo(0.0007 / Math.sqrt(0.0013 * 0.0010), within(1e-9));
        assertThat(t.rhoEth().getAsDouble()).isCloseTo(1, within(1e-12));
        assertThat(t.betaEth().getAsDouble()).isCloseTo(1, within(1e-9));
        assertThat(t.volatilityPct().getAsDouble()).isCloseTo(100 * Math.sqrt(0.0013 / 3) * Math.sqrt(365), within(1e-7));
        assertThat(v.correlations().labels()).containsExactly("TOK", "BTC", "ETH");
        assertThat(v.correlations().rho(0, 0)).hasValue(1.0);
        assertThat(v.correlations().rho(0, 1).getAsDouble()).isCloseTo(0.0007 / Math.sqrt(0.0013 * 0.0010), within(1e-9));
        assertThat(v.correlations().rho(1, 0)).isEqualTo(v.correlations().rho(0, 1));
    }

    @Test
    void changeIsSpotNowAgainstTheLastClosedBucketsClose() {
        double lastClose = closesFromReturns(100, A)[4]; // 100 * exp(0.02)
        RiskView v = new RiskEngine().evaluate(tokenBook(), tokenMarket(NOW, lastClose * 1.03).build(), NOW);
        assertThat(v.tokens().get(0).changePct().getAsDouble()).isCloseTo(3, within(1e-9));
        // the day after, yesterday's bucket has no observation: n/a rather than a change over two days
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        var market = tokenMarket(NOW, 100).build();
        RiskView later = new RiskEngine().evaluate(tokenBook(), market, tomorrow);
        assertThat(later.tokens().get(0).changePct()).isEmpty();
    }

    @Test
    void gapsAndShortHistoriesGiveNaInTheView() {
        // TOK has only 3 closes (2 returns) in the window: rho, beta and volatility are n/a
        var market = new Fixtures.Market(NOW).spot("TOK", 100)
                .history("TOK", dailyCloses(NOW, 100, 101, 102))
                .history("BTC", dailyCloses(NOW, closesFromReturns(80_000, B))).build();
        TokenRow t = new RiskEngine().evaluate(tokenBook(), market, NOW).tokens().get(0);
        assertThat(t.rhoBtc()).isEmpty();
        assertThat(t.betaBtc()).isEmpty();
        assertThat(t.volatilityPct()).isEmpty();
        assertThat(t.rhoEth()).isEmpty(); // no ETH history at all
    }

    @Test
    void aBasketMissingAPriceHasNoFactorButItsRowStillExists() {
        Book b = Fixtures.book(List.of(holding("UNI", 1_500), holding("AAVE", 100)),
                List.of(hedge("beta", "ETHUSDT", "ETH", "UNI", "AAVE").size(0.1).position(-50).margin(3000, 5).build(),
                        hedge("one", "ETHUSDT", "ETH", "UNI", "AAVE").size(0.1).ratio(Ratio.ONE).build()),
                org.hedgetop.book.Settings.DEFAULT, ProxyHistory.feed());
        MarketSnapshot full = ProxyHistory.market(NOW);
        var noAave = new MarketSnapshot(NOW, java.util.Map.of("UNI", 10.0, "ETH", 3000.0), full.futures(),
                full.spotHistory(), full.markHistory(), full.funding(), full.status(), "test", "live");
        RiskView v = new RiskEngine().evaluate(b, noAave, NOW);
        assertThat(v.tokens().get(0).exposure()).hasValue(15_000);
        assertThat(v.tokens().get(1).exposure()).isEmpty();
        assertThat(v.tokens().get(0).weightPct()).hasValue(100); // of what has a price
        HedgeRow h = v.hedges().get(0);
        assertThat(h.coveredExposure()).isEmpty();
        assertThat(h.basketBeta()).isEmpty();
        assertThat(h.factor()).isEmpty();
        assertThat(h.contractsNeeded()).isEmpty();
        assertThat(h.order()).isEmpty();
        assertThat(h.coveragePct()).isEmpty();
        assertThat(h.mark()).hasValue(3000);
        assertThat(h.contractNotional().getAsDouble()).isCloseTo(300, within(1e-9));
        assertThat(h.contractsHeld()).isEqualTo(50);
        assertThat(h.liquidationPrice().getAsDouble()).isCloseTo(3000 * 1.195, within(1e-9));
        HedgeRow one = v.hedges().get(1);
        assertThat(one.factor()).hasValue(1);
        assertThat(one.contractsNeeded()).isEmpty();
        // the only hedge holding contracts has an unknown factor: the hedged notional is n/a, not 0
        assertThat(v.totals().hedgedNotional()).isEmpty();
        assertThat(v.totals().unmarked()).containsExactly(h.id());
        assertThat(v.totals().missing()).containsExactly("AAVE");
        assertThat(v.totals().partial()).isTrue();
        assertNoNonFinite(v);
    }

    @Test
    void aMissingMarkEmptiesNotionalSizingAndBasisOnly() {
        Book b = Fixtures.book(List.of(holding("SOL", 100_000)),
                List.of(hedge("sol", "SOLUSDT", "SOL", "SOL").size(5).position(-20_000).margin(150, 5).build()));
        RiskView v = new RiskEngine().evaluate(b, new Fixtures.Market(NOW).spot("SOL", 150).build(), NOW);
        HedgeRow h = v.hedges().get(0);
        assertThat(h.mark()).isEmpty();
        assertThat(h.contractNotional()).isEmpty();
        assertThat(h.contractsNeeded()).isEmpty();
        assertThat(h.coveragePct()).isEmpty();
        assertThat(h.basisPct()).isEmpty();
        assertThat(h.liquidationDistancePct()).isEmpty();
        assertThat(h.coveredExposure()).hasValue(15_000_000);
        assertThat(h.spot()).hasValue(150);
        assertThat(h.factor()).hasValue(1);
        assertThat(h.liquidationPrice().getAsDouble()).isCloseTo(179.25, within(1e-9));
        // the hedge's notional is unknown, so is the net delta (it was 15,000,000: the whole book unhedged)
        assertThat(v.totals().netDelta()).isEmpty();
        assertThat(v.totals().exposure()).hasValue(15_000_000);
        assertNoNonFinite(v);
    }

    @Test
    void anEmptySnapshotGivesAViewOfNaNeverAnException() {
        Book b = Fixtures.book(List.of(holding("UNI", 1_500), holding("AAVE", 100)),
                List.of(hedge("eth", "ETHUSDT", "ETH", "UNI", "AAVE").size(0.1).position(-100)
                        .opened("2026-11-01T00:00:00Z").margin(3000, 5).exit("2026-01-01", 1.0, 2.0, 3.0, 4).build()));
        RiskView v = new RiskEngine().evaluate(b, MarketSnapshot.empty(NOW, "test"), NOW);
        assertThat(v.tokens()).hasSize(2);
        assertThat(v.hedges()).hasSize(1);
        assertThat(v.totals().exposure()).as("no price: n/a, not 0").isEmpty();
        assertThat(v.totals().netDelta()).isEmpty();
        assertThat(v.totals().missing()).containsExactly("UNI", "AAVE");
        assertThat(v.totals().coveragePct()).isEmpty();
        assertThat(v.sectors()).extracting(SectorRow::weightPct).containsOnly(0.0);
        assertThat(v.hedges().get(0).exitFired()).containsExactly("after 2026-01-01 (today 2026-11-16)", "max_days 4 (open 15.5 days)");
        assertNoNonFinite(v);
    }

    @Test
    void statisticsAreCachedWithinABucketAndRebuiltWhenOneCloses() {
        Book b = Fixtures.book(List.of(holding("UNI", 1_500), holding("AAVE", 100)),
                List.of(hedge("eth", "ETHUSDT", "ETH", "UNI", "AAVE").size(0.1).build()),
                org.hedgetop.book.Settings.DEFAULT, ProxyHistory.feed());
        RiskEngine engine = new RiskEngine();
        MarketSnapshot m0 = ProxyHistory.market(NOW);
        RiskView v0 = engine.evaluate(b, m0, NOW);
        Statistics s0 = engine.statistics(b, m0, NOW);

        // a tick an hour later: new prices, a new snapshot, a new series object with a point in the open bucket
        Instant tick = NOW.plus(Duration.ofHours(1));
        PriceSeries uni = m0.spotSeries("UNI").append(PriceSeries.of(new long[] {tick.toEpochMilli()},
                new double[] {12}, null));
        MarketSnapshot m1 = withSpot(m0, tick, "UNI", 12, uni);
        RiskView v1 = engine.evaluate(b, m1, tick);
        assertThat(engine.statistics(b, m1, tick)).isSameAs(s0);
        assertThat(v1.correlations()).isSameAs(v0.correlations());
        assertThat(engine.statisticsBuilds()).isEqualTo(1);
        // ...but the weights moved (UNI 18,000 vs AAVE 15,000), so the basket beta is recomputed from the cache
        assertThat(v1.hedges().get(0).coveredExposure()).hasValue(33_000);
        assertThat(v1.hedges().get(0).basketBeta().getAsDouble()).isNotCloseTo(1.4, within(1e-6));
        // editing a target is not a statistics change
        engine.evaluate(b.withHedge(b.hedges().get(0).withTargetPct(50)), m1, tick);
        assertThat(engine.statisticsBuilds()).isEqualTo(1);

        // the bucket closes: the tick at 13:00 becomes the close of 2026-11-16
        Instant nextDay = Instant.parse("2026-11-17T00:00:01Z");
        MarketSnapshot m2 = withSpot(m1, nextDay, "UNI", 12, uni);
        Statistics s2 = engine.statistics(b, m2, nextDay);
        assertThat(s2).isNotSameAs(s0);
        assertThat(s2.lastClosedBucket()).isEqualTo(s0.lastClosedBucket() + DAY);
        assertThat(engine.statisticsBuilds()).isEqualTo(2);
        assertThat(engine.statistics(b, m2, nextDay.plusSeconds(5))).isSameAs(s2);
    }

    @Test
    void aLateObservationInAClosedBucketOrANewWindowRebuilds() {
        Book b = tokenBook();
        RiskEngine engine = new RiskEngine();
        MarketSnapshot m0 = tokenMarket(NOW, 100).build();
        Statistics s0 = engine.statistics(b, m0, NOW);
        // a late point lands at 23:00 in yesterday's (closed) bucket: its close changes
        long late = Interval.D1.bucketStart(NOW.toEpochMilli()) - 3_600_000L;
        PriceSeries tok = m0.spotSeries("TOK").append(PriceSeries.of(new long[] {late}, new double[] {150}, null));
        Statistics s1 = engine.statistics(b, withSpot(m0, NOW, "TOK", 100, tok), NOW);
        assertThat(s1).isNotSameAs(s0);
        assertThat(s1.asset("TOK").lastClose()).hasValue(150);
        Statistics s2 = engine.statistics(b.withFeed(Fixtures.feed(Interval.D1, 3)), withSpot(m0, NOW, "TOK", 100, tok),
                NOW);
        assertThat(s2).isNotSameAs(s1);
        assertThat(engine.statisticsBuilds()).isEqualTo(3);
    }

    private static MarketSnapshot withSpot(MarketSnapshot m, Instant time, String token, double price, PriceSeries s) {
        var spot = new java.util.HashMap<>(m.spot());
        spot.put(token, price);
        var hist = new java.util.HashMap<>(m.spotHistory());
        hist.put(token, s);
        return new MarketSnapshot(time, spot, m.futures(), hist, m.markHistory(), m.funding(), m.status(), m.source(),
                m.sourceHealth());
    }

    /** Walks the view's records: no double and no OptionalDouble may hold NaN or an infinity. */
    static void assertNoNonFinite(Object o) {
        if (o instanceof Double d) {
            assertThat(d).isFinite();
        } else if (o instanceof OptionalDouble od) {
            od.ifPresent(d -> assertThat(d).isFinite());
        } else if (o instanceof List<?> l) {
            l.forEach(RiskEngineTest::assertNoNonFinite);
        } else if (o instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    assertNoNonFinite(c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}

package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hedgetop.risk.Fixtures.NOW;
import static org.hedgetop.risk.Fixtures.hedge;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.book.Book;
import org.hedgetop.book.Hedge;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.PriceSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarryTest {
    private static final Hedge SHORT_100 = hedge("sol", "SOLUSDT", "SOL", "SOL").size(5).position(-100)
            .opened("2026-11-15T00:00:00Z").build();

    private static Instant t(String iso) {
        return Instant.parse(iso);
    }

    private static FundingEvent event(String time, double rate, double mark) {
        return new FundingEvent(t(time), rate, Double.isNaN(mark) ? OptionalDouble.empty() : OptionalDouble.of(mark));
    }

    private static PriceSeries series(String[] times, double[] prices) {
        long[] ms = new long[times.length];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = t(times[i]).toEpochMilli();
        }
        return PriceSeries.of(ms, prices, null);
    }

    /**
     * Short 100 contracts of 5 SOL, opened 2026-11-15T00:00Z, now 2026-11-16T12:00Z; payment = 100 * 5 * F * f:
     * <pre>
     *   15T00:00  f  0.0001 F 100       at `opened`: excluded (opened < time)
     *   15T08:00  f  0.0001 F 100       500 * 100 *  0.0001 =   5
     *   15T16:00  f -0.0002 F 110       500 * 110 * -0.0002 = -11
     *   16T00:00  f  0.0003 no mark     last mark at or before: 120 (15T20:00) ->  18
     *   16T08:00  f  0.0001 no mark     last mark at or before: 130 (16T01:00) ->   6.5
     *   16T16:00  f  0.0001 F 100       after now: excluded
     *   total 5 - 11 + 18 + 6.5 = 18.5
     * </pre>
     */
    @Test
    void fundingAccruesSinceOpenedWithEventMarksElseTheLastMark() {
        List<FundingEvent> events = List.of(event("2026-11-15T00:00:00Z", 0.0001, 100),
                event("2026-11-15T08:00:00Z", 0.0001, 100), event("2026-11-15T16:00:00Z", -0.0002, 110),
                event("2026-11-16T00:00:00Z", 0.0003, Double.NaN), event("2026-11-16T08:00:00Z", 0.0001, Double.NaN),
                event("2026-11-16T16:00:00Z", 0.0001, 100));
        PriceSeries marks = series(new String[] {"2026-11-15T20:00:00Z", "2026-11-16T01:00:00Z"}, new double[] {120, 130});
        PriceSeries spot = series(new String[] {"2026-11-14T00:00:00Z"}, new double[] {999});
        assertThat(Carry.fundingAccrued(SHORT_100, events, marks, spot, NOW).getAsDouble()).isCloseTo(18.5, within(1e-9));
        // an event exactly at `now` counts: at 16T08:00 the total is the same 18.5
        assertThat(Carry.fundingAccrued(SHORT_100, events, marks, spot, t("2026-11-16T08:00:00Z")).getAsDouble())
                .isCloseTo(18.5, within(1e-9));
        assertThat(Carry.fundingAccrued(SHORT_100, events, marks, spot, t("2026-11-16T07:59:59Z")).getAsDouble())
                .isCloseTo(12, within(1e-9));
    }

    @Test
    void withoutMarksTheUnderlyingsSpotAtOrBeforeTheEventIsUsed() {
        // 500 * 140 * 0.0001 = 7 and 500 * 150 * 0.0002 = 15
        List<FundingEvent> events = List.of(event("2026-11-15T08:00:00Z", 0.0001, Double.NaN),
                event("2026-11-15T16:00:00Z", 0.0002, Double.NaN));
        PriceSeries spot = series(new String[] {"2026-11-15T07:00:00Z", "2026-11-15T16:00:00Z", "2026-11-15T17:00:00Z"},
                new double[] {140, 150, 999});
        assertThat(Carry.fundingAccrued(SHORT_100, events, PriceSeries.EMPTY, spot, NOW).getAsDouble())
                .isCloseTo(22, within(1e-9));
    }

    @Test
    void aLongPaysWhenTheRateIsPositive() {
        Hedge longPos = SHORT_100.withPosition(10);
        List<FundingEvent> events = List.of(event("2026-11-15T08:00:00Z", 0.0001, 100));
        // -position * cs * F * f = -10 * 5 * 100 * 0.0001 = -0.5
        assertThat(Carry.fundingAccrued(longPos, events, PriceSeries.EMPTY, PriceSeries.EMPTY, NOW))
                .hasValue(-10 * 5 * 100 * 0.0001);
        assertThat(Carry.fundingPayment(-100, 5, 100, -0.0001)).isCloseTo(-5, within(1e-12));
    }

    @Test
    void noOpenedNoUsableEventsOrAnExpiryFutureGiveNa() {
        List<FundingEvent> events = List.of(event("2026-11-15T08:00:00Z", 0.0001, 100));
        Hedge noOpened = hedge("sol", "SOLUSDT", "SOL", "SOL").size(5).position(-100).build();
        assertThat(Carry.fundingAccrued(noOpened, events, PriceSeries.EMPTY, PriceSeries.EMPTY, NOW)).isEmpty();
        Hedge expiry = hedge("q", "SOLUSDT_261225", "SOL", "SOL").size(5).position(-100).expiry("2026-12-25")
                .opened("2026-11-15T00:00:00Z").build();
        assertThat(Carry.fundingAccrued(expiry, events, PriceSeries.EMPTY, PriceSeries.EMPTY, NOW)).isEmpty();
        // events only before opened, or none with a price
        assertThat(Carry.fundingAccrued(SHORT_100, List.of(event("2026-11-14T16:00:00Z", 0.0001, 100)),
                PriceSeries.EMPTY, PriceSeries.EMPTY, NOW)).isEmpty();
        assertThat(Carry.fundingAccrued(SHORT_100, List.of(event("2026-11-15T08:00:00Z", 0.0001, Double.NaN)),
                PriceSeries.EMPTY, PriceSeries.EMPTY, NOW)).isEmpty();
        assertThat(Carry.fundingAccrued(SHORT_100, List.of(), PriceSeries.EMPTY, PriceSeries.EMPTY, NOW)).isEmpty();
    }

    @ParameterizedTest(name = "rate {0} every {1} h -> APR {2} %")
    @CsvSource({
            "0.0001, 8, 10.95", // 0.0001 * 3 * 365 * 100
            "0.0001, 4, 21.9", // 0.0001 * 6 * 365 * 100
            "0.0001, 1, 87.6",
            "-0.00005, 8, -5.475",
            "0.0001, 0, 10.95"}) // 0 = the exchange did not say: 8 h
    void fundingApr(double rate, int hours, double apr) {
        Optional<Duration> interval = hours == 0 ? Optional.empty() : Optional.of(Duration.ofHours(hours));
        assertThat(Carry.fundingAprPct(OptionalDouble.of(rate), interval).getAsDouble()).isCloseTo(apr, within(1e-9));
    }

    @Test
    void fundingCarryPerYearAndStakingCarry() {
        // 100 * 5 * 150 * 0.0001 * 3 * 365 = 7.5 * 1,095 = 8,212.5
        assertThat(Carry.fundingCarryPerYear(100, 5, OptionalDouble.of(150), OptionalDouble.of(0.0001),
                Optional.empty()).getAsDouble()).isCloseTo(8_212.5, within(1e-9));
        assertThat(Carry.fundingCarryPerYear(100, 5, OptionalDouble.empty(), OptionalDouble.of(0.0001),
                Optional.empty())).isEmpty();
        // 15,000,000 * 7 % = 1,050,000
        assertThat(Carry.stakingCarryPerYear(OptionalDouble.of(15_000_000), OptionalDouble.of(7)).getAsDouble())
                .isCloseTo(1_050_000, within(1e-6));
        assertThat(Carry.stakingCarryPerYear(OptionalDouble.of(15_000_000), OptionalDouble.empty())).isEmpty();
    }

    @ParameterizedTest(name = "mark {0} spot {1} -> basis {2} %")
    @CsvSource({"151.5, 150, 1.0", "147, 150, -2.0", "150, 150, 0"})
    void basisContangoAndBackwardation(double mark, double spot, double basis) {
        assertThat(Carry.basisPct(OptionalDouble.of(mark), OptionalDouble.of(spot)).getAsDouble())
                .isCloseTo(basis, within(1e-9));
    }

    @ParameterizedTest(name = "now {0}: {1} days to 2026-11-26 08:00 UTC")
    @CsvSource({
            "2026-11-16T08:00:00Z, 10",
            "2026-11-16T12:00:00Z, 9.833333333333334", // 9 days + 20 h
            "2026-11-25T20:00:00Z, 0.5",
            "2026-11-26T07:00:00Z, 0.041666666666666664"})
    void daysToExpiryAreFractionalToEightOClockUtc(String now, double days) {
        assertThat(Carry.daysToExpiry(LocalDate.parse("2026-11-26"), t(now)).getAsDouble()).isCloseTo(days, within(1e-12));
    }

    @Test
    void annualisedBasis() {
        Optional<LocalDate> expiry = Optional.of(LocalDate.parse("2026-11-26"));
        // 1 % over 10 days -> 36.5 %; -2 % over 0.5 days -> -1,460 %
        assertThat(Carry.basisAnnualizedPct(OptionalDouble.of(1), expiry, t("2026-11-16T08:00:00Z")).getAsDouble())
                .isCloseTo(36.5, within(1e-9));
        assertThat(Carry.basisAnnualizedPct(OptionalDouble.of(-2), expiry, t("2026-11-25T20:00:00Z")).getAsDouble())
                .isCloseTo(-1_460, within(1e-9));
        assertThat(Carry.basisAnnualizedPct(OptionalDouble.of(1), expiry, t("2026-11-26T08:00:00Z"))).isEmpty();
        assertThat(Carry.basisAnnualizedPct(OptionalDouble.of(1), expiry, t("2026-11-27T00:00:00Z"))).isEmpty();
        assertThat(Carry.basisAnnualizedPct(OptionalDouble.of(1), Optional.empty(), NOW)).isEmpty();
    }

    @Test
    void perpetualRowsCarryFundingAndExpiryRowsDoNot() {
        Hedge perp = hedge("perp", "SOLUSDT", "SOL", "SOL").size(5).position(-100).opened("2026-11-15T00:00:00Z").build();
        Hedge quarterly = hedge("q", "SOLUSDT_261126", "SOL", "SOL").size(5).position(-100).expiry("2026-11-26")
                .opened("2026-11-15T00:00:00Z").build();
        Book b = Fixtures.book(List.of(Fixtures.holding("SOL", 100_000, "Layer-1", 7)), List.of(perp, quarterly));
        Instant next = t("2026-11-16T16:00:00Z");
        var market = new Fixtures.Market(NOW).spot("SOL", 150)
                .future("SOLUSDT", Fixtures.perpQuote(150, 0.0001, Duration.ofHours(4), next))
                .future("SOLUSDT_261126", Fixtures.perpQuote(151.5, 0.0001, Duration.ofHours(8), next))
                .funding("SOLUSDT", event("2026-11-15T08:00:00Z", 0.0001, 100))
                .funding("SOLUSDT_261126", event("2026-11-15T08:00:00Z", 0.0001, 100)).build();
        RiskView v = new RiskEngine().evaluate(b, market, NOW);
        HedgeRow p = v.hedges().get(0);
        HedgeRow q = v.hedges().get(1);
        assertThat(p.fundingRate()).hasValue(0.0001);
        assertThat(p.fundingAprPct().getAsDouble()).isCloseTo(21.9, within(1e-9));
        assertThat(p.nextFundingTime()).contains(next);
        assertThat(p.fundingAccrued().getAsDouble()).isCloseTo(5, within(1e-9)); // 100 * 5 * 100 * 0.0001
        assertThat(p.fundingCarryPerYear().getAsDouble()).isCloseTo(100 * 5 * 150 * 0.0001 * 6 * 365, within(1e-9));
        assertThat(p.basisPct().getAsDouble()).isCloseTo(0, within(1e-12));
        assertThat(p.basisAnnualizedPct()).isEmpty();
        assertThat(q.fundingRate()).isEmpty();
        assertThat(q.fundingAprPct()).isEmpty();
        assertThat(q.nextFundingTime()).isEmpty();
        assertThat(q.fundingAccrued()).isEmpty();
        assertThat(q.fundingCarryPerYear()).isEmpty();
        // 1 % contango with 9 days 20 h to go: 1 * 365 / (9 + 20/24)
        assertThat(q.basisPct().getAsDouble()).isCloseTo(1, within(1e-9));
        assertThat(q.basisAnnualizedPct().getAsDouble()).isCloseTo(365 / (9 + 20.0 / 24), within(1e-9));
        assertThat(v.totals().fundingAccrued().getAsDouble()).isCloseTo(5, within(1e-9));
        assertThat(v.totals().stakingCarryPerYear()).isCloseTo(1_050_000, within(1e-6));
        // net carry of SOL: staking 1,050,000 + the perpetual's funding carry (the only covering perpetual, weight 1)
        assertThat(Carry.netCarryPerYear(v.tokens().get(0), v.hedges()).getAsDouble())
                .isCloseTo(1_050_000 + 100 * 5 * 150 * 0.0001 * 6 * 365, within(1e-6));
    }
}

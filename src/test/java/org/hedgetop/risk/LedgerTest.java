package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.book.ExitRule;
import org.hedgetop.book.Fill;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Ratio;
import org.hedgetop.book.SourcePos;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.PriceSeries;
import org.junit.jupiter.api.Test;

/** Hand-computed ledgers (DOMAIN.md section 7); contract_size 2 throughout so the size is never silently 1. */
class LedgerTest {
    private static final Instant T1 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-02T00:00:00Z");
    private static final Instant T3 = Instant.parse("2026-11-03T00:00:00Z");
    private static final Instant T4 = Instant.parse("2026-11-04T00:00:00Z");

    static Hedge fills(Fill... fills) {
        return Hedge.withFills("sol", List.of("SOL"), "SOLUSDT", "SOL", HedgeType.PERPETUAL, Optional.empty(), 2, 100,
                Ratio.BETA, List.of(fills), OptionalDouble.of(4), ExitRule.NONE, SourcePos.NONE);
    }

    static Hedge written(long position, OptionalDouble entry, Optional<Instant> opened) {
        return new Hedge("sol", List.of("SOL"), "SOLUSDT", "SOL", HedgeType.PERPETUAL, Optional.empty(), 2, 100,
                Ratio.BETA, position, entry, opened, OptionalDouble.of(4), ExitRule.NONE, SourcePos.NONE);
    }

    static Fill fill(Instant t, long contracts, double price, double fee) {
        return new Fill(t, contracts, price, OptionalDouble.of(fee), Optional.empty(), SourcePos.NONE);
    }

    /*
     * open  T1 sell 100 @ 10, fee 1      pos -100, avg 10
     * add   T2 sell  50 @  7             avg = (100*10 + 50*7) / 150 = 1350 / 150 = 9, pos -150
     * trim  T3 buy   60 @  8             closes 60: -1 * 60 * 2 * (8 - 9) = +120 realized; pos -90, avg 9
     * close T4 buy   90 @ 12             closes 90: -1 * 90 * 2 * (12 - 9) = -540; realized 120 - 540 = -420; flat
     */
    private static final Hedge ROUND_TRIP = fills(fill(T1, -100, 10, 1), Fill.of(T2, -50, 7), Fill.of(T3, 60, 8),
            Fill.of(T4, 90, 12));

    @Test
    void openAddTrimClose() {
        Ledger.State open = Ledger.at(ROUND_TRIP, T1);
        assertThat(open.position()).isEqualTo(-100);
        assertThat(open.entryPrice()).hasValue(10);
        assertThat(open.fees()).isEqualTo(1);

        Ledger.State added = Ledger.at(ROUND_TRIP, T2);
        assertThat(added.position()).isEqualTo(-150);
        assertThat(added.entryPrice().getAsDouble()).isCloseTo(9, within(1e-12));
        assertThat(added.realizedPnl()).isEqualTo(0);

        Ledger.State trimmed = Ledger.at(ROUND_TRIP, T3);
        assertThat(trimmed.position()).isEqualTo(-90);
        assertThat(trimmed.entryPrice().getAsDouble()).isCloseTo(9, within(1e-12));
        assertThat(trimmed.realizedPnl()).isCloseTo(120, within(1e-9));
        assertThat(trimmed.fills()).isEqualTo(3);
        // unrealized at mark 6: -90 * 2 * (6 - 9) = +540; hedge P&L with funding 10: 120 + 540 + 10 - 1 = 669
        OptionalDouble unrealized = Ledger.unrealizedPnl(trimmed, 2, OptionalDouble.of(6));
        assertThat(unrealized.getAsDouble()).isCloseTo(540, within(1e-9));
        assertThat(Ledger.hedgePnl(trimmed, unrealized, OptionalDouble.of(10)).getAsDouble())
                .isCloseTo(669, within(1e-9));

        Ledger.State closed = Ledger.at(ROUND_TRIP, T4);
        assertThat(closed.position()).isZero();
        assertThat(closed.entryPrice()).isEmpty();
        assertThat(closed.realizedPnl()).isCloseTo(-420, within(1e-9));
        assertThat(closed.firstFillTime()).contains(T1);
        // flat: unrealized 0 even without a mark; hedge P&L = -420 + 0 + 0 (no funding) - 1 = -421
        assertThat(Ledger.unrealizedPnl(closed, 2, OptionalDouble.empty())).hasValue(0);
        assertThat(Ledger.hedgePnl(closed, OptionalDouble.of(0), OptionalDouble.empty()).getAsDouble())
                .isCloseTo(-421, within(1e-9));
    }

    @Test
    void beforeTheFirstFillTheHedgeIsFlat() {
        Ledger.State before = Ledger.at(ROUND_TRIP, T1.minusSeconds(1));
        assertThat(before.position()).isZero();
        assertThat(before.fills()).isZero();
        assertThat(before.firstFillTime()).isEmpty();
    }

    /*
     * T1 sell 90 @ 9; T2 buy 150 @ 12: closes 90: -1 * 90 * 2 * (12 - 9) = -540 realized; the 60 left open a
     * long of 60 at 12. Unrealized at mark 13: 60 * 2 * (13 - 12) = +120.
     */
    @Test
    void flipThroughZeroOpensTheRestAtTheFillPrice() {
        Hedge h = fills(Fill.of(T1, -90, 9), Fill.of(T2, 150, 12));
        Ledger.State s = Ledger.at(h, T2);
        assertThat(s.position()).isEqualTo(60);
        assertThat(s.entryPrice()).hasValue(12);
        assertThat(s.realizedPnl()).isCloseTo(-540, within(1e-9));
        assertThat(Ledger.unrealizedPnl(s, 2, OptionalDouble.of(13)).getAsDouble()).isCloseTo(120, within(1e-9));
    }

    @Test
    void fillsListedOutOfOrderAreTakenInTimeOrder() {
        Hedge shuffled = fills(Fill.of(T4, 90, 12), Fill.of(T2, -50, 7), fill(T1, -100, 10, 1), Fill.of(T3, 60, 8));
        assertThat(Ledger.at(shuffled, T3)).isEqualTo(Ledger.at(ROUND_TRIP, T3));
        assertThat(Ledger.at(shuffled, T4).realizedPnl()).isCloseTo(-420, within(1e-9));
    }

    /*
     * Three fills at the same time, in file order A: sell 10 @ 5 (short 10 @ 5); buy 20 @ 7 (closes 10:
     * -1 * 10 * 2 * (7 - 5) = -40, long 10 @ 7); buy 10 @ 9 (long 20 @ (10*7 + 10*9) / 20 = 8). Realized -40.
     * Order B: buy 10 @ 9 (long 10 @ 9); sell 10 @ 5 (closes: +1 * 10 * 2 * (5 - 9) = -80, flat); buy 20 @ 7
     * (long 20 @ 7). Realized -80. The file order decides.
     */
    @Test
    void sameTimeFillsAreTakenInFileOrder() {
        Ledger.State a = Ledger.at(fills(Fill.of(T1, -10, 5), Fill.of(T1, 20, 7), Fill.of(T1, 10, 9)), T1);
        assertThat(a.position()).isEqualTo(20);
        assertThat(a.entryPrice().getAsDouble()).isCloseTo(8, within(1e-12));
        assertThat(a.realizedPnl()).isCloseTo(-40, within(1e-9));
        Ledger.State b = Ledger.at(fills(Fill.of(T1, 10, 9), Fill.of(T1, -10, 5), Fill.of(T1, 20, 7)), T1);
        assertThat(b.entryPrice().getAsDouble()).isCloseTo(7, within(1e-12));
        assertThat(b.realizedPnl()).isCloseTo(-80, within(1e-9));
    }

    /*
     * fees 1.5 paid and a 0.5 rebate: fees 1.0. Short 10 @ 10 twice (avg 10), mark 9:
     * unrealized -20 * 2 * (9 - 10) = +40; hedge P&L = 0 + 40 + 0 - 1.0 = 39.
     */
    @Test
    void feesAndRebates() {
        Hedge h = fills(fill(T1, -10, 10, 1.5), fill(T2, -10, 10, -0.5));
        Ledger.State s = Ledger.at(h, T2);
        assertThat(s.fees()).isCloseTo(1.0, within(1e-12));
        OptionalDouble u = Ledger.unrealizedPnl(s, 2, OptionalDouble.of(9));
        assertThat(Ledger.hedgePnl(s, u, OptionalDouble.empty()).getAsDouble()).isCloseTo(39, within(1e-9));
    }

    static FundingEvent event(Instant t, double rate, double mark) {
        return new FundingEvent(t, rate, OptionalDouble.of(mark));
    }

    /*
     * Sell 100 at T1 00:00, sell 50 exactly at the 16:00 settlement; contract_size 2; payment = -pos * 2 * F * f:
     *   T1 00:00  f  0.0001 F 10   at the first fill: not counted (nothing was held before it)
     *   T1 08:00  f  0.0001 F 10   pos -100: 100 * 2 * 10 *  0.0001 =  0.20
     *   T1 16:00  f  0.0002 F  8   pos -100 (the fill at 16:00 does not take part): 100 * 2 * 8 * 0.0002 = 0.32
     *   T2 00:00  f -0.0001 F  9   pos -150: 150 * 2 * 9 * -0.0001 = -0.27
     *   T2 08:00  after now (T2 04:00): not counted
     *   accrued 0.20 + 0.32 - 0.27 = 0.25 over 3 settlements
     */
    @Test
    void fundingPaysOnWhatWasHeldAndAFillAtASettlementDoesNotTakePart() throws Exception {
        Hedge h = fills(Fill.of(T1, -100, 10), Fill.of(T1.plusSeconds(16 * 3600), -50, 8));
        List<FundingEvent> events = List.of(event(T1, 0.0001, 10), event(T1.plusSeconds(8 * 3600), 0.0001, 10),
                event(T1.plusSeconds(16 * 3600), 0.0002, 8), event(T2, -0.0001, 9),
                event(T2.plusSeconds(8 * 3600), 0.01, 9));
        Ledger.Funding f = Ledger.funding(h, events, PriceSeries.EMPTY, PriceSeries.EMPTY, T2.plusSeconds(4 * 3600));
        assertThat(f.accrued().getAsDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(f.settlements()).isEqualTo(3);
        Ledger.Settlement last = f.last().orElseThrow();
        assertThat(last.time()).isEqualTo(T2);
        assertThat(last.held()).isEqualTo(-150);
        assertThat(last.price()).isEqualTo(9);
        assertThat(last.payment()).isCloseTo(-0.27, within(1e-12));
        assertThat(Ledger.positionBefore(h, T1.plusSeconds(16 * 3600))).isEqualTo(-100);
        assertThat(Ledger.positionBefore(h, T2)).isEqualTo(-150);

        // the detail view's lines: the three settlements counted, oldest first, and the fills applied at now
        List<Ledger.Settlement> ks = Ledger.settlements(h, events, PriceSeries.EMPTY, PriceSeries.EMPTY,
                T2.plusSeconds(4 * 3600));
        assertThat(ks).extracting(Ledger.Settlement::payment).containsExactly(0.20, 0.32, -0.27);
        assertThat(ks).extracting(Ledger.Settlement::held).containsExactly(-100L, -100L, -150L);
        assertThat(Ledger.fills(h, T1.plusSeconds(8 * 3600))).extracting(Ledger.FillLine::contracts)
                .containsExactly(-100L); // the second fill is after that time
        assertThat(Ledger.fills(h, T2)).extracting(Ledger.FillLine::contracts).containsExactly(-100L, -50L);

        // marking an order executed later appends a fill: the past settlements keep their payments
        Hedge more = h.withFill(Fill.of(T2.plusSeconds(3600), -500, 9));
        assertThat(Ledger.funding(more, events, PriceSeries.EMPTY, PriceSeries.EMPTY, T2.plusSeconds(4 * 3600))
                .accrued().getAsDouble()).isCloseTo(0.25, within(1e-12));
    }

    /*
     * A settlement without its own mark takes the last mark at or before it, else the underlying's last spot at
     * or before it, never a later one. Short 10 (contract_size 2) from T1; rate 0.001 at T1 08:00 and T2 00:00:
     *   T1 08:00  marks: 11 at T1 04:00, 99 at T1 09:00 (later, not used) -> 10 * 2 * 11 * 0.001 = 0.22
     *   T2 00:00  (with no marks at all) spot 12 at T1 23:00 -> 10 * 2 * 12 * 0.001 = 0.24
     */
    @Test
    void aSettlementIsNeverPricedLater() {
        Hedge h = fills(Fill.of(T1, -10, 10));
        List<FundingEvent> first = List.of(new FundingEvent(T1.plusSeconds(8 * 3600), 0.001, OptionalDouble.empty()));
        PriceSeries marks = PriceSeries.of(new long[] {T1.plusSeconds(4 * 3600).toEpochMilli(),
            T1.plusSeconds(9 * 3600).toEpochMilli()}, new double[] {11, 99}, null);
        assertThat(Ledger.funding(h, first, marks, PriceSeries.EMPTY, T2).accrued().getAsDouble())
                .isCloseTo(0.22, within(1e-12));
        List<FundingEvent> second = List.of(new FundingEvent(T2, 0.001, OptionalDouble.empty()));
        PriceSeries spot = PriceSeries.of(new long[] {T2.minusSeconds(3600).toEpochMilli(),
            T2.plusSeconds(60).toEpochMilli()}, new double[] {12, 50}, null);
        assertThat(Ledger.funding(h, second, PriceSeries.EMPTY, spot, T3).accrued().getAsDouble())
                .isCloseTo(0.24, within(1e-12));
    }

    /*
     * A hedge written with position -100, entry 10, opened T1 is one fill: same state as fills(T1 -100 @ 10).
     * Without opened it counts at every time but has no funding history; without entry no price P&L.
     */
    @Test
    void aBookWrittenWithPositionIsOneImpliedFill() {
        Hedge written = written(-100, OptionalDouble.of(10), Optional.of(T1));
        assertThat(Ledger.at(written, T2)).isEqualTo(Ledger.at(fills(Fill.of(T1, -100, 10)), T2));
        assertThat(Ledger.at(written, T1.minusSeconds(1)).position()).isZero();

        Hedge noOpened = written(-100, OptionalDouble.of(10), Optional.empty());
        assertThat(Ledger.at(noOpened, T1).position()).isEqualTo(-100);
        assertThat(Ledger.at(noOpened, T1).firstFillTime()).isEmpty();
        List<FundingEvent> events = List.of(event(T2, 0.0001, 10));
        assertThat(Ledger.funding(noOpened, events, PriceSeries.EMPTY, PriceSeries.EMPTY, T3).accrued()).isEmpty();

        Hedge noEntry = written(-100, OptionalDouble.empty(), Optional.of(T1));
        Ledger.State s = Ledger.at(noEntry, T2);
        assertThat(s.entryPrice()).isEmpty();
        assertThat(Ledger.unrealizedPnl(s, 2, OptionalDouble.of(9))).isEmpty();
        assertThat(Ledger.hedgePnl(s, OptionalDouble.empty(), OptionalDouble.of(3))).isEmpty();
        // funding still known: 100 * 2 * 10 * 0.0001 = 0.2
        assertThat(Ledger.funding(noEntry, events, PriceSeries.EMPTY, PriceSeries.EMPTY, T3).accrued().getAsDouble())
                .isCloseTo(0.2, within(1e-12));

        Ledger.State flat = Ledger.at(written(0, OptionalDouble.of(10), Optional.of(T1)), T2);
        assertThat(flat.position()).isZero();
        assertThat(flat.fills()).isZero();
    }

    /* 1,000 units bought at 10, spot 12: 1000 * (12 - 10) = 2,000; without a cost or a spot: unknown. */
    @Test
    void spotPnlFromTheCostPrice() {
        assertThat(Ledger.spotPnl(1000, OptionalDouble.of(12), OptionalDouble.of(10)).getAsDouble())
                .isCloseTo(2000, within(1e-9));
        assertThat(Ledger.spotPnl(1000, OptionalDouble.of(12), OptionalDouble.empty())).isEmpty();
        assertThat(Ledger.spotPnl(1000, OptionalDouble.empty(), OptionalDouble.of(10))).isEmpty();
    }
}

package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.hedgetop.book.Hedge;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.PriceSeries;
import org.junit.jupiter.api.Test;

/** The remembered funding sum is always the sum {@link Carry#fundingAccrued} would give right now. */
class FundingMemoTest {
    private static final Instant OPENED = Instant.parse("2026-11-01T00:00:00Z");

    private static Hedge hedge(long position) {
        return Fixtures.hedge("sol-perp", "SOLUSDT", "SOL", "SOL").position(position).opened(OPENED.toString()).build();
    }

    private static List<FundingEvent> events(int count, boolean withMarks) {
        List<FundingEvent> out = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            out.add(new FundingEvent(OPENED.plus(Duration.ofHours(8L * k)), 0.0001 * (k % 5 - 1),
                    withMarks ? OptionalDouble.of(100 + k) : OptionalDouble.empty()));
        }
        return List.copyOf(out);
    }

    private static PriceSeries marks(double price) {
        return PriceSeries.of(new long[] {OPENED.toEpochMilli()}, new double[] {price}, null);
    }

    @Test
    void followsNowAcrossSettlementsTheListAndThePosition() {
        FundingMemo memo = new FundingMemo();
        List<FundingEvent> events = events(30, true);
        Hedge h = hedge(-100);
        Instant now = OPENED.plus(Duration.ofDays(5)).plusSeconds(7);
        for (int tick = 0; tick < 3000; tick++) {
            now = now.plusSeconds(17); // passes several settlements
            Hedge current = tick < 1500 ? h : hedge(-250); // the position changes half way
            List<FundingEvent> list = tick < 2000 ? events : events(31, true); // a new settlement arrives
            OptionalDouble got = memo.accrued(current, list, PriceSeries.EMPTY, PriceSeries.EMPTY, now);
            memo.endOfEvaluation();
            assertThat(got).as("tick %d", tick)
                    .isEqualTo(Carry.fundingAccrued(current, list, PriceSeries.EMPTY, PriceSeries.EMPTY, now));
        }
    }

    @Test
    void eventsPricedFromTheSeriesAreNotRemembered() {
        FundingMemo memo = new FundingMemo();
        List<FundingEvent> events = events(6, false); // no marks: the series price each settlement
        Hedge h = hedge(-100);
        Instant now = OPENED.plus(Duration.ofDays(3));
        OptionalDouble first = memo.accrued(h, events, marks(100), PriceSeries.EMPTY, now);
        memo.endOfEvaluation();
        OptionalDouble second = memo.accrued(h, events, marks(200), PriceSeries.EMPTY, now);
        assertThat(first).isEqualTo(Carry.fundingAccrued(h, events, marks(100), PriceSeries.EMPTY, now));
        assertThat(second).isEqualTo(Carry.fundingAccrued(h, events, marks(200), PriceSeries.EMPTY, now));
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aHedgeWithoutOpeningTimeOrAnExpiryFutureHasNoSum() {
        FundingMemo memo = new FundingMemo();
        Hedge noOpened = Fixtures.hedge("x", "XUSDT", "X", "X").position(-10).build();
        Hedge expiry = Fixtures.hedge("y", "Y_261225", "Y", "Y").position(-10).opened(OPENED.toString())
                .expiry("2026-12-25").build();
        Instant now = OPENED.plus(Duration.ofDays(3));
        assertThat(memo.accrued(noOpened, events(6, true), PriceSeries.EMPTY, PriceSeries.EMPTY, now)).isEmpty();
        assertThat(memo.accrued(expiry, events(6, true), PriceSeries.EMPTY, PriceSeries.EMPTY, now)).isEmpty();
    }
}

package org.hedgetop.backtest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hedgetop.book.Fill;
import org.hedgetop.book.Interval;
import org.hedgetop.book.Ratio;

/**
 * One backtest run: one policy and one ratio over the closes {@code c_0 = T1 < ... <= T2}.
 *
 * @param ratio     the ratio forced on proxy hedges; empty = each hedge's own
 * @param closes    the interval closes the run walked
 * @param unhedged  the book's {@code U_i} at each close (NaN where a spot was unknown)
 * @param hedged    the book's {@code H_i = U_i + hedge_pnl_i}
 * @param fills     the trades made, by hedge id, in time order
 */
public record BacktestResult(Instant from, Instant to, Interval interval, Policy policy, Optional<Ratio> ratio,
                             double feeBps, List<Outcome> hedges, Outcome book, List<Instant> closes,
                             double[] unhedged, double[] hedged, Map<String, List<Fill>> fills) {
    public BacktestResult {
        hedges = List.copyOf(hedges);
        closes = List.copyOf(closes);
        fills = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fills));
    }
}

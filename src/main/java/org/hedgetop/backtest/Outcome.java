package org.hedgetop.backtest;

import java.util.OptionalDouble;

/**
 * The figures of one hedge, or of the book, over a backtest (DOMAIN.md section 10). Empty = unknown (null in
 * JSON, n/a in text), never 0.
 *
 * @param id               the hedge's id; "book" for the book
 * @param spotPnl          {@code U_n - U_0}
 * @param hedgePricePnl    realized + unrealized at the last close
 * @param funding          funding received (negative = paid); empty when no settlement was counted
 * @param fees             fees paid
 * @param hedgePnl         {@code hedge_price_pnl + funding - fees}
 * @param netPnl           {@code spot_pnl + hedge_pnl}
 * @param trades           trades made, the opening one included
 * @param turnover         sum of |contracts| x contract_size x price
 */
public record Outcome(String id, OptionalDouble spotPnl, OptionalDouble hedgePricePnl, OptionalDouble funding,
                      double fees, OptionalDouble hedgePnl, OptionalDouble netPnl, int trades, double turnover,
                      OptionalDouble effectiveness, OptionalDouble worstIntervalHedged,
                      OptionalDouble worstIntervalUnhedged, OptionalDouble maxDrawdownHedged,
                      OptionalDouble maxDrawdownUnhedged) {

    /** Builds the series figures from the hedged and unhedged values at each close. */
    static Outcome of(String id, double[] unhedged, double[] hedged, OptionalDouble hedgePricePnl,
                      OptionalDouble funding, double fees, int trades, double turnover) {
        int n = unhedged.length;
        OptionalDouble spot = n == 0 ? OptionalDouble.empty() : finite(unhedged[n - 1] - unhedged[0]);
        OptionalDouble hedge = hedgePricePnl.isEmpty() ? OptionalDouble.empty()
                : finite(hedgePricePnl.getAsDouble() + funding.orElse(0) - fees);
        OptionalDouble net = spot.isPresent() && hedge.isPresent()
                ? finite(spot.getAsDouble() + hedge.getAsDouble()) : OptionalDouble.empty();
        return new Outcome(id, spot, hedgePricePnl, funding, fees, hedge, net, trades, turnover,
                SeriesStats.effectiveness(hedged, unhedged), SeriesStats.worstInterval(hedged),
                SeriesStats.worstInterval(unhedged), SeriesStats.maxDrawdown(hedged),
                SeriesStats.maxDrawdown(unhedged));
    }

    static OptionalDouble finite(double v) {
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }
}

package org.hedgetop.risk;

import java.util.OptionalDouble;

/**
 * The book's P&amp;L (DOMAIN.md section 7). Each sum runs over the rows that know the value; empty when none
 * does.
 *
 * @param spotPnl        sum of {@code units * (S - cost_price)} over holdings with a cost price and a spot
 * @param realizedPnl    sum of the hedges' realized P&amp;L
 * @param unrealizedPnl  sum of the hedges' unrealized P&amp;L that are known
 * @param fees           sum of the hedges' fees
 * @param hedgePnl       sum of the hedges' P&amp;L that are known
 * @param netPnl         {@code spot_pnl + hedge_pnl}; empty when either is
 */
public record PnlTotals(OptionalDouble spotPnl, double realizedPnl, OptionalDouble unrealizedPnl, double fees,
                        OptionalDouble hedgePnl, OptionalDouble netPnl) {
    public static final PnlTotals NONE = new PnlTotals(OptionalDouble.empty(), 0, OptionalDouble.empty(), 0,
            OptionalDouble.empty(), OptionalDouble.empty());
}

package org.hedgetop.risk;

import java.util.OptionalDouble;

/**
 * Book-wide sums.
 *
 * @param exposure              sum of token exposures with a price
 * @param hedgedNotional        sum over hedges of contracts_held * contract_size * mark * factor
 * @param netDelta              exposure - hedgedNotional (USD)
 * @param coveragePct           100 * hedgedNotional / exposure
 * @param fundingAccrued        sum of accrued funding of the hedges that have it
 * @param stakingCarryPerYear   sum of staking carry
 * @param pnl                   the book's P&amp;L
 */
public record Totals(double exposure, double hedgedNotional, double netDelta, OptionalDouble coveragePct,
                     OptionalDouble fundingAccrued, double stakingCarryPerYear, PnlTotals pnl) {
    /** Totals without P&amp;L (painter tests). */
    public Totals(double exposure, double hedgedNotional, double netDelta, OptionalDouble coveragePct,
                  OptionalDouble fundingAccrued, double stakingCarryPerYear) {
        this(exposure, hedgedNotional, netDelta, coveragePct, fundingAccrued, stakingCarryPerYear, PnlTotals.NONE);
    }
}

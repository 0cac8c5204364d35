package org.hedgetop.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Book-wide sums over what has a price (DOMAIN.md section 5: "totals cover the priced tokens only"). A sum
 * with nothing known in it is n/a, never 0: a feed that gave nothing must not read as a flat book.
 *
 * @param exposure              sum of token exposures with a price; n/a when no token has one
 * @param hedgedNotional        sum over hedges of contracts_held * contract_size * mark * factor; n/a when a
 *                              hedge holds contracts and none of those has a mark (and factor)
 * @param netDelta              exposure - hedgedNotional (USD); n/a when either is
 * @param coveragePct           100 * hedgedNotional / exposure
 * @param fundingAccrued        sum of accrued funding of the hedges that have it
 * @param stakingCarryPerYear   sum of staking carry
 * @param missing               held tokens without a price: left out of every sum above
 * @param unmarked              hedges holding contracts whose notional is unknown (no mark): left out too
 * @param pnl                   the book's P&amp;L
 */
public record Totals(OptionalDouble exposure, OptionalDouble hedgedNotional, OptionalDouble netDelta,
                     OptionalDouble coveragePct, OptionalDouble fundingAccrued, double stakingCarryPerYear,
                     List<String> missing, List<String> unmarked, PnlTotals pnl) {
    public Totals {
        missing = List.copyOf(missing);
        unmarked = List.copyOf(unmarked);
    }

    /** The totals of a complete view (nothing missing), for tests and fixtures. */
    public Totals(double exposure, double hedgedNotional, double netDelta, OptionalDouble coveragePct,
                  OptionalDouble fundingAccrued, double stakingCarryPerYear, PnlTotals pnl) {
        this(OptionalDouble.of(exposure), OptionalDouble.of(hedgedNotional), OptionalDouble.of(netDelta),
                coveragePct, fundingAccrued, stakingCarryPerYear, List.of(), List.of(), pnl);
    }

    /** Totals without P&amp;L and with nothing missing (painter tests). */
    public Totals(double exposure, double hedgedNotional, double netDelta, OptionalDouble coveragePct,
                  OptionalDouble fundingAccrued, double stakingCarryPerYear) {
        this(exposure, hedgedNotional, netDelta, coveragePct, fundingAccrued, stakingCarryPerYear, PnlTotals.NONE);
    }

    /** True when a price or a mark is missing, so the sums cover only part of the book. */
    public boolean partial() {
        return !missing.isEmpty() || !unmarked.isEmpty();
    }

    static Totals of(List<TokenRow> tokens, List<HedgeRow> hedges, double staking, PnlTotals pnl) {
        double exposure = 0;
        boolean anyPriced = false;
        List<String> missing = new ArrayList<>();
        for (TokenRow t : tokens) {
            if (t.exposure().isPresent()) {
                exposure += t.exposure().getAsDouble();
                anyPriced = true;
            } else {
                missing.add(t.token());
            }
        }
        double hedged = 0;
        int holding = 0;
        List<String> unmarked = new ArrayList<>();
        double accrued = 0;
        boolean anyAccrued = false;
        for (HedgeRow r : hedges) {
            OptionalDouble n = Sizing.hedgedNotional(r.contractsHeld(), r.contractNotional(), r.factor());
            if (r.contractsHeld() != 0) { // nothing held adds 0 whatever the mark
                holding++;
                if (n.isPresent()) {
                    hedged += n.getAsDouble();
                } else {
                    unmarked.add(r.id());
                }
            }
            if (r.fundingAccrued().isPresent()) {
                accrued += r.fundingAccrued().getAsDouble();
                anyAccrued = true;
            }
        }
        OptionalDouble e = anyPriced ? OptionalDouble.of(exposure) : OptionalDouble.empty();
        // n/a only when every hedge that holds contracts is unknown; else the known part, flagged partial
        OptionalDouble h = holding > 0 && unmarked.size() == holding ? OptionalDouble.empty() : OptionalDouble.of(hedged);
        OptionalDouble net = e.isPresent() && h.isPresent() ? Stats.finite(exposure - hedged) : OptionalDouble.empty();
        OptionalDouble coverage = Sizing.totalCoveragePct(e, h);
        return new Totals(e, h, net, coverage, anyAccrued ? Stats.finite(accrued) : OptionalDouble.empty(), staking,
                missing, unmarked, pnl);
    }
}

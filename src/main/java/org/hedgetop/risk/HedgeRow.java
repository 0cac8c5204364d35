package org.hedgetop.risk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Ratio;

/**
 * One hedge with everything computed about it (DOMAIN.md section 2). Empty optionals are "n/a".
 *
 * @param factor            hedge factor k: 1 for direct hedges, else by ratio
 * @param contractsNeeded   round_half_up(N* / contract notional), a positive count to be short
 * @param order             needed - held: positive = sell that many more, negative = buy back
 * @param exitFired         human-readable names of the exit rules that fired, e.g. "price_above 180"
 * @param liquidationAlert  within {@code liquidation_alert_pct} of the estimated liquidation price
 * @param noMarket          the source does not list the instrument
 * @param pnl               the hedge's ledger at the view's time: position, average entry, P&amp;L, fees
 * @param effectiveness     Ederington's hedge effectiveness of the hedge as sized, over the statistics window
 *                          ({@link HedgeEffectiveness}); empty when the window's statistics are unknown
 */
public record HedgeRow(String id, String instrument, String underlying, HedgeType type, List<String> covers,
                       Ratio ratio, OptionalDouble mark, OptionalDouble spot, double contractSize,
                       OptionalDouble contractNotional, OptionalDouble coveredExposure, OptionalDouble factor,
                       double targetPct, OptionalLong contractsNeeded, long contractsHeld, OptionalLong order,
                       OptionalDouble coveragePct, boolean overHedged, boolean drift, OptionalDouble basketRho,
                       OptionalDouble basketBeta, OptionalDouble basketVolatilityPct,
                       OptionalDouble fundingRate, OptionalDouble fundingAprPct,
                       Optional<Instant> nextFundingTime, OptionalDouble fundingAccrued,
                       OptionalDouble fundingCarryPerYear, OptionalDouble basisPct,
                       OptionalDouble basisAnnualizedPct, OptionalDouble liquidationPrice,
                       OptionalDouble liquidationDistancePct, boolean liquidationAlert, List<String> exitFired,
                       boolean noMarket, HedgePnl pnl, OptionalDouble effectiveness) {
    public HedgeRow {
        covers = List.copyOf(covers);
        exitFired = List.copyOf(exitFired);
    }

    /** A row without a ledger (painter tests): the position is {@code -contractsHeld}, its P&amp;L unknown. */
    public HedgeRow(String id, String instrument, String underlying, HedgeType type, List<String> covers,
                    Ratio ratio, OptionalDouble mark, OptionalDouble spot, double contractSize,
                    OptionalDouble contractNotional, OptionalDouble coveredExposure, OptionalDouble factor,
                    double targetPct, OptionalLong contractsNeeded, long contractsHeld, OptionalLong order,
                    OptionalDouble coveragePct, boolean overHedged, boolean drift, OptionalDouble basketRho,
                    OptionalDouble basketBeta, OptionalDouble basketVolatilityPct,
                    OptionalDouble fundingRate, OptionalDouble fundingAprPct,
                    Optional<Instant> nextFundingTime, OptionalDouble fundingAccrued,
                    OptionalDouble fundingCarryPerYear, OptionalDouble basisPct,
                    OptionalDouble basisAnnualizedPct, OptionalDouble liquidationPrice,
                    OptionalDouble liquidationDistancePct, boolean liquidationAlert, List<String> exitFired,
                    boolean noMarket) {
        this(id, instrument, underlying, type, covers, ratio, mark, spot, contractSize, contractNotional,
                coveredExposure, factor, targetPct, contractsNeeded, contractsHeld, order, coveragePct, overHedged,
                drift, basketRho, basketBeta, basketVolatilityPct, fundingRate, fundingAprPct, nextFundingTime,
                fundingAccrued, fundingCarryPerYear, basisPct, basisAnnualizedPct, liquidationPrice,
                liquidationDistancePct, liquidationAlert, exitFired, noMarket, HedgePnl.unknown(-contractsHeld),
                OptionalDouble.empty());
    }

    /**
     * The order in words (DOMAIN.md section 5): {@code close N} when an exit rule fired and contracts are held
     * (the exit wins over sizing), else {@code sell N} / {@code buy N} by {@link #order}, {@code -} when there
     * is nothing to do, {@code n/a} when the order cannot be known.
     */
    public String action() {
        if (!exitFired.isEmpty() && contractsHeld != 0) {
            return "close " + Math.abs(contractsHeld);
        }
        if (order.isEmpty()) {
            return "n/a";
        }
        long o = order.getAsLong();
        return o > 0 ? "sell " + o : o < 0 ? "buy " + -o : "-";
    }
}

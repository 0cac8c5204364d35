package org.hedgetop.risk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Ratio;

/**
 * One hedge with everything computed about it (DOMAIN.md section 2), in named parts: its sizing, the basket
 * statistics behind the factor, funding and carry, basis, margin, the exit rules that fired and the ledger's
 * P&amp;L. Empty optionals are "n/a". The flat accessors below the parts ({@link #mark()}, {@link #order()}...)
 * are the names the report and the panes read.
 *
 * @param exitFired  human-readable names of the exit rules that fired, e.g. "price_above 180"
 * @param noMarket   the source does not list the instrument
 * @param pnl            the hedge's ledger at the view's time: position, average entry, P&amp;L, fees
 * @param effectiveness  Ederington's hedge effectiveness of the hedge as sized, over the statistics window
 *                       ({@link HedgeEffectiveness}); empty when the window's statistics are unknown
 */
public record HedgeRow(String id, String instrument, String underlying, HedgeType type, List<String> covers,
                       Ratio ratio, Size size, Basket basket, Funding funding, Basis basis, Liquidation margin,
                       List<String> exitFired, boolean noMarket, HedgePnl pnl, OptionalDouble effectiveness,
                       Legs legs) {
    public HedgeRow {
        covers = List.copyOf(covers);
        exitFired = List.copyOf(exitFired);
    }

    /** A row without the leg comparison (direct hedges, hand-built rows). */
    public HedgeRow(String id, String instrument, String underlying, HedgeType type, List<String> covers,
                    Ratio ratio, Size size, Basket basket, Funding funding, Basis basis, Liquidation margin,
                    List<String> exitFired, boolean noMarket, HedgePnl pnl, OptionalDouble effectiveness) {
        this(id, instrument, underlying, type, covers, ratio, size, basket, funding, basis, margin, exitFired,
                noMarket, pnl, effectiveness, Legs.NONE);
    }

    /**
     * BTC and ETH as the leg of a proxy hedge's basket, in- and out-of-sample ({@link LegEffectiveness}); empty
     * for a direct hedge.
     *
     * Worked out when first asked for (the detail view of a proxy hedge), not on every price tick: the
     * out-of-sample figure walks twice the window for each leg, and only one hedge's detail is ever on screen.
     * Two comparisons are equal when their figures are.
     */
    public static final class Legs {
        public static final Legs NONE = new Legs(List::of);

        private final java.util.function.Supplier<List<LegEffectiveness.Leg>> source;
        private List<LegEffectiveness.Leg> legs;

        private Legs(java.util.function.Supplier<List<LegEffectiveness.Leg>> source) {
            this.source = source;
        }

        public static Legs of(List<LegEffectiveness.Leg> legs) {
            List<LegEffectiveness.Leg> copy = List.copyOf(legs);
            return copy.isEmpty() ? NONE : new Legs(() -> copy);
        }

        /** The figures from {@code source} on first use; {@code source} must not depend on later state. */
        public static Legs lazy(java.util.function.Supplier<List<LegEffectiveness.Leg>> source) {
            return new Legs(source);
        }

        public synchronized List<LegEffectiveness.Leg> legs() {
            if (legs == null) {
                legs = List.copyOf(source.get());
            }
            return legs;
        }

        /** The leg with the higher out-of-sample figure (else in-sample), when the two compare. */
        public java.util.Optional<String> better() {
            return LegEffectiveness.better(legs());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Legs l && legs().equals(l.legs());
        }

        @Override
        public int hashCode() {
            return legs().hashCode();
        }

        @Override
        public String toString() {
            return "Legs" + legs();
        }
    }

    /** The same row with the leg comparison. */
    public HedgeRow withLegs(Legs l) {
        return new HedgeRow(id, instrument, underlying, type, covers, ratio, size, basket, funding, basis, margin,
                exitFired, noMarket, pnl, effectiveness, l);
    }

    /**
     * A row without a ledger nor statistics (painter tests): the position is {@code -contractsHeld}, its P&amp;L
     * and its effectiveness unknown.
     */
    public HedgeRow(String id, String instrument, String underlying, HedgeType type, List<String> covers,
                    Ratio ratio, Size size, Basket basket, Funding funding, Basis basis, Liquidation margin,
                    List<String> exitFired, boolean noMarket) {
        this(id, instrument, underlying, type, covers, ratio, size, basket, funding, basis, margin, exitFired,
                noMarket, HedgePnl.unknown(-size.contractsHeld()), OptionalDouble.empty());
    }

    /**
     * Sizing (DOMAIN.md section 2).
     *
     * @param factor           hedge factor k: 1 for direct hedges, else by ratio
     * @param contractsNeeded  round_half_up(N* / contract notional), a positive count to be short
     * @param order            needed - held: positive = sell that many more, negative = buy back
     */
    public record Size(OptionalDouble mark, OptionalDouble spot, double contractSize, OptionalDouble contractNotional,
                       OptionalDouble coveredExposure, OptionalDouble factor, double targetPct,
                       OptionalLong contractsNeeded, long contractsHeld, OptionalLong order,
                       OptionalDouble coveragePct, boolean overHedged, boolean drift) {
        /** The same sizing with other drift and over-hedge flags (tests of styles). */
        public Size withFlags(boolean overHedged, boolean drift) {
            return new Size(mark, spot, contractSize, contractNotional, coveredExposure, factor, targetPct,
                    contractsNeeded, contractsHeld, order, coveragePct, overHedged, drift);
        }
    }

    /** The basket's statistics against the instrument's underlying (n/a for a direct hedge). */
    public record Basket(OptionalDouble rho, OptionalDouble beta, OptionalDouble volatilityPct) {
        public static final Basket NONE = new Basket(OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    /**
     * Funding and carry.
     *
     * @param stakingCarryPerYear  this hedge's share of the staking carry of the tokens it covers: a token
     *                             covered by n hedges gives each 1/n, so the rows add up to each token's staking
     *                             once ({@link Carry#stakingShares}); empty when none of them stakes
     * @param netCarryPerYear      funding carry (0 for an expiry future) + that staking share
     */
    public record Funding(OptionalDouble rate, OptionalDouble aprPct, Optional<Instant> nextTime,
                          OptionalDouble accrued, OptionalDouble carryPerYear, OptionalDouble stakingCarryPerYear,
                          OptionalDouble netCarryPerYear) {
        public static final Funding NONE = new Funding(OptionalDouble.empty(), OptionalDouble.empty(),
                Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty());

        /** The same funding with the staking share and the net carry it makes. */
        public Funding withStaking(OptionalDouble staking, boolean perpetual) {
            OptionalDouble f = perpetual ? carryPerYear : OptionalDouble.of(0);
            OptionalDouble net = f.isPresent() && (perpetual || staking.isPresent())
                    ? Stats.finite(staking.orElse(0) + f.getAsDouble()) : OptionalDouble.empty();
            return new Funding(rate, aprPct, nextTime, accrued, carryPerYear, staking, net);
        }
    }

    /** {@code 100 * (F - S) / S} and, for an expiry future, annualised. */
    public record Basis(OptionalDouble pct, OptionalDouble annualizedPct) {
        public static final Basis NONE = new Basis(OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** @param alert within {@code liquidation_alert_pct} of the estimated liquidation price */
    public record Liquidation(OptionalDouble liquidationPrice, OptionalDouble distancePct, boolean alert) {
        public static final Liquidation NONE = new Liquidation(OptionalDouble.empty(), OptionalDouble.empty(), false);
    }

    /** The same row under other names (tests of sanitising, scaled books). */
    public HedgeRow withNames(String id, String instrument, List<String> covers, List<String> exitFired) {
        return new HedgeRow(id, instrument, underlying, type, covers, ratio, size, basket, funding, basis, margin,
                exitFired, noMarket, pnl, effectiveness, legs);
    }

    public HedgeRow withSize(Size s) {
        return new HedgeRow(id, instrument, underlying, type, covers, ratio, s, basket, funding, basis, margin,
                exitFired, noMarket, pnl, effectiveness, legs);
    }

    public HedgeRow withFunding(Funding f) {
        return new HedgeRow(id, instrument, underlying, type, covers, ratio, size, basket, f, basis, margin,
                exitFired, noMarket, pnl, effectiveness, legs);
    }

    // the flat names the report and the panes read

    public OptionalDouble mark() {
        return size.mark();
    }

    public OptionalDouble spot() {
        return size.spot();
    }

    public double contractSize() {
        return size.contractSize();
    }

    public OptionalDouble contractNotional() {
        return size.contractNotional();
    }

    public OptionalDouble coveredExposure() {
        return size.coveredExposure();
    }

    public OptionalDouble factor() {
        return size.factor();
    }

    public double targetPct() {
        return size.targetPct();
    }

    public OptionalLong contractsNeeded() {
        return size.contractsNeeded();
    }

    public long contractsHeld() {
        return size.contractsHeld();
    }

    public OptionalLong order() {
        return size.order();
    }

    public OptionalDouble coveragePct() {
        return size.coveragePct();
    }

    public boolean overHedged() {
        return size.overHedged();
    }

    public boolean drift() {
        return size.drift();
    }

    public OptionalDouble basketRho() {
        return basket.rho();
    }

    public OptionalDouble basketBeta() {
        return basket.beta();
    }

    public OptionalDouble basketVolatilityPct() {
        return basket.volatilityPct();
    }

    public OptionalDouble fundingRate() {
        return funding.rate();
    }

    public OptionalDouble fundingAprPct() {
        return funding.aprPct();
    }

    public Optional<Instant> nextFundingTime() {
        return funding.nextTime();
    }

    public OptionalDouble fundingAccrued() {
        return funding.accrued();
    }

    public OptionalDouble fundingCarryPerYear() {
        return funding.carryPerYear();
    }

    public OptionalDouble basisPct() {
        return basis.pct();
    }

    public OptionalDouble basisAnnualizedPct() {
        return basis.annualizedPct();
    }

    public OptionalDouble liquidationPrice() {
        return margin.liquidationPrice();
    }

    public OptionalDouble liquidationDistancePct() {
        return margin.distancePct();
    }

    public boolean liquidationAlert() {
        return margin.alert();
    }

    /**
     * The order in words (DOMAIN.md section 5): {@code close N} when an exit rule fired and contracts are held
     * (the exit wins over sizing), else {@code sell N} / {@code buy N} by {@link #order}, {@code -} when there
     * is nothing to do, {@code n/a} when the order cannot be known.
     */
    public String action() {
        if (!exitFired.isEmpty() && contractsHeld() != 0) {
            return "close " + Math.abs(contractsHeld());
        }
        if (order().isEmpty()) {
            return "n/a";
        }
        long o = order().getAsLong();
        return o > 0 ? "sell " + o : o < 0 ? "buy " + -o : "-";
    }
}

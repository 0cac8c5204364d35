package org.hedgetop.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.Ratio;

/**
 * Exposure and hedge sizing (DOMAIN.md section 2): exposure, hedge factor, wanted notional, contracts needed,
 * order, coverage, drift and over-hedge. A missing input makes only the values that depend on it empty.
 */
public final class Sizing {
    /**
     * Digits after the point kept before rounding a contract count half up. A quotient that should be
     * exactly x.5 can come out of double arithmetic as x.4999999999999999; rounding it to 9 decimals first
     * gives x.5 and then x+1, as a person computing by hand would. Only quotients within 5e-10 of a half
     * are affected.
     */
    static final int ROUNDING_SCALE = 9;

    private Sizing() {
    }

    /** {@code E_t = units_t * S_t}. */
    public static OptionalDouble exposure(double units, OptionalDouble spot) {
        return spot.isPresent() ? Stats.finite(units * spot.getAsDouble()) : OptionalDouble.empty();
    }

    /**
     * {@code E_h}: sum of the covered tokens' exposures; empty when any of them is unknown, because a partial
     * sum would size the hedge too small without saying so.
     */
    public static OptionalDouble coveredExposure(List<OptionalDouble> exposures) {
        double sum = 0;
        for (OptionalDouble e : exposures) {
            if (e.isEmpty()) {
                return OptionalDouble.empty();
            }
            sum += e.getAsDouble();
        }
        return Stats.finite(sum);
    }

    /** Basket weights {@code w_t = E_t / E_h}; null when any exposure is unknown or the total is not positive. */
    public static double[] weights(List<OptionalDouble> exposures) {
        OptionalDouble total = coveredExposure(exposures);
        if (total.isEmpty() || !(total.getAsDouble() > 0)) {
            return null;
        }
        double[] w = new double[exposures.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = exposures.get(i).getAsDouble() / total.getAsDouble();
        }
        return w;
    }

    /** Hedge factor {@code k_h}: 1 for a direct hedge; else by ratio (one -> 1, correlation -> rho, beta -> beta). */
    public static OptionalDouble factor(Hedge hedge, OptionalDouble basketRho, OptionalDouble basketBeta) {
        if (hedge.isDirect() || hedge.ratio() == Ratio.ONE) {
            return OptionalDouble.of(1);
        }
        return hedge.ratio() == Ratio.CORRELATION ? basketRho : basketBeta;
    }

    /** {@code contract_size * F}. */
    public static OptionalDouble contractNotional(double contractSize, OptionalDouble mark) {
        return mark.isPresent() ? Stats.finite(contractSize * mark.getAsDouble()) : OptionalDouble.empty();
    }

    /** {@code N*_h = E_h * k_h * target_pct / 100}. */
    public static OptionalDouble wantedNotional(OptionalDouble coveredExposure, OptionalDouble factor,
                                                double targetPct) {
        if (coveredExposure.isEmpty() || factor.isEmpty()) {
            return OptionalDouble.empty();
        }
        return Stats.finite(coveredExposure.getAsDouble() * factor.getAsDouble() * targetPct / 100);
    }

    /**
     * {@code round_half_up(N* / contract notional)}, a count of contracts to be short. A negative factor (a
     * basket that moves against its proxy) would ask for a long position, which is not a hedge: the count is
     * then 0.
     */
    public static OptionalLong contractsNeeded(OptionalDouble wantedNotional, OptionalDouble contractNotional) {
        if (wantedNotional.isEmpty() || contractNotional.isEmpty() || !(contractNotional.getAsDouble() > 0)) {
            return OptionalLong.empty();
        }
        double q = wantedNotional.getAsDouble() / contractNotional.getAsDouble();
        if (!Double.isFinite(q) || Math.abs(q) >= 9e15) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(0, roundHalfUp(q)));
    }

    /** Round half away from zero after trimming floating noise to {@link #ROUNDING_SCALE} decimals. */
    public static long roundHalfUp(double value) {
        return BigDecimal.valueOf(value).setScale(ROUNDING_SCALE, RoundingMode.HALF_UP)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code needed - held}: positive = sell (short) that many more, negative = buy back. */
    public static OptionalLong order(OptionalLong needed, long held) {
        return needed.isPresent() ? OptionalLong.of(needed.getAsLong() - held) : OptionalLong.empty();
    }

    /**
     * {@code 100 * held * contract_size * F / (E_h * k_h)}; empty when {@code E_h * k_h} is not positive
     * (nothing to cover, or a factor of zero or below).
     */
    public static OptionalDouble coveragePct(long held, OptionalDouble contractNotional, OptionalDouble coveredExposure,
                                             OptionalDouble factor) {
        if (contractNotional.isEmpty() || coveredExposure.isEmpty() || factor.isEmpty()) {
            return OptionalDouble.empty();
        }
        double denominator = coveredExposure.getAsDouble() * factor.getAsDouble();
        if (!(denominator > 0)) {
            return OptionalDouble.empty();
        }
        return Stats.finite(100 * held * contractNotional.getAsDouble() / denominator);
    }

    /** {@code coverage > 100 + tolerance}: this hedge's short is larger than its covered exposure x factor. */
    public static boolean overHedged(OptionalDouble coveragePct, double driftTolerancePct) {
        return coveragePct.isPresent() && coveragePct.getAsDouble() > 100 + driftTolerancePct;
    }

    /** {@code |coverage - target| > tolerance}: the hedge needs rebalancing. */
    public static boolean drift(OptionalDouble coveragePct, double targetPct, double driftTolerancePct) {
        return coveragePct.isPresent() && Math.abs(coveragePct.getAsDouble() - targetPct) > driftTolerancePct;
    }

    /** {@code held * contract_size * F * k}: the exposure the hedge offsets in the net delta. */
    public static OptionalDouble hedgedNotional(long held, OptionalDouble contractNotional, OptionalDouble factor) {
        if (contractNotional.isEmpty() || factor.isEmpty()) {
            return OptionalDouble.empty();
        }
        return Stats.finite(held * contractNotional.getAsDouble() * factor.getAsDouble());
    }

    /** {@code 100 * E_t / sum E}: a token's weight in the book; empty without its exposure or a positive total. */
    public static OptionalDouble weightPct(OptionalDouble exposure, double totalExposure) {
        return exposure.isPresent() && totalExposure > 0
                ? Stats.finite(100 * exposure.getAsDouble() / totalExposure) : OptionalDouble.empty();
    }

    /** A sector's weight, {@code 100 * E_sector / sum E}; 0 in a book without exposure (nothing is priced). */
    public static double sectorWeightPct(double sectorExposure, double totalExposure) {
        return totalExposure > 0 ? 100 * sectorExposure / totalExposure : 0;
    }

    /** {@code 100 * (price / last_close - 1)}: the change over the last closed interval; empty without either. */
    public static OptionalDouble changePct(OptionalDouble price, OptionalDouble lastClose) {
        return price.isPresent() && lastClose.isPresent()
                ? Stats.finite(100 * (price.getAsDouble() / lastClose.getAsDouble() - 1)) : OptionalDouble.empty();
    }

    /** The book's coverage, {@code 100 * hedged_notional / exposure}; empty when either is unknown or nothing is held. */
    public static OptionalDouble totalCoveragePct(OptionalDouble exposure, OptionalDouble hedgedNotional) {
        return exposure.isPresent() && hedgedNotional.isPresent() && exposure.getAsDouble() > 0
                ? Stats.finite(100 * hedgedNotional.getAsDouble() / exposure.getAsDouble()) : OptionalDouble.empty();
    }
}

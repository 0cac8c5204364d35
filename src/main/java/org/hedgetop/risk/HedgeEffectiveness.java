package org.hedgetop.risk;

import java.util.OptionalDouble;

/**
 * Ederington's hedge effectiveness of a hedge as sized, over the statistics window: with basket returns
 * {@code r_B}, the underlying's {@code r_U} and the hedge ratio {@code h = k * target_pct / 100},
 * {@code 1 - var(r_B - h r_U) / var(r_B) = (2 h beta - h^2) * var(r_U) / var(r_B)}, and
 * {@code var(r_U) / var(r_B) = rho^2 / beta^2}. At {@code h = beta} it is {@code rho^2}, the most any ratio can
 * remove. A direct hedge's basket is its own underlying (rho = beta = 1): {@code 2 h - h^2}, 1 at target 100 (the
 * window's closes are spot closes: the basis between the future and its underlying is not in them).
 */
public final class HedgeEffectiveness {
    private HedgeEffectiveness() {
    }

    /**
     * @param direct     the hedge covers exactly its underlying
     * @param hasWindow  the basket's statistics exist (enough common returns)
     * @param factor     {@code k}
     */
    public static OptionalDouble ofWindow(boolean direct, boolean hasWindow, OptionalDouble factor, double targetPct,
                                          OptionalDouble rho, OptionalDouble beta) {
        if (!hasWindow || factor.isEmpty()) {
            return OptionalDouble.empty();
        }
        double h = factor.getAsDouble() * targetPct / 100;
        if (direct) {
            return Stats.finite(2 * h - h * h);
        }
        if (rho.isEmpty() || beta.isEmpty() || beta.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        double b = beta.getAsDouble();
        double r = rho.getAsDouble();
        return Stats.finite((2 * h * b - h * h) * r * r / (b * b));
    }
}

package org.hedgetop.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How much of a proxy hedge's basket variance a candidate leg (BTC or ETH) would have removed, in-sample and
 * out-of-sample, so the detail view can show which leg is the better hedge (docs/formulas.md).
 *
 * <p>Both figures are Ederington's {@code 1 - var(hedged) / var(unhedged)} of log returns at the
 * minimum-variance ratio, sample (n-1) variances:
 * <ul>
 *   <li><b>in-sample</b>: over the statistics window, at the beta of that same window: {@code rho^2}, what
 *       {@link HedgeEffectiveness} gives at {@code h = beta}. It is the most any fixed ratio could have removed,
 *       knowing the window afterwards;</li>
 *   <li><b>out-of-sample</b>: for each interval {@code i} of the window the ratio is the beta estimated on the
 *       {@code window} returns before it ({@code i - window .. i - 1}), as a trader re-sizing at every close
 *       would have had it; hedged return {@code r_B,i - beta_i * r_L,i}. It can be negative: a ratio estimated
 *       on a past that did not repeat adds variance.</li>
 * </ul>
 * An interval counts only when the basket, the leg and its beta all exist there; fewer than
 * {@link Stats#MIN_RETURNS} counted intervals, or a zero unhedged variance, gives no value ("n/a").
 */
public final class LegEffectiveness {
    /** The figures of one candidate leg. */
    public record Leg(String leg, OptionalDouble inSample, OptionalDouble outOfSample) {
    }

    private LegEffectiveness() {
    }

    /**
     * Basket log returns {@code r_B = sum_t w_t r_t} per bucket (DOMAIN.md section 2), NaN where a member has
     * no return (inner join of the members).
     */
    public static double[] basketReturns(List<double[]> members, double[] weights) {
        if (members.size() != weights.length) {
            throw new IllegalArgumentException(members.size() + " members, " + weights.length + " weights");
        }
        int len = members.stream().mapToInt(m -> m.length).min().orElse(0);
        double[] out = new double[len];
        for (int i = 0; i < len; i++) {
            double s = 0;
            for (int m = 0; m < weights.length; m++) {
                s += weights[m] * members.get(m)[i];
            }
            out[i] = s; // a NaN member stays NaN
        }
        return out;
    }

    /**
     * Both figures for one leg. The arrays are aligned by bucket, oldest first; their last {@code window}
     * elements are the statistics window, and the {@code window} before it feed the first rolling beta.
     */
    public static Leg of(String leg, double[] basket, double[] legReturns, int window) {
        return new Leg(leg, inSample(basket, legReturns, window), outOfSample(basket, legReturns, window));
    }

    /**
     * The better leg: the higher out-of-sample figure (what re-sizing at each close would have achieved); where
     * either leg has none, the higher in-sample one; empty when neither comparison is possible or they tie.
     */
    public static Optional<String> better(List<Leg> legs) {
        if (legs.size() != 2) {
            return Optional.empty();
        }
        Leg a = legs.get(0);
        Leg b = legs.get(1);
        boolean out = a.outOfSample().isPresent() && b.outOfSample().isPresent();
        OptionalDouble x = out ? a.outOfSample() : a.inSample();
        OptionalDouble y = out ? b.outOfSample() : b.inSample();
        if (x.isEmpty() || y.isEmpty() || x.getAsDouble() == y.getAsDouble()) {
            return Optional.empty();
        }
        return Optional.of(x.getAsDouble() > y.getAsDouble() ? a.leg() : b.leg());
    }

    /** {@code rho^2} of the last {@code window} returns. */
    public static OptionalDouble inSample(double[] basket, double[] leg, int window) {
        int len = Math.min(basket.length, leg.length);
        int from = Math.max(0, len - window);
        OptionalDouble rho = Stats.rho(tail(basket, from, len), tail(leg, from, len));
        return rho.isPresent() ? Stats.finite(rho.getAsDouble() * rho.getAsDouble()) : rho;
    }

    /**
     * Rolling-beta effectiveness over the last {@code window} returns. The beta of each interval comes from
     * running sums over the {@code window} returns before it (the pairs where both are present, as
     * {@link Stats#beta} joins them), slid one interval at a time: O(window), not O(window^2), so a price
     * tick of a book with proxy hedges stays within the frame budget.
     */
    public static OptionalDouble outOfSample(double[] basket, double[] leg, int window) {
        int len = Math.min(basket.length, leg.length);
        if (window < 1) {
            return OptionalDouble.empty();
        }
        int start = Math.max(window, len - window);
        Sums before = new Sums();
        for (int j = Math.max(0, start - window); j < Math.min(start, len); j++) {
            before.add(basket[j], leg[j], 1);
        }
        List<Double> hedged = new ArrayList<>();
        List<Double> unhedged = new ArrayList<>();
        for (int i = start; i < len; i++) {
            OptionalDouble beta = before.beta();
            if (Stats.present(basket[i]) && Stats.present(leg[i]) && beta.isPresent()) {
                hedged.add(basket[i] - beta.getAsDouble() * leg[i]);
                unhedged.add(basket[i]);
            }
            before.add(basket[i], leg[i], 1);
            before.add(basket[i - window], leg[i - window], -1);
        }
        if (unhedged.size() < Stats.MIN_RETURNS) {
            return OptionalDouble.empty();
        }
        double varU = variance(unhedged);
        if (!(varU > Stats.ZERO_VARIANCE)) {
            return OptionalDouble.empty();
        }
        return Stats.finite(1 - variance(hedged) / varU);
    }

    /** Running sums of the present (basket, leg) pairs of a sliding window. */
    private static final class Sums {
        private int n;
        private double b;
        private double l;
        private double bl;
        private double ll;

        void add(double basket, double leg, int sign) {
            if (!Stats.present(basket) || !Stats.present(leg)) {
                return;
            }
            n += sign;
            b += sign * basket;
            l += sign * leg;
            bl += sign * basket * leg;
            ll += sign * leg * leg;
        }

        /** cov(basket, leg) / var(leg), sample; empty with too few pairs or a flat leg (as {@link Stats#beta}). */
        OptionalDouble beta() {
            if (n < Stats.MIN_RETURNS) {
                return OptionalDouble.empty();
            }
            double varLeg = (ll - l * l / n) / (n - 1);
            if (!(varLeg > Stats.ZERO_VARIANCE)) {
                return OptionalDouble.empty();
            }
            return Stats.finite(((bl - b * l / n) / (n - 1)) / varLeg);
        }
    }

    private static double[] tail(double[] a, int from, int to) {
        return Arrays.copyOfRange(a, from, to);
    }

    /** Sample variance (n - 1), two-pass. */
    private static double variance(List<Double> xs) {
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= xs.size();
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        return ss / (xs.size() - 1);
    }
}

package org.hedgetop.backtest;

import java.util.OptionalDouble;

/**
 * What a value series says about risk (DOMAIN.md section 10): per-interval P&amp;L is the difference of consecutive
 * values; the worst interval is the most negative difference (it may be positive); the drawdown is
 * {@code max_i (max_{j<=i} X_j - X_i)}. Unknown values (NaN) are skipped: a difference needs both of its ends.
 */
public final class SeriesStats {
    private SeriesStats() {
    }

    /** Consecutive differences whose two ends are known. */
    static double[] differences(double[] x) {
        double[] d = new double[Math.max(0, x.length - 1)];
        int n = 0;
        for (int i = 1; i < x.length; i++) {
            double v = x[i] - x[i - 1];
            if (Double.isFinite(v)) {
                d[n++] = v;
            }
        }
        return java.util.Arrays.copyOf(d, n);
    }

    /** Sample variance (n - 1); NaN with fewer than 2 values. */
    static double sampleVariance(double[] d) {
        if (d.length < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double v : d) {
            mean += v;
        }
        mean /= d.length;
        double ss = 0;
        for (double v : d) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (d.length - 1);
    }

    /**
     * Ederington's {@code 1 - var(hedged) / var(unhedged)} of the per-interval P&amp;L; empty with fewer than 2
     * differences on either side or a zero unhedged variance.
     */
    public static OptionalDouble effectiveness(double[] hedged, double[] unhedged) {
        double vh = sampleVariance(differences(hedged));
        double vu = sampleVariance(differences(unhedged));
        if (!Double.isFinite(vh) || !Double.isFinite(vu) || vu == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - vh / vu);
    }

    /** The most negative per-interval P&amp;L (the smallest difference); empty without a difference. */
    public static OptionalDouble worstInterval(double[] x) {
        double[] d = differences(x);
        if (d.length == 0) {
            return OptionalDouble.empty();
        }
        double worst = d[0];
        for (double v : d) {
            worst = Math.min(worst, v);
        }
        return OptionalDouble.of(worst);
    }

    /** {@code max_i (max_{j<=i} X_j - X_i)} over the known values; empty when none is known. */
    public static OptionalDouble maxDrawdown(double[] x) {
        double peak = Double.NEGATIVE_INFINITY;
        double dd = Double.NaN;
        for (double v : x) {
            if (!Double.isFinite(v)) {
                continue;
            }
            peak = Math.max(peak, v);
            dd = Double.isNaN(dd) ? peak - v : Math.max(dd, peak - v);
        }
        return Double.isNaN(dd) ? OptionalDouble.empty() : OptionalDouble.of(dd);
    }
}

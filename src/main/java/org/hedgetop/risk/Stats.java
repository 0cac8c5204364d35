package org.hedgetop.risk;

import java.util.OptionalDouble;
import org.hedgetop.book.Interval;

/**
 * Sample statistics of log-return series as {@link Returns} builds them (NaN = no return in that bucket).
 *
 * <p>Two series are inner-joined: only buckets where both have a return count. Fewer than
 * {@link #MIN_RETURNS} common returns, or a zero variance where one divides by it, gives an empty value,
 * never NaN or infinity. Variances and covariances use the sample (n-1) normalisation.
 */
public final class Stats {
    /** Fewer common returns than this give "n/a". */
    public static final int MIN_RETURNS = 3;

    /**
     * Variances of log returns below this are zero: prices are doubles with ~16 digits, so a series that
     * moves by the same ratio every bucket shows a variance of ~1e-32 from rounding alone, and dividing by
     * it would print noise as a statistic. (1e-24 is a standard deviation of 1e-12 per interval.)
     */
    static final double ZERO_VARIANCE = 1e-24;

    private Stats() {
    }

    /** Number of buckets where both series have a return. */
    public static int commonCount(double[] a, double[] b) {
        int n = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (present(a[i]) && present(b[i])) {
                n++;
            }
        }
        return n;
    }

    /** Pearson correlation over the common buckets, clamped to [-1, 1] against rounding. */
    public static OptionalDouble rho(double[] a, double[] b) {
        double[] m = moments(a, b);
        if (m == null || !(m[0] > ZERO_VARIANCE) || !(m[1] > ZERO_VARIANCE)) {
            return OptionalDouble.empty();
        }
        double r = m[2] / Math.sqrt(m[0] * m[1]);
        return finite(Math.max(-1, Math.min(1, r)));
    }

    /** {@code cov(asset, ref) / var(ref)} over the common buckets. */
    public static OptionalDouble beta(double[] asset, double[] ref) {
        double[] m = moments(asset, ref);
        if (m == null || !(m[1] > ZERO_VARIANCE)) {
            return OptionalDouble.empty();
        }
        return finite(m[2] / m[1]);
    }

    /**
     * Annualised volatility in percent: {@code 100 * sd * sqrt(periods per year)}. A constant price gives 0,
     * which is a value, not "n/a".
     */
    public static OptionalDouble volatilityPct(double[] returns, Interval interval) {
        double[] m = moments(returns, returns);
        if (m == null) {
            return OptionalDouble.empty();
        }
        double variance = m[0] > ZERO_VARIANCE ? m[0] : 0;
        return finite(100 * Math.sqrt(variance) * Math.sqrt(interval.periodsPerYear()));
    }

    /**
     * {var(a), var(b), cov(a, b)} over the common buckets (two-pass for accuracy), or null with fewer than
     * {@link #MIN_RETURNS} of them.
     */
    private static double[] moments(double[] a, double[] b) {
        int len = Math.min(a.length, b.length);
        int n = 0;
        double sa = 0;
        double sb = 0;
        for (int i = 0; i < len; i++) {
            if (present(a[i]) && present(b[i])) {
                n++;
                sa += a[i];
                sb += b[i];
            }
        }
        if (n < MIN_RETURNS) {
            return null;
        }
        double ma = sa / n;
        double mb = sb / n;
        double vaa = 0;
        double vbb = 0;
        double vab = 0;
        for (int i = 0; i < len; i++) {
            if (present(a[i]) && present(b[i])) {
                double da = a[i] - ma;
                double db = b[i] - mb;
                vaa += da * da;
                vbb += db * db;
                vab += da * db;
            }
        }
        return new double[] {vaa / (n - 1), vbb / (n - 1), vab / (n - 1)};
    }

    static boolean present(double v) {
        return Double.isFinite(v);
    }

    /** Empty for NaN and infinities, so nothing non-finite ever reaches a view. */
    public static OptionalDouble finite(double v) {
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }
}

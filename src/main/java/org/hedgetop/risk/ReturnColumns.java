package org.hedgetop.risk;

import java.util.List;

/**
 * Return windows prepared for Pearson correlation by dot product: a complete window (a return in every
 * bucket) with a usable variance is stored centred and scaled to unit length, so that
 * {@code rho(a, b) = sum_k u_a[k] * u_b[k]}, the same number as {@link Stats#rho} up to rounding (the n-1
 * of the sample covariance and of both variances cancels). A window with a gap, too few returns or no
 * variance keeps its raw returns and goes through {@link Stats#rho}, whose inner join depends on the pair.
 */
final class ReturnColumns {
    private final double[][] unit; // null where the raw returns are needed
    private final double[][] raw;

    ReturnColumns(List<double[]> returns) {
        int n = returns.size();
        unit = new double[n][];
        raw = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] r = returns.get(i);
            unit[i] = unitLength(r);
            raw[i] = r.clone();
        }
    }

    /** rho of columns i and j; NaN when it has no value. */
    double rho(int i, int j) {
        double[] a = unit[i];
        double[] b = unit[j];
        if (a != null && b != null && a.length == b.length) {
            if (i == j) {
                return 1.0;
            }
            return Math.max(-1, Math.min(1, dot(a, b)));
        }
        if (i == j) {
            // the diagonal is 1 by definition, but only for a series that has a defined correlation at all
            return Stats.rho(raw[i], raw[i]).isPresent() ? 1.0 : Double.NaN;
        }
        return Stats.rho(raw[i], raw[j]).orElse(Double.NaN);
    }

    /** Four running sums: the JIT keeps them in registers and pipelines the adds (one sum waits on each add). */
    private static double dot(double[] a, double[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < a.length; k += 4) {
            s0 += a[k] * b[k];
            s1 += a[k + 1] * b[k + 1];
            s2 += a[k + 2] * b[k + 2];
            s3 += a[k + 3] * b[k + 3];
        }
        for (; k < a.length; k++) {
            s0 += a[k] * b[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Centred, unit-length copy of a complete window; null when the window has a gap or no variance. */
    private static double[] unitLength(double[] r) {
        int n = r.length;
        if (n < Stats.MIN_RETURNS) {
            return null;
        }
        double sum = 0;
        for (double v : r) {
            if (!Stats.present(v)) {
                return null;
            }
            sum += v;
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : r) {
            ss += (v - mean) * (v - mean);
        }
        if (!(ss / (n - 1) > Stats.ZERO_VARIANCE)) {
            return null;
        }
        double scale = 1 / Math.sqrt(ss);
        double[] u = new double[n];
        for (int k = 0; k < n; k++) {
            u[k] = (r[k] - mean) * scale;
        }
        return u;
    }
}

package org.hedgetop.risk;

import java.util.List;
import java.util.OptionalDouble;
import org.hedgetop.book.Interval;

/**
 * Statistics of a hedge's basket {@code r_B = sum_t w_t * r_t} against the hedge's underlying, in a form
 * that survives a price tick.
 *
 * <p>The weights {@code w_t = E_t / E_h} move with every price, but the history does not. So the cache keeps
 * the sample covariance matrix of the members' and the underlying's returns over their common buckets, and
 * each evaluation forms {@code var(r_B) = w' C w} and {@code cov(r_B, r_U) = w' c_U} with the current
 * weights: algebraically the same numbers as building the basket return series and computing rho, beta and
 * volatility from it, at O(k^2) per tick instead of a pass over the history.
 *
 * <p>A basket return exists only in buckets where every member has one (inner join). rho and beta join the
 * underlying as well; the basket's own volatility does not need the underlying and uses the members' join.
 */
public final class BasketStats {
    private final int members;
    private final int withUnderlyingCount;
    private final double[][] withUnderlying; // (k+1) x (k+1), the underlying last
    private final int membersCount;
    private final double[][] membersOnly; // k x k

    private BasketStats(int members, int withUnderlyingCount, double[][] withUnderlying, int membersCount,
                        double[][] membersOnly) {
        this.members = members;
        this.withUnderlyingCount = withUnderlyingCount;
        this.withUnderlying = withUnderlying;
        this.membersCount = membersCount;
        this.membersOnly = membersOnly;
    }

    /**
     * @param memberReturns  return windows of the covered tokens, in the hedge's {@code covers} order
     * @param underlying     return window of the hedge's underlying
     */
    public static BasketStats of(List<double[]> memberReturns, double[] underlying) {
        int k = memberReturns.size();
        double[][] cols = new double[k + 1][];
        for (int i = 0; i < k; i++) {
            cols[i] = memberReturns.get(i);
        }
        cols[k] = underlying;
        Cov all = covariance(cols, k + 1);
        Cov own = covariance(cols, k);
        return new BasketStats(k, all.n, all.c, own.n, own.c);
    }

    /** Number of members the weights must have. */
    public int members() {
        return members;
    }

    /** Buckets where every member and the underlying have a return. */
    public int commonReturns() {
        return withUnderlyingCount;
    }

    /** beta(basket, underlying) for the given weights. */
    public OptionalDouble beta(double[] weights) {
        if (withUnderlyingCount < Stats.MIN_RETURNS) {
            return OptionalDouble.empty();
        }
        double varU = withUnderlying[members][members];
        if (!(varU > Stats.ZERO_VARIANCE)) {
            return OptionalDouble.empty();
        }
        return Stats.finite(covWithUnderlying(weights) / varU);
    }

    /** rho(basket, underlying) for the given weights, clamped to [-1, 1] against rounding. */
    public OptionalDouble rho(double[] weights) {
        if (withUnderlyingCount < Stats.MIN_RETURNS) {
            return OptionalDouble.empty();
        }
        double varU = withUnderlying[members][members];
        double varB = quadratic(withUnderlying, weights);
        if (!(varU > Stats.ZERO_VARIANCE) || !(varB > Stats.ZERO_VARIANCE)) {
            return OptionalDouble.empty();
        }
        double r = covWithUnderlying(weights) / Math.sqrt(varB * varU);
        return Stats.finite(Math.max(-1, Math.min(1, r)));
    }

    /** Realised volatility of the basket in percent per year, for the given weights. */
    public OptionalDouble volatilityPct(double[] weights, Interval interval) {
        if (membersCount < Stats.MIN_RETURNS) {
            return OptionalDouble.empty();
        }
        double var = quadratic(membersOnly, weights);
        var = var > Stats.ZERO_VARIANCE ? var : 0; // rounding can make w'Cw a hair below zero
        return Stats.finite(100 * Math.sqrt(var) * Math.sqrt(interval.periodsPerYear()));
    }

    private double covWithUnderlying(double[] w) {
        check(w);
        double s = 0;
        for (int i = 0; i < members; i++) {
            s += w[i] * withUnderlying[i][members];
        }
        return s;
    }

    private double quadratic(double[][] c, double[] w) {
        check(w);
        double s = 0;
        for (int i = 0; i < members; i++) {
            for (int j = 0; j < members; j++) {
                s += w[i] * w[j] * c[i][j];
            }
        }
        return s;
    }

    private void check(double[] w) {
        if (w.length != members) {
            throw new IllegalArgumentException("basket has " + members + " members, got " + w.length + " weights");
        }
    }

    private record Cov(int n, double[][] c) {
    }

    /** Sample covariance of the first {@code m} columns over the rows where all of them are present. */
    private static Cov covariance(double[][] cols, int m) {
        int len = Integer.MAX_VALUE;
        for (int j = 0; j < m; j++) {
            len = Math.min(len, cols[j].length);
        }
        if (m == 0) {
            len = 0;
        }
        boolean[] row = new boolean[len];
        int n = 0;
        double[] mean = new double[m];
        for (int i = 0; i < len; i++) {
            boolean all = true;
            for (int j = 0; j < m && all; j++) {
                all = Stats.present(cols[j][i]);
            }
            if (all) {
                row[i] = true;
                n++;
                for (int j = 0; j < m; j++) {
                    mean[j] += cols[j][i];
                }
            }
        }
        double[][] c = new double[m][m];
        if (n < 2) {
            return new Cov(n, c);
        }
        for (int j = 0; j < m; j++) {
            mean[j] /= n;
        }
        for (int i = 0; i < len; i++) {
            if (!row[i]) {
                continue;
            }
            for (int a = 0; a < m; a++) {
                double da = cols[a][i] - mean[a];
                for (int b = a; b < m; b++) {
                    c[a][b] += da * (cols[b][i] - mean[b]);
                }
            }
        }
        for (int a = 0; a < m; a++) {
            for (int b = a; b < m; b++) {
                c[a][b] /= n - 1;
                c[b][a] = c[a][b];
            }
        }
        return new Cov(n, c);
    }
}

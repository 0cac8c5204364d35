package org.hedgetop.tui.draw;

import org.hedgetop.market.PriceSeries;

/**
 * One-row price history: one cell per interval bucket (UTC-aligned, like the statistics), the close of a
 * bucket being the last price at or before its end, carried forward over buckets without a price. The last
 * cell is the bucket that is still open, i.e. the latest price, so the line ends where the price column is.
 */
public final class Sparkline {
    private Sparkline() {
    }

    /**
     * Fills {@code out[0..n)} with the closes of the {@code n} buckets of {@code intervalMillis} that end with
     * the bucket holding {@code nowMillis}; NaN where the series has no price yet.
     */
    public static void closes(PriceSeries series, long nowMillis, long intervalMillis, double[] out, int n) {
        long lastStart = Math.floorDiv(nowMillis, intervalMillis) * intervalMillis;
        for (int k = 0; k < n; k++) {
            long start = lastStart - (long) (n - 1 - k) * intervalMillis;
            long end = Math.min(start + intervalMillis - 1, nowMillis);
            int i = series.indexAtOrBefore(end);
            out[k] = i < 0 ? Double.NaN : series.price(i);
        }
    }

    /**
     * Fills {@code out[0..n)} with the price at the end of each of {@code n} equal slices of
     * [{@code fromMillis}, {@code toMillis}] (the detail chart, which has more cells than buckets).
     */
    public static void sample(PriceSeries series, long fromMillis, long toMillis, double[] out, int n) {
        double step = (double) (toMillis - fromMillis) / n;
        for (int k = 0; k < n; k++) {
            long end = k == n - 1 ? toMillis : fromMillis + (long) Math.floor(step * (k + 1));
            int i = series.indexAtOrBefore(end);
            out[k] = i < 0 ? Double.NaN : series.price(i);
        }
    }

    /** Lowest and highest finite value of {@code v[0..n)}; NaN when there is none. */
    public static double min(double[] v, int from, int n) {
        double lo = Double.NaN;
        for (int k = from; k < n; k++) {
            if (Double.isFinite(v[k]) && !(v[k] >= lo)) {
                lo = v[k];
            }
        }
        return lo;
    }

    public static double max(double[] v, int from, int n) {
        double hi = Double.NaN;
        for (int k = from; k < n; k++) {
            if (Double.isFinite(v[k]) && !(v[k] <= hi)) {
                hi = v[k];
            }
        }
        return hi;
    }

    /**
     * Level of {@code v} among {@code levels} between lo and hi: 0 at lo, levels-1 at hi, the middle level
     * for a flat line.
     */
    public static int level(double v, double lo, double hi, int levels) {
        if (!(hi > lo)) {
            return levels / 2 - (levels % 2 == 0 ? 1 : 0);
        }
        int l = (int) Math.round((v - lo) / (hi - lo) * (levels - 1));
        return Math.max(0, Math.min(levels - 1, l));
    }

    /**
     * Draws the last {@code w} of {@code v[0..n)} left-aligned at (x, y), scaled between their own low and
     * high; cells without a price stay blank.
     */
    public static void draw(Canvas c, int x, int y, int w, double[] v, int n, Style st) {
        int from = Math.max(0, n - w);
        double lo = min(v, from, n);
        double hi = max(v, from, n);
        char[] glyphs = c.theme().spark;
        for (int k = from; k < n; k++) {
            double p = v[k];
            char g = Double.isFinite(p) ? glyphs[level(p, lo, hi, glyphs.length)] : ' ';
            c.put(x + k - from, y, g, st);
        }
    }

    /** The sparkline as text (tests, captures). */
    public static String text(double[] v, int n, char[] glyphs) {
        double lo = min(v, 0, n);
        double hi = max(v, 0, n);
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            sb.append(Double.isFinite(v[k]) ? glyphs[level(v[k], lo, hi, glyphs.length)] : ' ');
        }
        return sb.toString();
    }
}

package org.hedgetop.tui.draw;

/**
 * One-row price history drawn from closes the view computed ({@code risk.Charts#sparkline}: one cell per
 * interval bucket, the close as in the statistics, a bucket without a price blank; the last cell the bucket
 * still open, so the line ends where the price column is). Drawing only scales values to glyphs.
 */
public final class Sparkline {
    private Sparkline() {
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

package org.hedgetop.tui.draw;

/** A price chart of several rows: one column per value, filled from the bottom in eighths of a cell. */
public final class Chart {
    private Chart() {
    }

    /**
     * Height of {@code v} in eighths of a cell in a chart of {@code rows} rows: at least 1 so the low of the
     * window still shows, all of it at the high, half of it for a flat line.
     */
    public static int eighths(double v, double lo, double hi, int rows) {
        int top = rows * 8;
        if (!(hi > lo)) {
            return top / 2;
        }
        int e = 1 + (int) Math.round((v - lo) / (hi - lo) * (top - 1));
        return Math.max(1, Math.min(top, e));
    }

    /** Draws {@code v[0..n)} (n at most the width of {@code r}) scaled to lo..hi in the rectangle. */
    public static void draw(Canvas c, Rect r, double[] v, int n, double lo, double hi, Style st) {
        char[] g = c.theme().vEighths;
        int cols = Math.min(n, r.width());
        for (int k = 0; k < cols; k++) {
            if (!Double.isFinite(v[k])) {
                continue;
            }
            int e = eighths(v[k], lo, hi, r.height());
            for (int row = 0; row < r.height(); row++) {
                int part = Math.max(0, Math.min(8, e - row * 8));
                c.put(r.x() + k, r.bottom() - 1 - row, g[part], st);
            }
        }
    }
}

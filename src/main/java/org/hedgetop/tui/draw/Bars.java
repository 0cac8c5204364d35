package org.hedgetop.tui.draw;

/** Horizontal bars in eighths of a cell (whole cells in ASCII). */
public final class Bars {
    private Bars() {
    }

    /** Coverage bars span 0 % to this; a 300 % target sits at the right end. */
    public static final double COVERAGE_SCALE_PCT = 200;

    /** A bar of {@code fraction} (0..1) of {@code w} cells. */
    public static void horizontal(Canvas c, int x, int y, int w, double fraction, Style st) {
        char[] e = c.theme().eighths;
        int total = w * 8;
        int filled = Double.isFinite(fraction) ? (int) Math.round(Math.max(0, Math.min(1, fraction)) * total) : 0;
        for (int k = 0; k < w; k++) {
            int part = Math.max(0, Math.min(8, filled - k * 8));
            c.put(x + k, y, e[part], st);
        }
    }

    /** Cell of the target marker on a coverage bar of {@code w} cells. */
    public static int targetCell(double targetPct, int w) {
        double f = Math.max(0, Math.min(1, targetPct / COVERAGE_SCALE_PCT));
        return Math.min(w - 1, (int) Math.floor(f * w));
    }

    /**
     * Coverage against target: the bar is the actual coverage on a 0..200 % scale, the marker is the target.
     * The bar takes the style of the hedge's state (in line, drifting, over-hedged).
     */
    public static void coverage(Canvas c, int x, int y, int w, double coveragePct, double targetPct, Style bar,
                                Style markerStyle) {
        if (w <= 0) {
            return;
        }
        horizontal(c, x, y, w, coveragePct / COVERAGE_SCALE_PCT, bar);
        c.put(x + targetCell(targetPct, w), y, c.theme().marker, markerStyle);
    }
}

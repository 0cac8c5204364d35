package org.hedgetop.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Two value series over time as a plain-text chart of block characters (no escape codes): {@code █} the first
 * series, {@code ░} the second, {@code ▓} where both fall in the same cell. Each column shows the value at the
 * close nearest to it; unknown values leave the column empty.
 */
final class ValueChart {
    static final char FIRST = '█';
    static final char SECOND = '░';
    static final char BOTH = '▓';

    private ValueChart() {
    }

    /** {@code height} rows of at most {@code width} columns, a value axis on the left. */
    static List<String> draw(double[] first, double[] second, int width, int height) {
        int n = Math.min(first.length, second.length);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (double v : new double[] {first[i], second[i]}) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        if (n == 0 || lo > hi) {
            lines.add("(no known values to draw)");
            return lines;
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        int cols = Math.min(width, n);
        char[][] grid = new char[height][cols];
        for (char[] row : grid) {
            java.util.Arrays.fill(row, ' ');
        }
        for (int c = 0; c < cols; c++) {
            int i = cols == 1 ? n - 1 : (int) Math.round((double) c * (n - 1) / (cols - 1));
            mark(grid, c, row(first[i], lo, hi, height), FIRST);
            mark(grid, c, row(second[i], lo, hi, height), SECOND);
        }
        String top = Num.fixed(hi, 0);
        String bottom = Num.fixed(lo, 0);
        int label = Math.max(top.length(), bottom.length());
        for (int r = 0; r < height; r++) {
            String axis = r == 0 ? top : r == height - 1 ? bottom : "";
            lines.add(" ".repeat(label - axis.length()) + axis + " ┤" + new String(grid[r]).stripTrailing());
        }
        return lines;
    }

    /** Row of a value, 0 at the top; -1 when unknown. */
    private static int row(double v, double lo, double hi, int height) {
        if (!Double.isFinite(v)) {
            return -1;
        }
        return (height - 1) - (int) Math.round((v - lo) / (hi - lo) * (height - 1));
    }

    private static void mark(char[][] grid, int c, int r, char glyph) {
        if (r < 0) {
            return;
        }
        char was = grid[r][c];
        grid[r][c] = was == ' ' || was == glyph ? glyph : BOTH;
    }
}

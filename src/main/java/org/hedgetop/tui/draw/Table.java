package org.hedgetop.tui.draw;

import java.util.List;

/**
 * Column layout of a pane: which columns fit a width, and how wide each is. Columns are taken by priority
 * (1 first, stable in declaration order) at their minimum width while they fit, one blank cell between two
 * shown columns; the first that does not fit ends the list, so a narrow terminal loses the least important
 * columns first and never half a column. Spare cells then grow the shown columns toward their preferred
 * width and after that toward their maximum, again by priority.
 */
public final class Table {
    private Table() {
    }

    public enum Align { LEFT, RIGHT }

    /**
     * One column.
     *
     * @param header   header text, cut to the width
     * @param min      fewest cells the column is shown with
     * @param pref     cells it gets when there is room
     * @param max      cells it may grow to when every shown column has its preferred width
     * @param priority 1 is dropped last
     */
    public record Column(String header, int min, int pref, int max, int priority, Align align) {
        public Column {
            if (min < 1 || pref < min || max < pref) {
                throw new IllegalArgumentException("column " + header + ": need 1 <= min <= pref <= max, got "
                        + min + "/" + pref + "/" + max);
            }
        }

        public static Column left(String header, int min, int pref, int priority) {
            return new Column(header, min, pref, pref, priority, Align.LEFT);
        }

        public static Column right(String header, int min, int pref, int priority) {
            return new Column(header, min, pref, pref, priority, Align.RIGHT);
        }
    }

    /** Widths of the columns in declaration order for {@code width} cells; 0 means the column is dropped. */
    public static int[] fit(List<Column> columns, int width) {
        int n = columns.size();
        int[] order = byPriority(columns);
        int[] widths = new int[n];
        int used = 0;
        int shown = 0;
        for (int k = 0; k < n; k++) {
            Column c = columns.get(order[k]);
            int need = c.min() + (shown > 0 ? 1 : 0);
            if (used + need > width) {
                break;
            }
            widths[order[k]] = c.min();
            used += need;
            shown++;
        }
        int spare = width - used;
        for (int k = 0; k < n && spare > 0; k++) {
            int i = order[k];
            if (widths[i] > 0) {
                int grow = Math.min(spare, columns.get(i).pref() - widths[i]);
                widths[i] += grow;
                spare -= grow;
            }
        }
        for (int k = 0; k < n && spare > 0; k++) {
            int i = order[k];
            if (widths[i] > 0) {
                int grow = Math.min(spare, columns.get(i).max() - widths[i]);
                widths[i] += grow;
                spare -= grow;
            }
        }
        return widths;
    }

    private static int[] byPriority(List<Column> columns) {
        int n = columns.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = 1; i < n; i++) { // insertion sort: stable, and tables are short
            int v = order[i];
            int j = i - 1;
            while (j >= 0 && columns.get(order[j]).priority() > columns.get(v).priority()) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = v;
        }
        return order;
    }

    /** Left column of each shown column, starting at {@code x0} (a dropped column gets where the one before ended). */
    public static int[] xs(int[] widths, int x0) {
        int[] xs = new int[widths.length];
        int x = x0;
        boolean first = true;
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] > 0 && !first) {
                x++;
            }
            xs[i] = x;
            if (widths[i] > 0) {
                x += widths[i];
                first = false;
            }
        }
        return xs;
    }

    /** The header row. */
    public static void header(Canvas c, int y, List<Column> columns, int[] widths, int[] xs, Style st) {
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] > 0) {
                cell(c, xs[i], y, widths[i], columns.get(i).header(), columns.get(i).align(), st);
            }
        }
    }

    /** Text in a cell, aligned and cut to the width. */
    public static void cell(Canvas c, int x, int y, int w, String text, Align align, Style st) {
        if (align == Align.RIGHT) {
            c.right(x, y, w, text, st);
        } else {
            c.text(x, y, w, text, st);
        }
    }

    /**
     * First row to show so that {@code selected} is visible in {@code rows} rows of {@code count}: the
     * least scrolling from the top, so the frame depends only on the selection and not on earlier frames.
     */
    public static int scrollOffset(int selected, int rows, int count) {
        if (rows <= 0 || count <= rows) {
            return 0;
        }
        int sel = Math.max(0, Math.min(selected, count - 1));
        return Math.max(0, Math.min(sel - rows + 1, count - rows));
    }
}

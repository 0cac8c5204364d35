package org.hedgetop.tui.pane;

import java.util.ArrayList;
import java.util.List;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Table;

/**
 * One column of a pane as one object: its header, widths and drop priority ({@link Table.Column}) and the
 * function that writes its cell for a row. A pane is a list of these, so a column is added, moved or dropped
 * in one place instead of in an index list kept in parallel with a header list.
 *
 * @param <R> what one line of the pane draws from (a row of the view and what the pane worked out for it)
 */
record PaneColumn<R>(Table.Column layout, Cell<R> cell) {

    /** Writes one cell at (x, y), {@code w} cells wide (w > 0). */
    @FunctionalInterface
    interface Cell<R> {
        void write(Canvas c, int x, int y, int w, R row);
    }

    static <R> PaneColumn<R> of(Table.Column layout, Cell<R> cell) {
        return new PaneColumn<>(layout, cell);
    }

    /** The layouts, in order, for {@link Table#fit}. */
    static <R> List<Table.Column> layouts(List<PaneColumn<R>> columns) {
        List<Table.Column> out = new ArrayList<>(columns.size());
        for (PaneColumn<R> c : columns) {
            out.add(c.layout());
        }
        return out;
    }

    /** Writes every shown column of one line. */
    static <R> void line(Canvas c, int y, int[] w, int[] xs, List<PaneColumn<R>> columns, R row) {
        for (int col = 0; col < w.length; col++) {
            if (w[col] > 0) {
                columns.get(col).cell().write(c, xs[col], y, w[col], row);
            }
        }
    }

    /** Index of the column with this header; -1 when there is none. */
    static <R> int indexOf(List<PaneColumn<R>> columns, String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).layout().header().equals(header)) {
                return i;
            }
        }
        return -1;
    }
}

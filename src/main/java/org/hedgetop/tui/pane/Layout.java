package org.hedgetop.tui.pane;

import com.googlecode.lanterna.TerminalSize;
import java.util.ArrayList;
import java.util.List;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.draw.Rect;

/**
 * Where everything goes for a terminal size. Row 0 is the title bar; the last three rows are the scenario
 * line, the alert line and the footer; the body between holds the panes (or an overlay).
 *
 * <p>Below {@link #WIDE_COLUMNS} the panes stack: exposure, hedges, funding, and correlation when the body has
 * {@link #TALL_ROWS} rows or the correlation pane has the focus (Tab reaches it; 'c' shows the heat-map). From there the
 * correlation pane sits to the right of the exposure pane, row for row, and hedges and funding each get the
 * full width. Every shown pane gets at least its title, header and one row; rows beyond that go one at a
 * time to the pane that has the fewest for its weight (the focused pane counts double) until each has all
 * its rows or the body is full. A pane that cannot get its minimum is not shown, least important first
 * (correlation, funding, exposure, hedges - the focused pane is kept before all of them).
 *
 * <p>Rows the panes do not need (a tall terminal, a small book) go to a detail panel of the selected row when
 * there are at least {@link #DETAIL_MIN_ROWS} of them.
 *
 * @param tooSmall    below {@link #MIN_COLUMNS} x {@link #MIN_ROWS}: only a notice is drawn
 * @param sideBySide  exposure and correlation share rows
 * @param detail      the detail panel in spare rows, or empty
 */
public record Layout(boolean tooSmall, Rect title, Rect body, Rect exposure, Rect hedges, Rect funding,
                     Rect correlation, Rect scenario, Rect alerts, Rect footer, boolean sideBySide, Rect detail) {

    public static final int MIN_COLUMNS = 60;
    public static final int MIN_ROWS = 16;
    public static final int WIDE_COLUMNS = 120;
    public static final int DETAIL_MIN_ROWS = 12;
    /** Below this many body rows a narrow screen shows the correlation pane only while it has the focus. */
    public static final int TALL_ROWS = 30;

    private static final int PANE_MIN = 3;

    public static Layout of(TerminalSize size, RiskView view, UiState ui) {
        int w = size.getColumns();
        int h = size.getRows();
        if (w < MIN_COLUMNS || h < MIN_ROWS) {
            Rect e = Rect.EMPTY;
            return new Layout(true, e, e, e, e, e, e, e, e, e, false, e);
        }
        Rect title = new Rect(0, 0, w, 1);
        Rect body = new Rect(0, 1, w, h - 4);
        Rect scenario = new Rect(0, h - 3, w, 1);
        Rect alerts = new Rect(0, h - 2, w, 1);
        Rect footer = new Rect(0, h - 1, w, 1);

        int tokens = Math.max(1, view.tokens().size());
        int hedges = Math.max(1, view.hedges().size());
        int sectors = ui.showSectors() ? view.sectors().size() : 0;
        int exposureWant = 2 + tokens + 1 + sectors;
        int hedgeWant = 2 + hedges;
        int corrWant = 2 + tokens;
        boolean wide = w >= WIDE_COLUMNS;

        List<Band> bands = new ArrayList<>();
        if (wide) {
            bands.add(new Band(UiState.Pane.HEDGES, null, hedgeWant, PANE_MIN));
            bands.add(new Band(UiState.Pane.FUNDING, null, hedgeWant, PANE_MIN));
            bands.add(new Band(UiState.Pane.EXPOSURE, UiState.Pane.CORRELATION, exposureWant, PANE_MIN + 1));
        } else {
            bands.add(new Band(UiState.Pane.EXPOSURE, null, exposureWant, PANE_MIN + 1));
            bands.add(new Band(UiState.Pane.HEDGES, null, hedgeWant, PANE_MIN));
            bands.add(new Band(UiState.Pane.FUNDING, null, hedgeWant, PANE_MIN));
            if (body.height() >= TALL_ROWS || ui.focus() == UiState.Pane.CORRELATION) {
                bands.add(new Band(UiState.Pane.CORRELATION, null, corrWant, PANE_MIN));
            }
        }
        allocate(bands, body.height(), ui.focus());

        Rect[] rects = new Rect[UiState.Pane.values().length];
        java.util.Arrays.fill(rects, Rect.EMPTY);
        int y = body.y();
        for (Band b : bands) {
            if (b.rows == 0) {
                continue;
            }
            if (b.right == null) {
                rects[b.left.ordinal()] = new Rect(0, y, w, b.rows);
            } else {
                int rightW = Math.max(CorrelationPane.MIN_WIDTH_BESIDE,
                        Math.min(CorrelationPane.PREFERRED_WIDTH, w - 90));
                rects[b.left.ordinal()] = new Rect(0, y, w - rightW - 1, b.rows);
                rects[b.right.ordinal()] = new Rect(w - rightW, y, rightW, b.rows);
            }
            y += b.rows;
        }
        int spare = body.bottom() - y;
        Rect detail = spare >= DETAIL_MIN_ROWS ? new Rect(0, y, w, spare) : Rect.EMPTY;
        return new Layout(false, title, body, rects[UiState.Pane.EXPOSURE.ordinal()],
                rects[UiState.Pane.HEDGES.ordinal()], rects[UiState.Pane.FUNDING.ordinal()],
                rects[UiState.Pane.CORRELATION.ordinal()], scenario, alerts, footer, wide, detail);
    }

    /** The notice shown instead of the screen when the terminal is too small. */
    public static String tooSmallNotice(TerminalSize size) {
        return "enlarge to at least " + MIN_COLUMNS + "x" + MIN_ROWS + " (now " + size.getColumns() + "x"
                + size.getRows() + ")";
    }

    private static final class Band {
        final UiState.Pane left;
        final UiState.Pane right;
        final int want;
        final int min;
        int rows;

        Band(UiState.Pane left, UiState.Pane right, int want, int min) {
            this.left = left;
            this.right = right;
            this.want = Math.max(want, min);
            this.min = min;
        }

        boolean holds(UiState.Pane p) {
            return left == p || right == p;
        }
    }

    /** Keep-order of the bands when the body cannot give every band its minimum. */
    private static int rank(Band b, UiState.Pane focus) {
        if (b.holds(focus)) {
            return 0;
        }
        if (b.holds(UiState.Pane.HEDGES)) {
            return 1;
        }
        if (b.holds(UiState.Pane.EXPOSURE)) {
            return 2;
        }
        return b.holds(UiState.Pane.FUNDING) ? 3 : 4;
    }

    private static void allocate(List<Band> bands, int height, UiState.Pane focus) {
        List<Band> byRank = new ArrayList<>(bands);
        byRank.sort((a, b) -> Integer.compare(rank(a, focus), rank(b, focus)));
        int left = height;
        for (Band b : byRank) {
            if (b.min <= left) {
                b.rows = b.min;
                left -= b.min;
            }
        }
        while (left > 0) {
            Band best = null;
            double bestLoad = Double.MAX_VALUE;
            for (Band b : byRank) {
                if (b.rows == 0 || b.rows >= b.want) {
                    continue;
                }
                // compare data rows, not rows: the exposure pane's total row is not a token row
                double load = (double) (b.rows - b.min + 1) / (b.holds(focus) ? 2 : 1);
                if (load < bestLoad) {
                    best = b;
                    bestLoad = load;
                }
            }
            if (best == null) {
                return;
            }
            best.rows++;
            left--;
        }
    }
}

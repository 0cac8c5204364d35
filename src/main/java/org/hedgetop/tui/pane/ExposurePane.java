package org.hedgetop.tui.pane;

import java.util.ArrayList;
import java.util.List;
import org.hedgetop.risk.RiskView;
import org.hedgetop.risk.SectorRow;
import org.hedgetop.risk.TokenRow;
import org.hedgetop.risk.Totals;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Fmt;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Sparkline;
import org.hedgetop.tui.draw.Style;
import org.hedgetop.tui.draw.Table;
import org.hedgetop.tui.draw.Table.Column;
import org.hedgetop.tui.draw.Theme;

/**
 * What is held: units, price, value, the change over the last interval, weight in the book, sector, and a
 * sparkline of the statistics window. A total row stays at the bottom, with the sector subtotals under it
 * when they are switched on. A price that is stale or has no market says so in the note column.
 */
public final class ExposurePane {
    private ExposurePane() {
    }

    static final int TOKEN = 0;
    static final int UNITS = 1;
    static final int PRICE = 2;
    static final int VALUE = 3;
    static final int CHANGE = 4;
    static final int WEIGHT = 5;
    static final int NOTE = 6;
    static final int SECTOR = 7;
    static final int SPARK = 8;

    /** Columns for a statistics window of {@code window} returns of {@code interval} ("1d"). */
    public static List<Column> columns(String interval, int window) {
        int spark = Math.max(8, window + 1);
        List<Column> cols = new ArrayList<>(9);
        cols.add(Column.left("token", 5, 8, 1));
        cols.add(Column.right("units", 7, 11, 4));
        cols.add(Column.right("price", 8, 11, 2));
        cols.add(Column.right("value", 7, 11, 1));
        cols.add(Column.right(interval + " chg", 6, 7, 2));
        cols.add(Column.right("weight", 6, 6, 3));
        cols.add(Column.left("note", 7, 7, 2));
        cols.add(Column.left("sector", 7, 14, 5));
        cols.add(new Column((window + 1) + " x " + interval, 8, spark, spark, 3, Table.Align.LEFT));
        return cols;
    }

    /** Rows kept at the bottom of a pane of this height: the total, then as many sectors as leave a token row. */
    public static int pinnedRows(RiskView view, UiState ui, Rect r) {
        int body = PaneTitle.bodyRows(r);
        if (body < 2) {
            return 0;
        }
        int sectors = ui.showSectors() ? Math.min(view.sectors().size(), body - 2) : 0;
        return 1 + Math.max(0, sectors);
    }

    public static void draw(Canvas c, Rect r, RiskView view, UiState ui) {
        if (r.height() < 2) {
            return;
        }
        Theme t = c.theme();
        List<TokenRow> rows = view.tokens();
        int pinned = pinnedRows(view, ui, r);
        int body = PaneTitle.bodyRows(r) - pinned;
        int sel = Math.max(0, Math.min(ui.selectedToken(), rows.size() - 1));
        int first = PaneTitle.offset(sel, body, rows.size());
        int shown = Math.max(0, Math.min(body, rows.size() - first));
        boolean focused = ui.focus() == UiState.Pane.EXPOSURE;
        String quote = Canvas.safe(view.quote());
        PaneTitle.draw(c, r, "Exposure", "value in " + quote + partial(view), focused, first, shown, rows.size());
        List<Column> cols = columns(view.interval().label(), view.window());
        int[] w = Table.fit(cols, r.width());
        if (w[SPARK] > 0 && w[SPARK] < view.window() + 1) {
            // the header says what is drawn: "8 x 1d" when only 8 closes fit, not the window's "31 x 1d"
            cols = new ArrayList<>(cols);
            Column c0 = cols.get(SPARK);
            cols.set(SPARK, new Column(w[SPARK] + " x " + view.interval().label(), c0.min(), c0.pref(), c0.max(),
                    c0.priority(), c0.align()));
        }
        int[] xs = Table.xs(w, r.x());
        Table.header(c, r.y() + 1, cols, w, xs, t.header);
        // a column reads in one form: in full when every visible value fits, else all abbreviated
        boolean unitsFull = true;
        boolean valueFull = Fmt.money(view.totals().exposure(), Integer.MAX_VALUE).length() <= w[VALUE];
        for (int k = 0; k < shown; k++) {
            TokenRow tr = rows.get(first + k);
            unitsFull &= Fmt.units(tr.units(), Integer.MAX_VALUE).length() <= w[UNITS];
            valueFull &= Fmt.money(tr.exposure(), Integer.MAX_VALUE).length() <= w[VALUE];
        }
        for (int k = 0; k < shown; k++) {
            int i = first + k;
            int y = r.y() + 2 + k;
            row(c, y, w, xs, rows.get(i), view, unitsFull, valueFull, t);
            if (i == sel) {
                c.restyle(r.x(), y, r.width(), focused ? Style::selected : Style::marked);
            }
        }
        if (rows.isEmpty() && body > 0) {
            c.text(r.x(), r.y() + 2, r.width(), "no holdings in this book", t.dim);
        }
        if (pinned > 0) {
            int y = r.bottom() - pinned;
            total(c, y, r, w, xs, view, valueFull, t);
            List<SectorRow> sectors = view.sectors();
            for (int k = 0; k < pinned - 1; k++) {
                sector(c, y + 1 + k, w, xs, sectors.get(k), valueFull, t);
            }
        }
    }

    private static void row(Canvas c, int y, int[] w, int[] xs, TokenRow tr, RiskView view,
                            boolean unitsFull, boolean valueFull, Theme t) {
        for (int col = 0; col < w.length; col++) {
            int cw = w[col];
            if (cw == 0) {
                continue;
            }
            int x = xs[col];
            switch (col) {
                case TOKEN -> c.text(x, y, cw, Canvas.safe(tr.token()), t.normal);
                case UNITS -> c.right(x, y, cw, unitsFull ? Fmt.units(tr.units(), cw)
                        : Fmt.abbreviated(tr.units(), cw, false), t.normal);
                case PRICE -> c.right(x, y, cw, Fmt.price(tr.price(), cw),
                        tr.price().isEmpty() ? t.dim : tr.stale() ? t.warn : t.normal);
                case VALUE -> c.right(x, y, cw, value(tr.exposure(), cw, valueFull),
                        tr.exposure().isEmpty() ? t.dim : t.normal);
                case CHANGE -> c.right(x, y, cw, tr.changePct().isPresent()
                        ? Fmt.signedPct(tr.changePct().getAsDouble(), 1) : Fmt.NA,
                        tr.changePct().isPresent() ? t.bySign(tr.changePct().getAsDouble()) : t.dim);
                case WEIGHT -> c.right(x, y, cw, tr.weightPct().isPresent()
                        ? Fmt.pct(tr.weightPct().getAsDouble(), 1) : Fmt.NA, tr.weightPct().isPresent() ? t.normal : t.dim);
                case NOTE -> {
                    if (tr.noMarket()) {
                        c.text(x, y, cw, "NO MKT", t.bad);
                    } else if (tr.stale()) {
                        c.text(x, y, cw, "STALE", t.warn);
                    } else if (tr.price().isEmpty()) {
                        c.text(x, y, cw, "NO PX", t.bad);
                    } else if (view.charts().refused(tr.token())) {
                        c.text(x, y, cw, "REFUSED", t.warn);
                    }
                }
                case SECTOR -> c.text(x, y, cw, tr.sector().map(Canvas::safe).orElse("-"),
                        tr.sector().isPresent() ? t.normal : t.dim);
                case SPARK -> {
                    int n = Math.min(cw, view.window() + 1);
                    double[] closes = view.charts().sparkline(tr.token(), n);
                    Sparkline.draw(c, x, y, cw, closes, n, t.chart);
                }
                default -> {
                }
            }
        }
    }

    /** "; partial: SOL, ADA without price": the totals leave those out (DOMAIN.md section 5). */
    static String partial(RiskView view) {
        Totals tot = view.totals();
        if (!tot.partial()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (!tot.missing().isEmpty()) {
            parts.add(Canvas.safe(String.join(", ", tot.missing())) + " without price");
        }
        if (!tot.unmarked().isEmpty()) {
            parts.add(Canvas.safe(String.join(", ", tot.unmarked())) + " without mark");
        }
        return "; partial: " + String.join("; ", parts);
    }

    private static String value(java.util.OptionalDouble v, int w, boolean full) {
        if (v.isEmpty()) {
            return Fmt.NA;
        }
        return full ? Fmt.money(v.getAsDouble(), w) : Fmt.abbreviated(v.getAsDouble(), w, false);
    }

    private static void total(Canvas c, int y, Rect r, int[] w, int[] xs, RiskView view, boolean full, Theme t) {
        Totals totals = view.totals();
        boolean stakes = view.tokens().stream().anyMatch(tr -> tr.stakingApyPct().isPresent());
        c.text(xs[TOKEN], y, w[TOKEN], "TOTAL", t.header);
        if (w[VALUE] > 0) {
            c.right(xs[VALUE], y, w[VALUE], value(totals.exposure(), w[VALUE], full), t.header);
        }
        int x = w[VALUE] > 0 ? xs[VALUE] + w[VALUE] + 1 : xs[TOKEN] + w[TOKEN] + 1;
        String cov = totals.coveragePct().isPresent() ? Fmt.pct(totals.coveragePct().getAsDouble(), 1) : Fmt.NA;
        String hedged = abbrev(totals.hedgedNotional(), false);
        String net = abbrev(totals.netDelta(), true);
        String funding = totals.fundingAccrued().isPresent()
                ? Fmt.abbrev(totals.fundingAccrued().getAsDouble(), 1, true) : Fmt.NA;
        String staking = stakes ? Fmt.abbrev(totals.stakingCarryPerYear(), 1, true) + "/yr" : Fmt.NA;
        // the longest form that fits whole: a cut "net delta~" (as at 120x40) tells nothing
        List<String> forms = List.of(
                "hedged " + hedged + "  cover " + cov + "  net delta " + net + "  funding " + funding + "  staking "
                        + staking,
                "hedged " + hedged + " cover " + cov + " net " + net + " fund " + funding + " stake " + staking,
                "hedged " + hedged + " cover " + cov + " net " + net,
                "cover " + cov + " net " + net);
        int room = r.right() - x;
        String summary = forms.stream().filter(f -> f.length() <= room).findFirst().orElse(forms.get(forms.size() - 1));
        c.text(x, y, room, summary, t.header);
    }

    static String abbrev(java.util.OptionalDouble v, boolean plus) {
        return v.isPresent() ? Fmt.abbrev(v.getAsDouble(), 1, plus) : Fmt.NA;
    }

    private static void sector(Canvas c, int y, int[] w, int[] xs, SectorRow s, boolean full, Theme t) {
        int span = (w[VALUE] > 0 ? xs[VALUE] : xs[TOKEN] + w[TOKEN] + 1) - xs[TOKEN] - 1;
        c.text(xs[TOKEN], y, Math.max(w[TOKEN], span), "  " + Canvas.safe(s.sector()), t.normal);
        if (w[VALUE] > 0) {
            c.right(xs[VALUE], y, w[VALUE], value(java.util.OptionalDouble.of(s.exposure()), w[VALUE], full),
                    t.normal);
        }
        if (w[WEIGHT] > 0) {
            c.right(xs[WEIGHT], y, w[WEIGHT], Fmt.pct(s.weightPct(), 1), t.normal);
        }
    }
}

package org.hedgetop.tui.pane;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.hedgetop.risk.RiskView;
import org.hedgetop.risk.SectorRow;
import org.hedgetop.risk.TokenRow;
import org.hedgetop.risk.Totals;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.text.Fmt;
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

    /** One line: the token's row, the view, and the form its units and value columns read in. */
    record Line(TokenRow tr, RiskView view, boolean unitsFull, boolean valueFull, Theme t) {
    }

    // the total and sector rows write under these columns
    static final int TOKEN = 0;
    static final int UNITS = 1;
    static final int VALUE = 3;
    static final int WEIGHT = 5;
    static final int SPARK = 8;

    /** Columns for a statistics window of {@code window} returns of {@code interval} ("1d"). */
    static List<PaneColumn<Line>> columns(String interval, int window) {
        int spark = Math.max(8, window + 1);
        return List.of(
                PaneColumn.of(Column.left("token", 5, 8, 1),
                        (c, x, y, w, l) -> c.text(x, y, w, Canvas.safe(l.tr().token()), l.t().normal)),
                PaneColumn.of(Column.right("units", 7, 11, 4), (c, x, y, w, l) -> c.right(x, y, w, l.unitsFull()
                        ? Fmt.units(l.tr().units(), w) : Fmt.abbreviated(l.tr().units(), w, false), l.t().normal)),
                PaneColumn.of(Column.right("price", 8, 11, 2), (c, x, y, w, l) -> c.right(x, y, w,
                        Fmt.price(l.tr().price(), w), l.tr().price().isEmpty() ? l.t().dim
                                : l.tr().stale() ? l.t().warn : l.t().normal)),
                PaneColumn.of(Column.right("value", 7, 11, 1), (c, x, y, w, l) -> c.right(x, y, w,
                        value(l.tr().exposure(), w, l.valueFull()),
                        l.tr().exposure().isEmpty() ? l.t().dim : l.t().normal)),
                PaneColumn.of(Column.right(interval + " chg", 6, 7, 2), (c, x, y, w, l) -> {
                    OptionalDouble ch = l.tr().changePct();
                    c.right(x, y, w, ch.isPresent() ? Fmt.signedPct(ch.getAsDouble(), 1) : Fmt.NA,
                            ch.isPresent() ? l.t().bySign(ch.getAsDouble()) : l.t().dim);
                }),
                PaneColumn.of(Column.right("weight", 6, 6, 3), (c, x, y, w, l) -> {
                    OptionalDouble wt = l.tr().weightPct();
                    c.right(x, y, w, wt.isPresent() ? Fmt.pct(wt.getAsDouble(), 1) : Fmt.NA,
                            wt.isPresent() ? l.t().normal : l.t().dim);
                }),
                PaneColumn.of(Column.left("note", 7, 7, 2), ExposurePane::note),
                PaneColumn.of(Column.left("sector", 7, 14, 5), (c, x, y, w, l) -> c.text(x, y, w,
                        l.tr().sector().map(Canvas::safe).orElse("-"),
                        l.tr().sector().isPresent() ? l.t().normal : l.t().dim)),
                PaneColumn.of(new Column((window + 1) + " x " + interval, 8, spark, spark, 3, Table.Align.LEFT),
                        (c, x, y, w, l) -> {
                            int n = Math.min(w, l.view().window() + 1);
                            Sparkline.draw(c, x, y, w, l.view().charts().sparkline(l.tr().token(), n), n,
                                    l.t().chart);
                        }));
    }

    private static void note(Canvas c, int x, int y, int w, Line l) {
        TokenRow tr = l.tr();
        Theme t = l.t();
        if (tr.noMarket()) {
            c.text(x, y, w, "NO MKT", t.bad);
        } else if (tr.stale()) {
            c.text(x, y, w, "STALE", t.warn);
        } else if (tr.price().isEmpty()) {
            c.text(x, y, w, "NO PX", t.bad);
        } else if (l.view().charts().refused(tr.token())) {
            c.text(x, y, w, "REFUSED", t.warn);
        }
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
        List<PaneColumn<Line>> columns = columns(view.interval().label(), view.window());
        List<Column> cols = PaneColumn.layouts(columns);
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
            PaneColumn.line(c, y, w, xs, columns, new Line(rows.get(i), view, unitsFull, valueFull, t));
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

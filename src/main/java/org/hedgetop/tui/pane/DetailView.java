package org.hedgetop.tui.pane;

import java.util.List;
import java.util.Optional;
import org.hedgetop.risk.Charts;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.RiskView;
import org.hedgetop.risk.TokenRow;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Chart;
import org.hedgetop.text.Fmt;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Theme;
import org.hedgetop.tui.draw.Wrap;

/**
 * Enter on a row: a larger chart of the token's spot price and of its hedge instrument's mark over the
 * statistics window, the numbers of both, a volume profile of the token where the source reports volume, and
 * the hedge's ledger lines (fills and funding settlements, {@link LedgerLines}).
 * From the hedges or funding pane it shows the selected hedge and the largest token it covers; from the
 * exposure or correlation pane the selected token and the first hedge covering it.
 */
public final class DetailView {
    private DetailView() {
    }

    /** The token and hedge the detail view is about. */
    record Subject(Optional<TokenRow> token, Optional<HedgeRow> hedge) {
    }

    static Subject subject(RiskView view, UiState ui) {
        List<TokenRow> tokens = view.tokens();
        List<HedgeRow> hedges = view.hedges();
        boolean tokenSide = ui.focus() == UiState.Pane.EXPOSURE || ui.focus() == UiState.Pane.CORRELATION;
        if ((tokenSide || hedges.isEmpty()) && !tokens.isEmpty()) {
            TokenRow t = tokens.get(Math.max(0, Math.min(ui.selectedToken(), tokens.size() - 1)));
            Optional<HedgeRow> h = hedges.stream().filter(x -> x.covers().contains(t.token())).findFirst();
            return new Subject(Optional.of(t), h);
        }
        if (hedges.isEmpty()) {
            return new Subject(Optional.empty(), Optional.empty());
        }
        HedgeRow h = hedges.get(Math.max(0, Math.min(ui.selectedHedge(), hedges.size() - 1)));
        TokenRow best = null;
        for (TokenRow t : tokens) {
            if (h.covers().contains(t.token())
                    && (best == null || t.exposure().orElse(0) > best.exposure().orElse(0))) {
                best = t;
            }
        }
        return new Subject(Optional.ofNullable(best), Optional.of(h));
    }

    public static void draw(Canvas c, Rect r, RiskView view, UiState ui) {
        draw(c, r, view, ui, true);
    }

    /**
     * @param overlay true when Enter opened it over the panes; false for the panel that fills spare rows
     *                of a tall terminal below the panes
     */
    public static void draw(Canvas c, Rect r, RiskView view, UiState ui, boolean overlay) {
        if (r.height() < 2) {
            return;
        }
        Theme t = c.theme();
        c.fill(r, t.normal);
        Subject s = subject(view, ui);
        String tokenName = s.token().map(x -> Canvas.safe(x.token())).orElse("");
        String instrument = s.hedge().map(x -> Canvas.safe(x.instrument())).orElse("");
        String what = s.hedge().map(h -> Canvas.safe(h.id()) + ": ").orElse("")
                + (tokenName.isEmpty() ? "" : tokenName + " spot") + (instrument.isEmpty() ? "" : " and "
                + instrument + " mark");
        PaneTitle.draw(c, r, "Detail", what + (overlay ? "; Esc closes" : ""), overlay, 0, 0, 0);
        if (s.token().isEmpty() && s.hedge().isEmpty()) {
            c.text(r.x() + 1, r.y() + 1, r.width() - 2, "nothing to show: the book is empty", t.dim);
            return;
        }
        int y = r.y() + 1;
        int maxY = r.y() + 1 + Math.max(1, (r.height() - 1) / 3); // the charts keep two thirds
        if (s.token().isPresent()) {
            y = facts(c, r, y, maxY, DetailFacts.token(s.token().get()), t.normal);
        }
        if (s.hedge().isPresent()) {
            HedgeRow h = s.hedge().get();
            y = facts(c, r, y, maxY, DetailFacts.hedge(h), HedgePane.stateStyle(h, t));
            List<String> legs = DetailFacts.legs(h, view.window());
            if (!legs.isEmpty() && maxY - y > legs.size()) { // a table, one line each, with a line left for carry
                for (String line : legs) {
                    c.text(r.x() + 1, y++, r.width() - 2, line, t.normal);
                }
            } else if (!legs.isEmpty()) { // a short terminal: the same figures as items that wrap
                y = facts(c, r, y, maxY, DetailFacts.legsShort(h), t.normal);
            }
            y = facts(c, r, y, maxY, DetailFacts.carry(h, view.time()), t.normal);
            org.hedgetop.risk.ExchangeColumns x = view.exchange().get(h.id());
            if (x != null) {
                y = facts(c, r, y, maxY, DetailFacts.exchange(x), x.reconciled().orElse(true) ? t.normal : t.bad);
            }
            java.util.Optional<org.hedgetop.risk.Alert> mismatch = HedgePane.mismatch(view, h.id());
            if (mismatch.isPresent()) {
                y = facts(c, r, y, maxY, List.of("exchange differs: " + Canvas.safe(mismatch.get().message())), t.bad);
            }
        }
        Rect area = new Rect(r.x(), y, r.width(), r.bottom() - y);
        int profileW = Math.max(28, Math.min(44, area.width() / 3));
        Rect charts = new Rect(area.x(), area.y(), area.width() - profileW - 1, area.height());
        // the hedge's fills and settlements under its charts: up to a third of the rows, the newest first; in the
        // overlay PgUp / PgDn turn its pages
        List<LedgerLines.Line> lines = s.hedge().map(h -> LedgerLines.lines(view.history(), h.id()))
                .orElse(List.of());
        int ledger = LedgerLines.wanted(lines);
        if (ledger > 0 && charts.height() >= 8) {
            int rows = Math.min(ledger, Math.max(3, charts.height() / 3));
            LedgerLines.draw(c, new Rect(charts.x(), charts.bottom() - rows, charts.width(), rows), lines,
                    ui.ledgerPage(), overlay);
            charts = new Rect(charts.x(), charts.y(), charts.width(), charts.height() - rows);
        }
        Rect profile = new Rect(charts.right() + 1, area.y(), profileW, area.height());
        c.vline(charts.right(), area.y(), area.height(), t.dim);

        int n = Math.max(1, charts.width() - AXIS - 2);
        boolean two = s.token().isPresent() && s.hedge().isPresent();
        int each = two ? charts.height() / 2 : charts.height();
        if (s.token().isPresent()) {
            chart(c, new Rect(charts.x(), charts.y(), charts.width(), each), tokenName + " spot",
                    view.charts().spotChart(s.token().get().token(), n), t);
        }
        if (s.hedge().isPresent()) {
            int top = two ? charts.y() + each : charts.y();
            chart(c, new Rect(charts.x(), top, charts.width(), charts.bottom() - top), instrument + " mark",
                    view.charts().markChart(s.hedge().get().instrument(), n), t);
        }
        String tokenKey = s.token().map(TokenRow::token).orElse("");
        String instrumentKey = s.hedge().map(HedgeRow::instrument).orElse("");
        boolean spotVolume = s.token().isPresent() && view.charts().spotHasVolume(tokenKey);
        boolean markInstead = !spotVolume && s.hedge().isPresent() && view.charts().markHasVolume(instrumentKey);
        VolumeProfileView.draw(c, profile, spotVolume || markInstead,
                markInstead ? view.charts().markProfile(instrumentKey) : view.charts().spotProfile(tokenKey),
                markInstead ? instrument + " mark" : tokenName + " spot");
    }

    /** Writes the items wrapped to the width, up to row {@code maxY}; returns the next free row. */
    private static int facts(Canvas c, Rect r, int y, int maxY, List<String> items, org.hedgetop.tui.draw.Style st) {
        for (String line : Wrap.items(items, r.width() - 2)) {
            if (y >= maxY) {
                break;
            }
            c.text(r.x() + 1, y++, r.width() - 2, line, st);
        }
        return y;
    }

    /** Columns of a chart's price axis. */
    private static final int AXIS = 10;

    private static void chart(Canvas c, Rect r, String name, Charts.Chart ch, Theme t) {
        if (r.height() < 2) {
            return;
        }
        int axis = AXIS;
        double[] v = ch.values();
        int n = v.length;
        double lo = ch.low();
        double hi = ch.high();
        String last = Double.isNaN(ch.last()) ? Fmt.NA : Fmt.price(ch.last(), 14);
        String head = name + "  last " + last + "  high " + Fmt.price(hi, 14)
                + "  low " + Fmt.price(lo, 14);
        c.text(r.x() + 1, r.y(), r.width() - 2, head, t.header);
        Rect plot = new Rect(r.x() + axis + 1, r.y() + 1, n, r.height() - 1);
        if (!Double.isFinite(lo)) {
            c.text(plot.x(), plot.y(), plot.width(), "no prices in the window", t.dim);
            return;
        }
        c.right(r.x(), plot.y(), axis, Fmt.price(hi, axis), t.dim);
        c.right(r.x(), plot.bottom() - 1, axis, Fmt.price(lo, axis), t.dim);
        Chart.draw(c, plot, v, n, lo, hi, t.chart);
    }
}

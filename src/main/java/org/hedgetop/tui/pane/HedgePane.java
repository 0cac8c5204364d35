package org.hedgetop.tui.pane;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.hedgetop.book.HedgeType;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.HedgeState;
import org.hedgetop.risk.PnlTotals;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.draw.Bars;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.text.Fmt;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Style;
import org.hedgetop.tui.draw.Table;
import org.hedgetop.tui.draw.Table.Column;
import org.hedgetop.tui.draw.Theme;

/**
 * The hedges: target, contracts held and needed, the order that closes the gap, coverage against target,
 * the average entry and the hedge's P&amp;L (price, funding and fees: DOMAIN.md section 7), and the warnings of each hedge written out (OVER, DRIFT, LIQ, EXIT, NO MKT) besides their colour. The
 * selected row is the one the keys act on.
 */
public final class HedgePane {
    private HedgePane() {
    }

    /** One line of the pane: the row and what the pane works out once for it (its state style and words). */
    record Line(HedgeRow h, Style state, String words, Theme t) {
    }

    /**
     * The columns, by drop priority (1 is dropped last). The instrument is never cut: an expiry's date is the
     * end of its name ({@code ETHUSDT_270625}), so its minimum is that name's length and a terminal too narrow
     * for it drops the column instead. The state's minimum holds three warnings whole ({@code OVER LIQ EXIT}),
     * the order's a closing order of five digits ({@code close 33,600}), the exit's a short code with more
     * ({@code price>26+1}): at 120 columns every one of them reads whole, and the ratio (also in the detail
     * view) is the column that gives way.
     */
    static final List<PaneColumn<Line>> COLUMNS = List.of(
            PaneColumn.of(new Column("hedge", 9, 12, 16, 1, Table.Align.LEFT),
                    (c, x, y, w, l) -> c.text(x, y, w, Canvas.safe(l.h().id()), l.t().normal)),
            PaneColumn.of(Column.left("instrument", 14, 14, 4),
                    (c, x, y, w, l) -> c.text(x, y, w, Canvas.safe(l.h().instrument()), l.t().normal)),
            PaneColumn.of(Column.right("target", 6, 6, 1),
                    (c, x, y, w, l) -> c.right(x, y, w, Fmt.pctTrim(l.h().targetPct()), l.t().normal)),
            PaneColumn.of(Column.right("held", 6, 9, 3),
                    (c, x, y, w, l) -> c.right(x, y, w, Fmt.count(l.h().contractsHeld(), w), l.t().normal)),
            PaneColumn.of(Column.right("needed", 6, 9, 3), (c, x, y, w, l) -> number(c, x, y, w,
                    l.h().contractsNeeded().isPresent() ? Fmt.count(l.h().contractsNeeded().getAsLong(), w) : Fmt.NA,
                    l.t())),
            PaneColumn.of(Column.left("order", 12, 12, 1), HedgePane::order),
            PaneColumn.of(Column.right("cover", 6, 7, 1), (c, x, y, w, l) -> {
                HedgeRow h = l.h();
                String s = h.coveragePct().isPresent() ? Fmt.pct(h.coveragePct().getAsDouble(), 1) : Fmt.NA;
                c.right(x, y, w, s, h.coveragePct().isPresent() ? l.state() : l.t().dim);
            }),
            PaneColumn.of(Column.left("0-200%", 6, 10, 2), (c, x, y, w, l) -> {
                if (l.h().coveragePct().isPresent()) {
                    Bars.coverage(c, x, y, w, l.h().coveragePct().getAsDouble(), l.h().targetPct(), l.state(),
                            l.t().normal);
                } else {
                    c.text(x, y, w, Fmt.NA, l.t().dim);
                }
            }),
            PaneColumn.of(Column.left("state", 13, 14, 1), (c, x, y, w, l) -> c.text(x, y, w, l.words(),
                    l.state() == l.t().good ? l.t().good : l.state())),
            PaneColumn.of(Column.left("ratio", 9, 11, 6),
                    (c, x, y, w, l) -> c.text(x, y, w, factor(l.h()), l.t().normal)),
            PaneColumn.of(Column.right("to liq", 6, 7, 3), (c, x, y, w, l) -> {
                HedgeRow h = l.h();
                c.right(x, y, w, h.liquidationDistancePct().isPresent()
                        ? Fmt.pct(h.liquidationDistancePct().getAsDouble(), 1) : Fmt.NA, h.liquidationAlert()
                        ? l.t().bad : h.liquidationDistancePct().isPresent() ? l.t().normal : l.t().dim);
            }),
            // the average entry: dropped first (needs 9)
            PaneColumn.of(Column.right("entry", 9, 9, 7),
                    (c, x, y, w, l) -> number(c, x, y, w, Fmt.price(l.h().pnl().entryPrice(), w), l.t())),
            // the hedge's P&L: price, funding, fees
            PaneColumn.of(Column.right("P&L", 6, 9, 4), (c, x, y, w, l) -> {
                OptionalDouble p = l.h().pnl().hedgePnl();
                c.right(x, y, w, Fmt.signedMoney(p, w), p.isEmpty() ? l.t().dim
                        : p.getAsDouble() < 0 ? l.t().bad : l.t().good);
            }),
            PaneColumn.of(new Column("exit fired", 10, 20, 48, 4, Table.Align.LEFT), (c, x, y, w, l) -> {
                List<String> fired = l.h().exitFired();
                String full = Canvas.safe(String.join(", ", fired));
                String e = fired.isEmpty() ? "-" : full.length() <= w ? full : exitCode(fired);
                c.text(x, y, w, e, fired.isEmpty() ? l.t().dim : l.t().warn);
            }),
            // hedge effectiveness over the window: dropped first
            PaneColumn.of(Column.right("effect.", 7, 7, 8), (c, x, y, w, l) -> c.right(x, y, w,
                    Fmt.fit(l.h().effectiveness(), 2, w), l.h().effectiveness().isPresent() ? l.t().normal
                            : l.t().dim)));

    /** The column layouts, for {@link Table#fit}. */
    static final List<Column> LAYOUTS = PaneColumn.layouts(COLUMNS);

    public static void draw(Canvas c, Rect r, RiskView view, UiState ui) {
        draw(c, r, view, instrument -> false, ui);
    }

    /** {@code refused} tells which instruments' last mark was refused (the row says so). */
    public static void draw(Canvas c, Rect r, RiskView view, Predicate<String> refused, UiState ui) {
        if (r.height() < 2) {
            return;
        }
        Theme t = c.theme();
        List<HedgeRow> rows = view.hedges();
        int body = PaneTitle.bodyRows(r);
        int sel = Math.max(0, Math.min(ui.selectedHedge(), rows.size() - 1));
        int first = PaneTitle.offset(sel, body, rows.size());
        int shown = Math.min(body, rows.size() - first);
        boolean focused = ui.focus() == UiState.Pane.HEDGES;
        PaneTitle.draw(c, r, "Hedges", note(view), focused, first, shown, rows.size());
        int[] w = Table.fit(LAYOUTS, r.width());
        int[] xs = Table.xs(w, r.x());
        Table.header(c, r.y() + 1, LAYOUTS, w, xs, t.header);
        if (rows.isEmpty()) {
            c.text(r.x(), r.y() + 2, r.width(), "no hedges in this book", t.dim);
            return;
        }
        for (int k = 0; k < shown; k++) {
            int i = first + k;
            int y = r.y() + 2 + k;
            row(c, y, w, xs, rows.get(i), refused.test(rows.get(i).instrument()), t,
                    mismatch(view, rows.get(i).id()).isPresent());
            if (i == sel) {
                c.restyle(r.x(), y, r.width(), focused ? Style::selected : Style::marked);
            }
        }
    }

    /**
     * The account's position_mismatch of a hedge, if its alert carries one (a book with {@code account:}):
     * the row is marked, the detail view gives the words with both numbers.
     */
    static java.util.Optional<org.hedgetop.risk.Alert> mismatch(RiskView view, String hedgeId) {
        return view.alerts().stream().filter(a -> a.subject().equals(hedgeId)
                && a.flags().contains(org.hedgetop.risk.Alert.Kind.POSITION_MISMATCH)).findFirst();
    }

    private static void row(Canvas c, int y, int[] w, int[] xs, HedgeRow h, boolean refused, Theme t,
                            boolean mismatch) {
        Style state = mismatch ? t.bad : refused && stateStyle(h, t) == t.good ? t.warn : stateStyle(h, t);
        // the mark shown is the last good one: its latest update was refused (an absurd or zero price)
        String words = !refused ? stateWords(h) : stateWords(h).equals("ok") ? "REFUSED" : "REFUSED " + stateWords(h);
        if (mismatch) {
            words = (t.unicode ? "\u2260EX " : "!EX ") + words; // the ledger and the account differ
        }
        PaneColumn.line(c, y, w, xs, COLUMNS, new Line(h, state, words, t));
    }

    /** A fired exit rule wins over sizing: close the hedge rather than add to it. */
    private static void order(Canvas c, int x, int y, int w, Line l) {
        HedgeRow h = l.h();
        boolean close = h.action().startsWith("close ");
        String o = close ? "close " + Fmt.count(Math.abs(h.contractsHeld()), Math.max(1, w - 6)) : Fmt.order(h.order(), w);
        c.text(x, y, w, o, close ? l.t().warn : o.equals("-") || o.equals(Fmt.NA) ? l.t().dim : l.t().normal);
    }

    /**
     * Book-wide coverage and net delta: what the hedges add up to; then the book's P&amp;L (DOMAIN.md section 7),
     * net first (the title is cut on narrow terminals): spot, the hedges' price P&amp;L (realized + unrealized),
     * funding and fees.
     */
    static String note(RiskView view) {
        String cov = view.totals().coveragePct().isPresent()
                ? Fmt.pct(view.totals().coveragePct().getAsDouble(), 1) : Fmt.NA;
        String note = "book coverage " + cov + ", net delta " + ExposurePane.abbrev(view.totals().netDelta(), true);
        PnlTotals p = view.totals().pnl();
        if (p.spotPnl().isEmpty() && p.hedgePnl().isEmpty()) {
            return note;
        }
        OptionalDouble price = p.unrealizedPnl().isPresent()
                ? OptionalDouble.of(p.realizedPnl() + p.unrealizedPnl().getAsDouble()) : OptionalDouble.empty();
        return note + "; P&L " + abbrev(p.netPnl()) + " = spot " + abbrev(p.spotPnl()) + ", price " + abbrev(price)
                + ", funding " + abbrev(view.totals().fundingAccrued()) + ", fees " + abbrev(OptionalDouble.of(-p.fees()));
    }

    private static String abbrev(OptionalDouble v) {
        return v.isPresent() ? Fmt.abbrev(v.getAsDouble(), 1, true) : Fmt.NA;
    }

    private static void number(Canvas c, int x, int y, int w, String s, Theme t) {
        c.right(x, y, w, s, s.equals(Fmt.NA) ? t.dim : t.normal);
    }

    /** Over-hedged and liquidation are red, drift and exit yellow, a hedge in line green. */
    static Style stateStyle(HedgeRow h, Theme t) {
        if (h.overHedged() || h.liquidationAlert() || h.noMarket() || HedgeState.unpriced(h) || h.contractsHeld() < 0) {
            return t.bad;
        }
        if (h.drift() || !h.exitFired().isEmpty()) {
            return t.warn;
        }
        return t.good;
    }

    /**
     * The row's short code for the fired exit rules, to fit a narrow column: {@code price>40}, {@code price<100},
     * {@code vol<40}, {@code days>60}, {@code after}; {@code +N} appended when N more fired. The rules in full, with
     * threshold and current value, are in the detail view (Enter), the alert and the report.
     */
    static String exitCode(List<String> fired) {
        String[] first = fired.get(0).split(" ", 3);
        String threshold = first.length > 1 ? first[1] : "";
        String code = switch (first[0]) {
            case "price_above" -> "price>" + threshold;
            case "price_below" -> "price<" + threshold;
            case "volatility_below_pct" -> "vol<" + threshold;
            case "max_days" -> "days>" + threshold;
            default -> first[0];
        };
        return Canvas.safe(fired.size() == 1 ? code : code + "+" + (fired.size() - 1));
    }

    /** The state in words: {@link HedgeState#words}, the report's words too. */
    public static String stateWords(HedgeRow h) {
        return HedgeState.words(h);
    }

    /** "direct" for a hedge on its own token, else the ratio and its value: "beta 1.40". */
    static String factor(HedgeRow h) {
        boolean direct = h.covers().size() == 1 && h.covers().get(0).equals(h.underlying());
        if (direct) {
            return "direct";
        }
        String name = switch (h.ratio()) {
            case BETA -> "beta";
            case CORRELATION -> "rho";
            case ONE -> "one";
        };
        return name + " " + (h.factor().isPresent() ? Fmt.fixed(h.factor().getAsDouble(), 2) : Fmt.NA);
    }

    static boolean isExpiry(HedgeRow h) {
        return h.type() == HedgeType.EXPIRY;
    }
}

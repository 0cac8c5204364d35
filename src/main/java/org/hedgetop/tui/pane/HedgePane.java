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
import org.hedgetop.tui.draw.Fmt;
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

    static final int ID = 0;
    static final int INSTRUMENT = 1;
    static final int TARGET = 2;
    static final int HELD = 3;
    static final int NEEDED = 4;
    static final int ORDER = 5;
    static final int COVER = 6;
    static final int BAR = 7;
    static final int STATE = 8;
    static final int FACTOR = 9;
    static final int LIQ = 10;
    static final int ENTRY = 11;
    static final int PNL = 12;
    static final int EXIT = 13;
    static final int EFFECT = 14;

    public static final List<Column> COLUMNS = List.of(
            new Column("hedge", 9, 12, 16, 1, Table.Align.LEFT),
            Column.left("instrument", 10, 14, 4),
            Column.right("target", 6, 6, 1),
            Column.right("held", 6, 9, 3),
            Column.right("needed", 6, 9, 3),
            Column.left("order", 10, 12, 1),
            Column.right("cover", 6, 7, 1),
            Column.left("0-200%", 6, 10, 2),
            Column.left("state", 9, 14, 1),
            Column.left("ratio", 9, 11, 6),
            Column.right("to liq", 6, 7, 3),
            Column.right("entry", 9, 9, 7),            // the average entry: dropped first (needs 9)
            Column.right("P&L", 6, 9, 4),              // the hedge's P&L: price, funding, fees
            new Column("exit fired", 10, 20, 48, 4, Table.Align.LEFT),
            Column.right("effect.", 7, 7, 8));          // hedge effectiveness over the window: dropped first

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
        int[] w = Table.fit(COLUMNS, r.width());
        int[] xs = Table.xs(w, r.x());
        Table.header(c, r.y() + 1, COLUMNS, w, xs, t.header);
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
        for (int col = 0; col < w.length; col++) {
            int cw = w[col];
            if (cw == 0) {
                continue;
            }
            int x = xs[col];
            switch (col) {
                case ID -> c.text(x, y, cw, Canvas.safe(h.id()), t.normal);
                case INSTRUMENT -> c.text(x, y, cw, Canvas.safe(h.instrument()), t.normal);
                case TARGET -> c.right(x, y, cw, Fmt.pctTrim(h.targetPct()), t.normal);
                case HELD -> c.right(x, y, cw, Fmt.count(h.contractsHeld(), cw), t.normal);
                case NEEDED -> number(c, x, y, cw, h.contractsNeeded().isPresent()
                        ? Fmt.count(h.contractsNeeded().getAsLong(), cw) : Fmt.NA, t);
                case ORDER -> {
                    // a fired exit rule wins over sizing: close the hedge rather than add to it
                    boolean close = h.action().startsWith("close ");
                    String o = close ? "close " + Fmt.count(Math.abs(h.contractsHeld()), Math.max(1, cw - 6))
                            : Fmt.order(h.order(), cw);
                    c.text(x, y, cw, o, close ? t.warn : o.equals("-") || o.equals(Fmt.NA) ? t.dim : t.normal);
                }
                case COVER -> {
                    String s = h.coveragePct().isPresent() ? Fmt.pct(h.coveragePct().getAsDouble(), 1) : Fmt.NA;
                    c.right(x, y, cw, s, h.coveragePct().isPresent() ? state : t.dim);
                }
                case BAR -> {
                    if (h.coveragePct().isPresent()) {
                        Bars.coverage(c, x, y, cw, h.coveragePct().getAsDouble(), h.targetPct(), state, t.normal);
                    } else {
                        c.text(x, y, cw, Fmt.NA, t.dim);
                    }
                }
                case STATE -> c.text(x, y, cw, words, state == t.good ? t.good : state);
                case FACTOR -> c.text(x, y, cw, factor(h), t.normal);
                case LIQ -> c.right(x, y, cw, h.liquidationDistancePct().isPresent()
                        ? Fmt.pct(h.liquidationDistancePct().getAsDouble(), 1) : Fmt.NA,
                        h.liquidationAlert() ? t.bad : h.liquidationDistancePct().isPresent() ? t.normal : t.dim);
                case ENTRY -> number(c, x, y, cw, Fmt.price(h.pnl().entryPrice(), cw), t);
                case PNL -> {
                    String p = Fmt.signedMoney(h.pnl().hedgePnl(), cw);
                    c.right(x, y, cw, p, h.pnl().hedgePnl().isEmpty() ? t.dim
                            : h.pnl().hedgePnl().getAsDouble() < 0 ? t.bad : t.good);
                }
                case EXIT -> {
                    String full = Canvas.safe(String.join(", ", h.exitFired()));
                    String e = h.exitFired().isEmpty() ? "-" : full.length() <= cw ? full : exitCode(h.exitFired());
                    c.text(x, y, cw, e, h.exitFired().isEmpty() ? t.dim : t.warn);
                }
                case EFFECT -> c.right(x, y, cw, Fmt.fit(h.effectiveness(), 2, cw),
                        h.effectiveness().isPresent() ? t.normal : t.dim);
                default -> {
                }
            }
        }
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

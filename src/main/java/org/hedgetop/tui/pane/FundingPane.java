package org.hedgetop.tui.pane;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.RiskView;
import org.hedgetop.risk.TokenRow;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Fmt;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Style;
import org.hedgetop.tui.draw.Table;
import org.hedgetop.tui.draw.Table.Column;
import org.hedgetop.tui.draw.Theme;

/**
 * Carry of each hedge: funding rate per period and as APR, time to the next funding, funding accrued since
 * the hedge was opened (received +, paid -), funding and staking carry per year side by side, and the basis
 * with its name (contango / backwardation) and, for expiry futures, annualised. A column that does not apply
 * to the instrument type (funding of an expiry future, annualised basis of a perpetual) shows "-"; a value
 * that applies but is unknown shows n/a.
 */
public final class FundingPane {
    private FundingPane() {
    }

    static final int ID = 0;
    static final int TYPE = 1;
    static final int RATE = 2;
    static final int APR = 3;
    static final int NEXT = 4;
    static final int ACCRUED = 5;
    static final int FUND_YR = 6;
    static final int STAKE_YR = 7;
    static final int NET_YR = 8;
    static final int BASIS = 9;
    static final int CURVE = 10;
    static final int ANNUAL = 11;

    public static final List<Column> COLUMNS = List.of(
            new Column("hedge", 9, 12, 16, 1, Table.Align.LEFT),
            Column.left("type", 4, 4, 7),
            Column.right("rate", 8, 9, 1),
            Column.right("APR", 7, 8, 1),
            Column.right("next", 6, 7, 2),
            Column.right("accrued", 7, 10, 1),
            Column.right("fund/yr", 7, 10, 5),
            Column.right("stake/yr", 8, 10, 3),
            Column.right("net/yr", 8, 10, 6),
            Column.right("basis", 7, 8, 1),
            Column.left("curve", 8, 13, 2),
            Column.right("basis/yr", 8, 9, 3));

    public static void draw(Canvas c, Rect r, RiskView view, UiState ui) {
        if (r.height() < 2) {
            return;
        }
        Theme t = c.theme();
        List<HedgeRow> rows = view.hedges();
        int body = PaneTitle.bodyRows(r);
        int sel = Math.max(0, Math.min(ui.selectedHedge(), rows.size() - 1));
        int first = PaneTitle.offset(sel, body, rows.size());
        int shown = Math.min(body, rows.size() - first);
        boolean focused = ui.focus() == UiState.Pane.FUNDING;
        PaneTitle.draw(c, r, "Funding & basis", "received +, paid -; carry per year", focused, first, shown,
                rows.size());
        int[] w = Table.fit(COLUMNS, r.width());
        int[] xs = Table.xs(w, r.x());
        Table.header(c, r.y() + 1, COLUMNS, w, xs, t.header);
        if (rows.isEmpty()) {
            c.text(r.x(), r.y() + 2, r.width(), "no hedges in this book", t.dim);
            return;
        }
        Map<String, TokenRow> tokens = w[STAKE_YR] > 0 || w[NET_YR] > 0 ? byToken(view) : Map.of();
        boolean[] full = new boolean[COLUMNS.size()];
        for (int col : MONEY) {
            full[col] = true;
            for (int k = 0; k < shown && w[col] > 0; k++) {
                OptionalDouble v = moneyValue(col, rows.get(first + k), tokens);
                if (v.isPresent() && Fmt.signedMoney(v.getAsDouble(), Integer.MAX_VALUE).length() > w[col]) {
                    full[col] = false;
                }
            }
        }
        for (int k = 0; k < shown; k++) {
            int i = first + k;
            int y = r.y() + 2 + k;
            row(c, y, w, xs, full, rows.get(i), view, tokens, t);
            if (i == sel) {
                c.restyle(r.x(), y, r.width(), focused ? Style::selected : Style::marked);
            }
        }
    }

    /** The money columns: shown in full when every visible value fits, else all abbreviated. */
    private static final int[] MONEY = {ACCRUED, FUND_YR, STAKE_YR, NET_YR};

    /** Value of a money column; empty when unknown or when it does not apply ({@link #applies}). */
    static OptionalDouble moneyValue(int col, HedgeRow h, Map<String, TokenRow> tokens) {
        boolean perp = !HedgePane.isExpiry(h);
        switch (col) {
            case ACCRUED:
                return perp ? h.fundingAccrued() : OptionalDouble.empty();
            case FUND_YR:
                return perp ? h.fundingCarryPerYear() : OptionalDouble.empty();
            case STAKE_YR:
                return stakingCarry(h, tokens);
            case NET_YR:
                OptionalDouble s = stakingCarry(h, tokens);
                OptionalDouble f = perp ? h.fundingCarryPerYear() : OptionalDouble.of(0);
                return f.isPresent() ? OptionalDouble.of(s.orElse(0) + f.getAsDouble()) : OptionalDouble.empty();
            default:
                return OptionalDouble.empty();
        }
    }

    /** Funding does not apply to expiry futures, staking carry not to a hedge of tokens that do not stake. */
    static boolean applies(int col, HedgeRow h, Map<String, TokenRow> tokens) {
        boolean perp = !HedgePane.isExpiry(h);
        return switch (col) {
            case ACCRUED, FUND_YR -> perp;
            case STAKE_YR -> stakingCarry(h, tokens).isPresent();
            case NET_YR -> perp || stakingCarry(h, tokens).isPresent();
            default -> true;
        };
    }

    private static Map<String, TokenRow> byToken(RiskView view) {
        Map<String, TokenRow> m = new HashMap<>(view.tokens().size() * 2);
        for (TokenRow tr : view.tokens()) {
            m.put(tr.token(), tr);
        }
        return m;
    }

    /** Staking carry per year of the tokens a hedge covers; empty when none of them stakes. */
    static OptionalDouble stakingCarry(HedgeRow h, Map<String, TokenRow> tokens) {
        double sum = 0;
        boolean any = false;
        for (String token : h.covers()) {
            TokenRow tr = tokens.get(token);
            if (tr != null && tr.stakingCarryPerYear().isPresent()) {
                sum += tr.stakingCarryPerYear().getAsDouble();
                any = true;
            }
        }
        return any ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    private static void row(Canvas c, int y, int[] w, int[] xs, boolean[] full, HedgeRow h, RiskView view,
                            Map<String, TokenRow> tokens, Theme t) {
        boolean perp = !HedgePane.isExpiry(h);
        for (int col = 0; col < w.length; col++) {
            int cw = w[col];
            if (cw == 0) {
                continue;
            }
            int x = xs[col];
            switch (col) {
                case ID -> c.text(x, y, cw, Canvas.safe(h.id()), t.normal);
                case TYPE -> c.text(x, y, cw, perp ? "perp" : "exp", t.normal);
                case RATE -> signed(c, x, y, cw, perp, h.fundingRate().isPresent()
                        ? OptionalDouble.of(h.fundingRate().getAsDouble() * 100) : OptionalDouble.empty(), 4, t);
                case APR -> signed(c, x, y, cw, perp, h.fundingAprPct(), 2, t);
                case NEXT -> {
                    String s = !perp ? "-" : h.nextFundingTime().isPresent()
                            ? Fmt.countdown(Duration.between(view.time(), h.nextFundingTime().get())) : Fmt.NA;
                    c.right(x, y, cw, s, s.equals("-") || s.equals(Fmt.NA) ? t.dim : t.normal);
                }
                case ACCRUED, FUND_YR, STAKE_YR, NET_YR -> money(c, x, y, cw, applies(col, h, tokens),
                        moneyValue(col, h, tokens), full[col], t);
                case BASIS -> signed(c, x, y, cw, true, h.basisPct(), 2, t);
                case CURVE -> {
                    String s = curve(h.basisPct(), cw);
                    c.text(x, y, cw, s, s.equals(Fmt.NA) ? t.dim : t.normal);
                }
                case ANNUAL -> signed(c, x, y, cw, !perp, h.basisAnnualizedPct(), 2, t);
                default -> {
                }
            }
        }
    }

    /** "contango" above spot, "backwardation" below ("backwd" when the column is narrow), "flat" at spot. */
    public static String curve(OptionalDouble basisPct, int width) {
        if (basisPct.isEmpty()) {
            return Fmt.NA;
        }
        double b = basisPct.getAsDouble();
        if (Fmt.fixed(b, 2).equals("0.00")) {
            return "flat";
        }
        if (b > 0) {
            return "contango";
        }
        return width >= 13 ? "backwardation" : "backwd";
    }

    private static void signed(Canvas c, int x, int y, int w, boolean applies, OptionalDouble v, int decimals,
                               Theme t) {
        if (!applies) {
            c.right(x, y, w, "-", t.dim);
        } else if (v.isEmpty()) {
            c.right(x, y, w, Fmt.NA, t.dim);
        } else {
            c.right(x, y, w, Fmt.signedPct(v.getAsDouble(), decimals), t.bySign(v.getAsDouble()));
        }
    }

    private static void money(Canvas c, int x, int y, int w, boolean applies, OptionalDouble v, boolean full,
                              Theme t) {
        if (!applies) {
            c.right(x, y, w, "-", t.dim);
        } else if (v.isEmpty()) {
            c.right(x, y, w, Fmt.NA, t.dim);
        } else {
            double d = v.getAsDouble();
            c.right(x, y, w, full ? Fmt.signedMoney(d, w) : Fmt.abbreviated(d, w, true), t.bySign(d));
        }
    }
}

package org.hedgetop.tui.pane;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.text.Fmt;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Style;
import org.hedgetop.tui.draw.Table;
import org.hedgetop.tui.draw.Table.Column;
import org.hedgetop.tui.draw.Theme;

/**
 * Carry of each hedge: funding rate per period and as APR, time to the next funding, funding accrued since
 * the hedge was opened (received +, paid -), funding and staking carry per year side by side (the staking
 * share and net carry come from the view, a token's staking counted once over its hedges), and the basis
 * with its name (contango / backwardation) and, for expiry futures, annualised. A column that does not apply
 * to the instrument type (funding of an expiry future, annualised basis of a perpetual) shows "-"; a value
 * that applies but is unknown shows n/a.
 */
public final class FundingPane {
    private FundingPane() {
    }

    /** One line: the row, the view's time, and which money columns are abbreviated (their values did not fit). */
    record Line(HedgeRow h, Instant now, Set<String> abbreviated, Theme t) {
        boolean perp() {
            return !HedgePane.isExpiry(h);
        }
    }

    /** A money column: its value (empty when unknown or not applying) and whether it applies to a hedge. */
    record Money(String header, Function<HedgeRow, OptionalDouble> value, Predicate<HedgeRow> applies) {
    }

    /** Funding does not apply to expiry futures, staking carry not to a hedge of tokens that do not stake. */
    static final List<Money> MONEY = List.of(
            new Money("accrued", h -> perp(h) ? h.fundingAccrued() : OptionalDouble.empty(), FundingPane::perp),
            new Money("fund/yr", h -> perp(h) ? h.fundingCarryPerYear() : OptionalDouble.empty(), FundingPane::perp),
            // the staking share and the net carry are the view's: a token's staking counted once over its hedges
            new Money("stake/yr", h -> h.funding().stakingCarryPerYear(),
                    h -> h.funding().stakingCarryPerYear().isPresent()),
            new Money("net/yr", h -> h.funding().netCarryPerYear(),
                    h -> perp(h) || h.funding().stakingCarryPerYear().isPresent()));

    static final List<PaneColumn<Line>> COLUMNS = List.of(
            PaneColumn.of(new Column("hedge", 9, 12, 16, 1, Table.Align.LEFT),
                    (c, x, y, w, l) -> c.text(x, y, w, Canvas.safe(l.h().id()), l.t().normal)),
            PaneColumn.of(Column.left("type", 4, 4, 7),
                    (c, x, y, w, l) -> c.text(x, y, w, l.perp() ? "perp" : "exp", l.t().normal)),
            PaneColumn.of(Column.right("rate", 8, 9, 1), (c, x, y, w, l) -> signed(c, x, y, w, l.perp(),
                    l.h().fundingRate().isPresent() ? OptionalDouble.of(l.h().fundingRate().getAsDouble() * 100)
                            : OptionalDouble.empty(), 4, l.t())),
            PaneColumn.of(Column.right("APR", 7, 8, 1),
                    (c, x, y, w, l) -> signed(c, x, y, w, l.perp(), l.h().fundingAprPct(), 2, l.t())),
            PaneColumn.of(Column.right("next", 6, 7, 2), (c, x, y, w, l) -> {
                String s = !l.perp() ? "-" : l.h().nextFundingTime().isPresent()
                        ? Fmt.countdown(Duration.between(l.now(), l.h().nextFundingTime().get())) : Fmt.NA;
                c.right(x, y, w, s, s.equals("-") || s.equals(Fmt.NA) ? l.t().dim : l.t().normal);
            }),
            money(MONEY.get(0), 7, 10, 1),
            money(MONEY.get(1), 7, 10, 5),
            money(MONEY.get(2), 8, 10, 3),
            money(MONEY.get(3), 8, 10, 6),
            PaneColumn.of(Column.right("basis", 7, 8, 1),
                    (c, x, y, w, l) -> signed(c, x, y, w, true, l.h().basisPct(), 2, l.t())),
            PaneColumn.of(Column.left("curve", 8, 13, 2), (c, x, y, w, l) -> {
                String s = curve(l.h().basisPct(), w);
                c.text(x, y, w, s, s.equals(Fmt.NA) ? l.t().dim : l.t().normal);
            }),
            PaneColumn.of(Column.right("basis/yr", 8, 9, 3),
                    (c, x, y, w, l) -> signed(c, x, y, w, !l.perp(), l.h().basisAnnualizedPct(), 2, l.t())));

    static final List<Column> LAYOUTS = PaneColumn.layouts(COLUMNS);

    private static PaneColumn<Line> money(Money m, int min, int pref, int priority) {
        return PaneColumn.of(Column.right(m.header(), min, pref, priority), (c, x, y, w, l) -> money(c, x, y, w,
                m.applies().test(l.h()), m.value().apply(l.h()), !l.abbreviated().contains(m.header()), l.t()));
    }

    private static boolean perp(HedgeRow h) {
        return !HedgePane.isExpiry(h);
    }

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
        String note = "received +, paid -; carry per year";
        String totals = totals(view);
        // the totals only where they fit whole, with the title and a row range beside them
        if ("- Funding & basis - ".length() + note.length() + totals.length() + " - 100-200 of 200 -".length()
                <= r.width()) {
            note += totals;
        }
        PaneTitle.draw(c, r, "Funding & basis", note, focused, first, shown, rows.size());
        int[] w = Table.fit(LAYOUTS, r.width());
        int[] xs = Table.xs(w, r.x());
        Table.header(c, r.y() + 1, LAYOUTS, w, xs, t.header);
        if (rows.isEmpty()) {
            c.text(r.x(), r.y() + 2, r.width(), "no hedges in this book", t.dim);
            return;
        }
        // a money column reads in one form: in full when every visible value fits, else all abbreviated
        Set<String> abbreviated = new HashSet<>();
        for (Money m : MONEY) {
            int cw = w[PaneColumn.indexOf(COLUMNS, m.header())];
            for (int k = 0; k < shown && cw > 0; k++) {
                OptionalDouble v = m.value().apply(rows.get(first + k));
                if (v.isPresent() && Fmt.signedMoney(v.getAsDouble(), Integer.MAX_VALUE).length() > cw) {
                    abbreviated.add(m.header());
                }
            }
        }
        for (int k = 0; k < shown; k++) {
            int i = first + k;
            int y = r.y() + 2 + k;
            PaneColumn.line(c, y, w, xs, COLUMNS, new Line(rows.get(i), view.time(), abbreviated, t));
            if (i == sel) {
                c.restyle(r.x(), y, r.width(), focused ? Style::selected : Style::marked);
            }
        }
    }

    /**
     * "; accrued +4.6K, staking +22.4K/yr": the book's funding and staking totals, which the exposure pane's
     * TOTAL row has room for only on wide terminals.
     */
    static String totals(RiskView view) {
        boolean stakes = view.tokens().stream().anyMatch(tr -> tr.stakingApyPct().isPresent());
        String accrued = ExposurePane.abbrev(view.totals().fundingAccrued(), true);
        return "; accrued " + accrued + (stakes ? ", staking " + Fmt.abbrev(view.totals().stakingCarryPerYear(), 1,
                true) + "/yr" : "");
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

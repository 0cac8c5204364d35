package org.hedgetop.tui.pane;

import java.util.List;
import java.util.OptionalDouble;
import org.hedgetop.risk.RiskView;
import org.hedgetop.risk.TokenRow;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.text.Fmt;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Style;
import org.hedgetop.tui.draw.Table;
import org.hedgetop.tui.draw.Table.Column;
import org.hedgetop.tui.draw.Theme;

/**
 * How each token moves with BTC and ETH over the statistics window: rho (correlation of log returns), beta
 * (the minimum-variance hedge ratio) and annualised volatility. Fewer than three common returns is n/a.
 */
public final class CorrelationPane {
    private CorrelationPane() {
    }

    public static final List<Column> COLUMNS = List.of(
            Column.left("token", 5, 8, 1),
            Column.right("rho BTC", 7, 7, 1),
            Column.right("beta BTC", 8, 8, 2),
            Column.right("rho ETH", 7, 7, 1),
            Column.right("beta ETH", 8, 8, 2),
            Column.right("vol/yr", 6, 7, 1));

    /** Width at which every column has its preferred width. */
    public static final int PREFERRED_WIDTH = 8 + 7 + 8 + 7 + 8 + 7 + 5;

    /** Width at which every column but the token is shown at its minimum (beside the exposure pane). */
    public static final int MIN_WIDTH_BESIDE = 7 + 8 + 7 + 8 + 6 + 4;

    /**
     * @param pinned rows left blank at the bottom, so that beside the exposure pane the rows line up with
     *               its token rows above its total row
     */
    public static void draw(Canvas c, Rect r, RiskView view, UiState ui, int pinned) {
        draw(c, r, view, ui, pinned, true);
    }

    /**
     * @param withToken false beside the exposure pane, whose token column the rows line up with
     */
    public static void draw(Canvas c, Rect r, RiskView view, UiState ui, int pinned, boolean withToken) {
        if (r.height() < 2) {
            return;
        }
        Theme t = c.theme();
        List<TokenRow> rows = view.tokens();
        int body = Math.max(0, PaneTitle.bodyRows(r) - pinned);
        int sel = Math.max(0, Math.min(ui.selectedToken(), rows.size() - 1));
        int first = PaneTitle.offset(sel, body, rows.size());
        int shown = Math.max(0, Math.min(body, rows.size() - first));
        boolean focused = ui.focus() == UiState.Pane.CORRELATION;
        PaneTitle.draw(c, r, "Correlation", view.window() + " x " + view.interval().label() + " returns", focused,
                first, shown, rows.size());
        List<Column> cols = withToken ? COLUMNS : COLUMNS.subList(1, COLUMNS.size());
        int[] fitted = Table.fit(cols, r.width());
        int[] w = new int[COLUMNS.size()];
        System.arraycopy(fitted, 0, w, withToken ? 0 : 1, fitted.length);
        int[] xs = Table.xs(w, r.x());
        Table.header(c, r.y() + 1, COLUMNS, w, xs, t.header);

        for (int k = 0; k < shown; k++) {
            int i = first + k;
            int y = r.y() + 2 + k;
            TokenRow tr = rows.get(i);
            for (int col = 0; col < w.length; col++) {
                if (w[col] == 0) {
                    continue;
                }
                switch (col) {
                    case 0 -> c.text(xs[col], y, w[col], Canvas.safe(tr.token()), t.normal);
                    case 1 -> num(c, xs[col], y, w[col], tr.rhoBtc(), t);
                    case 2 -> num(c, xs[col], y, w[col], tr.betaBtc(), t);
                    case 3 -> num(c, xs[col], y, w[col], tr.rhoEth(), t);
                    case 4 -> num(c, xs[col], y, w[col], tr.betaEth(), t);
                    case 5 -> c.right(xs[col], y, w[col], tr.volatilityPct().isPresent()
                            ? Fmt.pct(tr.volatilityPct().getAsDouble(), 1) : Fmt.NA,
                            tr.volatilityPct().isPresent() ? t.normal : t.dim);
                    default -> {
                    }
                }
            }
            if (i == sel) {
                c.restyle(r.x(), y, r.width(), focused ? Style::selected : Style::marked);
            }
        }
    }

    private static void num(Canvas c, int x, int y, int w, OptionalDouble v, Theme t) {
        c.right(x, y, w, v.isPresent() ? Fmt.fixed(v.getAsDouble(), 2) : Fmt.NA, v.isPresent() ? t.normal : t.dim);
    }
}

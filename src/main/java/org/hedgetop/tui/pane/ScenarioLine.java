package org.hedgetop.tui.pane;

import java.util.ArrayList;
import java.util.List;
import org.hedgetop.risk.ScenarioResult;
import org.hedgetop.risk.Scenarios;
import org.hedgetop.risk.Totals;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.text.Fmt;
import org.hedgetop.tui.draw.Style;
import org.hedgetop.tui.draw.Theme;

/**
 * The shock scenarios on one row: shock size, then spot, hedge and net P&L for the uniform shock (every
 * price moves by the shock) and the market shock (BTC moves by the shock, the rest by their beta). The
 * widest form that fits is used: full numbers with labels, abbreviated numbers with labels, and on narrow
 * terminals "spot hedge = net" without labels, followed by a key to that order.
 */
public final class ScenarioLine {
    private ScenarioLine() {
    }

    /** A run of text in one style. */
    private record Piece(String text, Style style) {
    }

    /** Which legs rest on a known price: those that do not read n/a, as the totals do, never 0. */
    private record Known(boolean spot, boolean hedge, boolean net) {
        static final Known ALL = new Known(true, true, true);
    }

    public static void draw(Canvas c, int y, int width, Scenarios s) {
        draw(c, y, width, s, Known.ALL);
    }

    public static void draw(Canvas c, int y, int width, Scenarios s, Totals totals) {
        draw(c, y, width, s, new Known(totals.exposure().isPresent(), totals.hedgedNotional().isPresent(),
                totals.netDelta().isPresent()));
    }

    private static void draw(Canvas c, int y, int width, Scenarios s, Known k) {
        Theme t = c.theme();
        c.fill(0, y, width, 1, ' ', t.normal);
        List<Piece> line = labelled(s, true, t, k);
        if (length(line) + 1 > width) {
            line = labelled(s, false, t, k);
        }
        if (length(line) + 1 > width) {
            line = compact(s, t, k);
            Piece key = new Piece("  (spot hedge = net)", t.dim);
            if (length(line) + key.text().length() + 1 <= width) {
                line.add(key);
            }
        }
        int x = 1;
        for (Piece p : line) {
            x += c.text(x, y, width - x, p.text(), p.style());
        }
    }

    private static List<Piece> labelled(Scenarios s, boolean full, Theme t, Known k) {
        List<Piece> p = new ArrayList<>();
        p.add(new Piece("Shock " + Fmt.signedPct(s.shockPct(), 0), t.header));
        p.add(new Piece("  uniform", t.header));
        values(p, s.uniform(), full, t, k);
        p.add(new Piece("  | market", t.header));
        values(p, s.market(), full, t, k);
        return p;
    }

    private static void values(List<Piece> p, ScenarioResult r, boolean full, Theme t, Known k) {
        p.add(new Piece(" spot ", t.normal));
        p.add(piece(r.spotPnl(), k.spot(), full, t));
        p.add(new Piece(" hedge ", t.normal));
        p.add(piece(r.hedgePnl(), k.hedge(), full, t));
        p.add(new Piece(" net ", t.normal));
        p.add(piece(r.netPnl(), k.net(), full, t));
    }

    private static List<Piece> compact(Scenarios s, Theme t, Known known) {
        List<Piece> p = new ArrayList<>();
        p.add(new Piece("Shock " + Fmt.signedPct(s.shockPct(), 0), t.header));
        for (int k = 0; k < 2; k++) {
            ScenarioResult r = k == 0 ? s.uniform() : s.market();
            p.add(new Piece(k == 0 ? " uniform " : " | market ", t.header));
            p.add(piece(r.spotPnl(), known.spot(), false, t));
            p.add(new Piece(" ", t.normal));
            p.add(piece(r.hedgePnl(), known.hedge(), false, t));
            p.add(new Piece(" = ", t.normal));
            p.add(piece(r.netPnl(), known.net(), false, t));
        }
        return p;
    }

    private static Piece piece(double v, boolean known, boolean full, Theme t) {
        return known ? new Piece(number(v, full), t.bySign(v)) : new Piece(Fmt.NA, t.dim);
    }

    private static String number(double v, boolean full) {
        return full ? Fmt.signed(v, 0) : Fmt.abbrev(v, 1, true);
    }

    private static int length(List<Piece> line) {
        int n = 0;
        for (Piece p : line) {
            n += p.text().length();
        }
        return n;
    }
}

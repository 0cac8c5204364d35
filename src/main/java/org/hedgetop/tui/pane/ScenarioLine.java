package org.hedgetop.tui.pane;

import java.util.ArrayList;
import java.util.List;
import org.hedgetop.risk.ScenarioResult;
import org.hedgetop.risk.Scenarios;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Fmt;
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

    public static void draw(Canvas c, int y, int width, Scenarios s) {
        Theme t = c.theme();
        c.fill(0, y, width, 1, ' ', t.normal);
        List<Piece> line = labelled(s, true, t);
        if (length(line) + 1 > width) {
            line = labelled(s, false, t);
        }
        if (length(line) + 1 > width) {
            line = compact(s, t);
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

    private static List<Piece> labelled(Scenarios s, boolean full, Theme t) {
        List<Piece> p = new ArrayList<>();
        p.add(new Piece("Shock " + Fmt.signedPct(s.shockPct(), 0), t.header));
        p.add(new Piece("  uniform", t.header));
        values(p, s.uniform(), full, t);
        p.add(new Piece("  | market", t.header));
        values(p, s.market(), full, t);
        return p;
    }

    private static void values(List<Piece> p, ScenarioResult r, boolean full, Theme t) {
        p.add(new Piece(" spot ", t.normal));
        p.add(new Piece(number(r.spotPnl(), full), t.bySign(r.spotPnl())));
        p.add(new Piece(" hedge ", t.normal));
        p.add(new Piece(number(r.hedgePnl(), full), t.bySign(r.hedgePnl())));
        p.add(new Piece(" net ", t.normal));
        p.add(new Piece(number(r.netPnl(), full), t.bySign(r.netPnl())));
    }

    private static List<Piece> compact(Scenarios s, Theme t) {
        List<Piece> p = new ArrayList<>();
        p.add(new Piece("Shock " + Fmt.signedPct(s.shockPct(), 0), t.header));
        for (int k = 0; k < 2; k++) {
            ScenarioResult r = k == 0 ? s.uniform() : s.market();
            p.add(new Piece(k == 0 ? " uniform " : " | market ", t.header));
            p.add(new Piece(number(r.spotPnl(), false), t.bySign(r.spotPnl())));
            p.add(new Piece(" ", t.normal));
            p.add(new Piece(number(r.hedgePnl(), false), t.bySign(r.hedgePnl())));
            p.add(new Piece(" = ", t.normal));
            p.add(new Piece(number(r.netPnl(), false), t.bySign(r.netPnl())));
        }
        return p;
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

package org.hedgetop.tui.pane;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hedgetop.risk.HedgeHistory;
import org.hedgetop.risk.Ledger;
import org.hedgetop.text.Fmt;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Theme;

/**
 * The detail view's ledger box: a hedge's fills and its funding settlements (time, rate, contracts held,
 * price, payment) from the view's {@link HedgeHistory}, newest first, so the latest are the ones a short box
 * keeps. In the detail overlay the box shows one page of lines at a time (PgUp / PgDn) and its last row says
 * which ("lines 8-14 of 33"); in the panel below the panes, how many earlier ones did not fit.
 */
final class LedgerLines {
    private LedgerLines() {
    }

    private static final int W = 14;

    /** One line of the box, with its time for ordering (a fill without a time sorts first). */
    record Line(Instant time, String text, boolean fill) {
    }

    static List<Line> lines(HedgeHistory history, String hedgeId) {
        List<Line> out = new ArrayList<>();
        for (Ledger.FillLine f : history.fills(hedgeId)) {
            String when = f.time().map(DetailFacts.SETTLED::format).orElse("opened n/a ");
            out.add(new Line(f.time().orElse(Instant.MIN), when + "  fill " + Fmt.signed(f.contracts(), 0)
                    + " @ " + Fmt.price(f.price(), W) + (f.fee() != 0 ? ", fee " + Fmt.money(f.fee(), W) : ""), true));
        }
        for (Ledger.Settlement k : history.settlements(hedgeId)) {
            out.add(new Line(k.time(), DetailFacts.SETTLED.format(k.time()) + "  funding "
                    + Fmt.signedPct(k.rate() * 100, 4) + " on " + Fmt.count(-k.held(), W) + " @ "
                    + Fmt.price(k.price(), W) + " = " + Fmt.signedMoney(k.payment(), W), false));
        }
        out.sort(Comparator.comparing(Line::time).reversed()); // stable: same-time lines keep fills first
        return out;
    }

    /** Rows the box wants: a header and every line. */
    static int wanted(List<Line> lines) {
        return lines.isEmpty() ? 0 : lines.size() + 1;
    }

    static void draw(Canvas c, Rect r, List<Line> lines) {
        draw(c, r, lines, 0, false);
    }

    /**
     * @param page        the page asked for ({@code UiState.ledgerPage}); past the last one the last is shown
     * @param scrollable  the detail overlay, where PgUp / PgDn turn the pages: the last row says which lines
     *                    are shown and where the keys lead; elsewhere it says how many earlier ones did not fit
     */
    static void draw(Canvas c, Rect r, List<Line> lines, int page, boolean scrollable) {
        if (r.height() < 2) {
            return;
        }
        Theme t = c.theme();
        int fills = (int) lines.stream().filter(Line::fill).count();
        int settlements = lines.size() - fills;
        c.text(r.x() + 1, r.y(), r.width() - 2, "Ledger: " + fills + (fills == 1 ? " fill, " : " fills, ")
                + settlements + (settlements == 1 ? " settlement" : " settlements") + ", newest first", t.header);
        int room = r.height() - 1;
        if (lines.size() <= room) {
            if (scrollable) {
                c.noteLedgerLastPage(0);
            }
            for (int k = 0; k < lines.size(); k++) {
                c.text(r.x() + 1, r.y() + 1 + k, r.width() - 2, Canvas.safe(lines.get(k).text()), t.normal);
            }
            return;
        }
        int perPage = Math.max(1, room - 1); // the last row tells where the window is
        int lastPage = (lines.size() - 1) / perPage;
        if (scrollable) {
            c.noteLedgerLastPage(lastPage);
        }
        int first = scrollable ? Math.min(Math.max(0, page), lastPage) * perPage : 0;
        int end = Math.min(lines.size(), first + perPage);
        for (int k = first; k < end; k++) {
            c.text(r.x() + 1, r.y() + 1 + k - first, r.width() - 2, Canvas.safe(lines.get(k).text()), t.normal);
        }
        c.text(r.x() + 1, r.y() + room, r.width() - 2, scrollable ? position(first, end, lines.size())
                : "+" + (lines.size() - end) + " earlier", t.dim);
    }

    /** "lines 8-14 of 33  PgUp newer  PgDn older": lines counted from 1 = the newest; a key only where it leads. */
    static String position(int first, int end, int total) {
        return "lines " + (first + 1) + "-" + end + " of " + total + (first > 0 ? "  PgUp newer" : "")
                + (end < total ? "  PgDn older" : "");
    }
}

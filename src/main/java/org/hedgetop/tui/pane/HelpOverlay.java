package org.hedgetop.tui.pane;

import java.util.ArrayList;
import java.util.List;
import org.hedgetop.tui.Keys;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Theme;
import org.hedgetop.tui.draw.Wrap;

/**
 * Every key of {@link Keys#ALL} with what it does, over the panes. Help texts wrap inside their column; when
 * the keys do not fit one column they flow into two or three. When room is left the words on the screen are
 * explained under them.
 */
public final class HelpOverlay {
    private HelpOverlay() {
    }

    /** What the state words and short forms on the screen mean. */
    public static final List<String> WORDS = List.of(
            "OVER    coverage above 100 % + drift tolerance: the short exceeds exposure x factor",
            "DRIFT   coverage differs from the target by more than the drift tolerance",
            "LIQ     the short is within liquidation_alert_pct of its estimated liquidation price",
            "EXIT    an exit rule fired: close the hedge (the rule in full: Enter for details)",
            "STALE   the price is older than three polls;  NO MKT  the source does not list the symbol",
            "n/a     cannot be known (no price, too few returns);  -  does not apply",
            "Shock   on narrow screens: spot P&L, hedge P&L = net P&L, for each scenario");

    private static final int MIN_HELP = 20;

    public static void draw(Canvas c, Rect r) {
        if (r.height() < 2) {
            return;
        }
        Theme t = c.theme();
        c.fill(r, t.normal);
        PaneTitle.draw(c, r, "Keys", "? or Esc closes", true, 0, 0, 0);
        List<Keys.Binding> keys = Keys.ALL;
        int labelWidth = 0;
        for (Keys.Binding b : keys) {
            labelWidth = Math.max(labelWidth, b.label().length());
        }
        int rows = r.height() - 1;
        int columns = 1;
        List<List<List<String>>> flow = flow(keys, rows, r.width(), labelWidth, columns);
        while (flow == null && columns < 3 && r.width() / (columns + 1) - labelWidth - 4 >= MIN_HELP) {
            columns++;
            flow = flow(keys, rows, r.width(), labelWidth, columns);
        }
        if (flow == null) {
            flow = flow(keys, Integer.MAX_VALUE, r.width(), labelWidth, columns); // clipped at the bottom
        }
        int colWidth = r.width() / columns;
        int used = 0;
        int k = 0;
        for (int col = 0; col < flow.size(); col++) {
            int y = r.y() + 1;
            int x = r.x() + col * colWidth + 1;
            for (List<String> lines : flow.get(col)) {
                Keys.Binding b = keys.get(k++);
                c.text(x, y, labelWidth, b.label(), t.key);
                for (String line : lines) {
                    if (y < r.bottom()) {
                        c.text(x + labelWidth + 2, y, colWidth - labelWidth - 4, line, t.normal);
                    }
                    y++;
                }
            }
            used = Math.max(used, y - r.y() - 1);
        }
        int y = r.y() + 1 + used + 1;
        if (r.bottom() - y >= WORDS.size() + 1) {
            c.text(r.x() + 1, y, r.width() - 2, "Words on the screen", t.header);
            for (int i = 0; i < WORDS.size(); i++) {
                c.text(r.x() + 1, y + 1 + i, r.width() - 2, WORDS.get(i), t.normal);
            }
        }
    }

    /**
     * The wrapped help lines of each binding, split into {@code columns} columns of at most {@code rows}
     * rows without splitting a binding; null when they do not fit.
     */
    private static List<List<List<String>>> flow(List<Keys.Binding> keys, int rows, int width, int labelWidth,
                                                 int columns) {
        int helpWidth = width / columns - labelWidth - 4;
        List<List<List<String>>> out = new ArrayList<>();
        List<List<String>> column = new ArrayList<>();
        int used = 0;
        for (Keys.Binding b : keys) {
            List<String> lines = Wrap.words(b.help(), helpWidth);
            if (used + lines.size() > rows) {
                out.add(column);
                column = new ArrayList<>();
                used = 0;
                if (out.size() == columns || lines.size() > rows) {
                    return null;
                }
            }
            column.add(lines);
            used += lines.size();
        }
        out.add(column);
        return out;
    }
}

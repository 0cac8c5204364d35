package org.hedgetop.tui.pane;

import java.util.ArrayList;
import java.util.List;
import org.hedgetop.tui.Keys;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Theme;
import org.hedgetop.tui.draw.Wrap;

/**
 * Every key of {@link Keys#ALL} with what it does, over the panes, drawn from the table alone. Help texts wrap
 * inside their column; the keys flow into as few columns (up to three) as hold them all with the words on the
 * screen explained under them, or, where the words cannot fit (80x24), as few as hold the keys.
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
        PaneTitle.draw(c, r, "Keys", Keys.helpHeader(), true, 0, 0, 0);
        List<Keys.Binding> keys = Keys.ALL;
        int labelWidth = 0;
        for (Keys.Binding b : keys) {
            labelWidth = Math.max(labelWidth, b.label().length());
        }
        int rows = r.height() - 1;
        // the fewest columns that hold every key and still leave room for the words; else the fewest that hold
        // the keys; else one column clipped at the bottom
        List<List<List<String>>> flow = null;
        List<List<List<String>>> keysOnly = null;
        int columns = 0;
        int keysOnlyColumns = 1;
        for (int n = 1; n <= 3 && (n == 1 || r.width() / n - labelWidth - 4 >= MIN_HELP); n++) {
            List<List<List<String>>> f = balanced(keys, rows, r.width(), labelWidth, n);
            if (f == null) {
                continue;
            }
            if (keysOnly == null) {
                keysOnly = f;
                keysOnlyColumns = n;
            }
            if (rows - height(f) >= WORDS.size() + 2) {
                flow = f;
                columns = n;
                break;
            }
        }
        if (flow == null) {
            flow = keysOnly != null ? keysOnly : flow(keys, Integer.MAX_VALUE, r.width(), labelWidth, 1);
            columns = keysOnly != null ? keysOnlyColumns : 1;
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

    /** The flow into {@code columns} columns of even height (the shortest that holds them), or null. */
    private static List<List<List<String>>> balanced(List<Keys.Binding> keys, int rows, int width, int labelWidth,
                                                     int columns) {
        int lines = 0;
        for (Keys.Binding b : keys) {
            lines += Wrap.words(b.help(), width / columns - labelWidth - 4).size();
        }
        for (int h = Math.max(1, (lines + columns - 1) / columns); h <= rows; h++) {
            List<List<List<String>>> f = flow(keys, h, width, labelWidth, columns);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static int height(List<List<List<String>>> flow) {
        int most = 0;
        for (List<List<String>> column : flow) {
            most = Math.max(most, column.stream().mapToInt(List::size).sum());
        }
        return most;
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

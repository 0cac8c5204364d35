package org.hedgetop.tui.pane;

import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Table;
import org.hedgetop.tui.draw.Theme;

/**
 * The first row of a pane: a rule with the pane's name (reverse video when it has the focus), a note such
 * as the statistics window, and on the right which rows are showing when not all of them fit.
 */
public final class PaneTitle {
    private PaneTitle() {
    }

    public static void draw(Canvas c, Rect r, String name, String note, boolean focused, int first, int shown,
                            int count) {
        if (r.isEmpty()) {
            return;
        }
        Theme t = c.theme();
        int y = r.y();
        c.hline(r.x(), y, r.width(), t.paneTitle);
        int x = r.x() + 1;
        int end = r.right();
        String rows = shown < count ? " " + (first + 1) + "-" + (first + shown) + " of " + count + " " : "";
        int rowsX = end - 1 - rows.length();
        int room = rowsX - x;
        String label = " " + name + " ";
        x += c.text(x, y, Math.min(room, label.length()), label, focused ? t.paneTitleFocus : t.paneTitle);
        if (!note.isEmpty() && rowsX - x > 2) {
            x++;
            c.text(x, y, Math.min(note.length() + 2, rowsX - x), " " + note + " ", t.paneTitle);
        }
        if (!rows.isEmpty() && rowsX > r.x()) {
            c.text(rowsX, y, rows.length(), rows, t.paneTitle);
        }
    }

    /** Rows of data a pane of this height shows under its title and header. */
    public static int bodyRows(Rect r) {
        return Math.max(0, r.height() - 2);
    }

    /** Scroll offset that keeps {@code selected} in view. */
    public static int offset(int selected, int rows, int count) {
        return Table.scrollOffset(selected, rows, count);
    }
}

package org.hedgetop.tui.pane;

import java.util.List;
import java.util.OptionalDouble;
import org.hedgetop.risk.CorrelationMatrix;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Heatmap;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Table;
import org.hedgetop.tui.draw.Theme;

/**
 * The correlation matrix of all held tokens plus BTC and ETH as a heat-map over the panes. Each cell shows
 * the value and is coloured by {@link Heatmap#bucket}. A matrix larger than the screen shows the square of
 * tokens around the selected token (rows and columns scroll together, so the diagonal stays in view).
 */
public final class CorrelationHeatmap {
    private CorrelationHeatmap() {
    }

    public static void draw(Canvas c, Rect r, RiskView view, UiState ui) {
        if (r.height() < 2) {
            return;
        }
        Theme t = c.theme();
        c.fill(r, t.normal);
        CorrelationMatrix m = view.correlations();
        PaneTitle.draw(c, r, "Correlation matrix", "rho of " + view.window() + " x " + view.interval().label()
                + " returns; c or Esc closes", true, 0, 0, 0);
        int n = m.size();
        if (n == 0) {
            c.text(r.x() + 1, r.y() + 1, r.width() - 2, "no correlations yet: waiting for price history", t.dim);
            return;
        }
        legend(c, r.x() + 1, r.y() + 1, r.width() - 1, t);
        List<String> labels = m.labels();
        int labelW = 4;
        for (String l : labels) {
            labelW = Math.max(labelW, Math.min(8, Canvas.safe(l).length()));
        }
        int avail = r.width() - labelW - 2;
        int cw = avail >= n * 6 ? 6 : 5;
        int cols = Math.max(0, avail / cw);
        int rows = Math.max(0, r.height() - 3);
        int span = Math.min(n, Math.min(cols, rows));
        int selected = indexOf(labels, view, ui);
        int first = Table.scrollOffset(selected, span, n);
        int x0 = r.x() + 1 + labelW + 1;
        int yHead = r.y() + 2;
        for (int j = 0; j < Math.min(cols, n - first); j++) {
            c.right(x0 + j * cw, yHead, cw - 1, Canvas.safe(labels.get(first + j)), t.header);
        }
        for (int i = 0; i < Math.min(rows, n - first); i++) {
            int y = yHead + 1 + i;
            c.text(r.x() + 1, y, labelW, Canvas.safe(labels.get(first + i)), t.header);
            for (int j = 0; j < Math.min(cols, n - first); j++) {
                OptionalDouble rho = m.rho(first + i, first + j);
                int x = x0 + j * cw;
                c.fill(x, y, cw - 1, 1, ' ', Heatmap.style(t, rho));
                c.right(x, y, cw - 1, Heatmap.text(rho, cw), Heatmap.style(t, rho));
            }
        }
    }

    /** Row of the selected token in the matrix; the first row when it is not there. */
    private static int indexOf(List<String> labels, RiskView view, UiState ui) {
        if (view.tokens().isEmpty()) {
            return 0;
        }
        int sel = Math.max(0, Math.min(ui.selectedToken(), view.tokens().size() - 1));
        int i = labels.indexOf(view.tokens().get(sel).token());
        return Math.max(0, i);
    }

    private static void legend(Canvas c, int x, int y, int w, Theme t) {
        int end = x + w;
        x += c.text(x, y, end - x, "rho ", t.normal);
        for (int b = 0; b < Heatmap.LEGEND.length; b++) {
            String s = " " + Heatmap.LEGEND[b] + " ";
            x += c.text(x, y, end - x, s, t.heat[b]) + 1;
        }
        c.text(x, y, end - x, " . n/a", t.dim);
    }
}

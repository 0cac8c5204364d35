package org.hedgetop.tui.pane;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Theme;

/**
 * Paints one whole frame: title bar, panes by {@link Layout}, scenario and alert lines, footer, and the
 * overlay. The view is its only input of figures (its {@code charts} carry the price series, computed in risk).
 * Pure with respect to its inputs: same view, state and size give the same cells (golden tests
 * rely on it), and every cell of {@code size} is written, so nothing of an earlier frame survives.
 */
public final class Frame {
    private Frame() {
    }

    /** @return the last page of the detail view's ledger list as drawn ({@code Integer.MAX_VALUE}: none) */
    public static int draw(TextGraphics g, TerminalSize size, RiskView view, UiState ui) {
        Canvas c = render(size, view, ui);
        c.flush(g);
        return c.ledgerLastPage();
    }

    /** The frame as a grid of cells, without a terminal (tests, text captures). */
    public static Canvas render(TerminalSize size, RiskView view, UiState ui) {
        Canvas c = new Canvas(size.getColumns(), size.getRows(), Theme.of(ui.color(), ui.unicode()));
        Layout l = Layout.of(size, view, ui);
        if (l.tooSmall()) {
            c.text(0, 0, c.width(), Layout.tooSmallNotice(size), c.theme().warn);
            return c;
        }
        int w = c.width();
        TitleBar.draw(c, l.title().y(), w, view, ui);
        switch (ui.overlay()) {
            case HELP -> HelpOverlay.draw(c, l.body());
            case DETAIL -> DetailView.draw(c, l.body(), view, ui);
            case CORRELATION_MATRIX -> CorrelationHeatmap.draw(c, l.body(), view, ui);
            case ALERTS -> AlertList.draw(c, l.body(), ui.alerts(), ui.selectedAlert(), view.time());
            default -> panes(c, l, view, ui);
        }
        ScenarioLine.draw(c, l.scenario().y(), w, view.scenario(), view.totals());
        AlertLine.draw(c, l.alerts().y(), w, view.alerts(), view.source(), view.sourceHealth());
        Footer.draw(c, l.footer().y(), w, ui);
        return c;
    }

    private static void panes(Canvas c, Layout l, RiskView view, UiState ui) {
        ExposurePane.draw(c, l.exposure(), view, ui);
        HedgePane.draw(c, l.hedges(), view, view.charts()::refused, ui);
        FundingPane.draw(c, l.funding(), view, ui);
        int pinned = l.sideBySide() ? ExposurePane.pinnedRows(view, ui, l.exposure()) : 0;
        boolean withToken = !l.sideBySide() || l.correlation().width() >= CorrelationPane.PREFERRED_WIDTH;
        CorrelationPane.draw(c, l.correlation(), view, ui, pinned, withToken);
        if (!l.detail().isEmpty()) {
            DetailView.draw(c, l.detail(), view, ui, false);
        }
        if (l.sideBySide() && !l.correlation().isEmpty()) {
            Rect r = l.correlation();
            c.put(r.x() - 1, r.y(), c.theme().hline, c.theme().paneTitle);
            c.vline(r.x() - 1, r.y() + 1, r.height() - 1, c.theme().dim);
        }
    }
}

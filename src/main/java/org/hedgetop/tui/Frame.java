package org.hedgetop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.RiskView;

/**
 * Paints one whole frame: title bar, panes by {@code Layout}, scenario and alert lines, footer, and the
 * overlay. The market snapshot supplies the price series for sparklines and the detail view.
 * Pure with respect to its inputs: same view, market, state and size give the same cells (golden tests
 * rely on it). Placeholder until the panes land.
 */
public final class Frame {
    private Frame() {
    }

    public static void draw(TextGraphics g, TerminalSize size, RiskView view, MarketSnapshot market, UiState ui) {
        g.putString(0, 0, view.portfolio());
    }
}

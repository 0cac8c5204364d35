package org.hedgetop.tui;

import java.util.Optional;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.RiskView;
import org.junit.jupiter.api.Test;

/**
 * The whole screen at the three sizes the monitor promises, and each overlay, compared cell by cell
 * (character and style) with the golden files.
 */
class ScreenGoldenTest {
    private final RiskView view = Fixture.view();
    private final MarketSnapshot market = Fixture.market();

    private static UiState ui() {
        return UiState.initial(true, true);
    }

    private void golden(String name, int cols, int rows, UiState ui) {
        GoldenFiles.assertMatches(name, VirtualScreen.render(cols, rows, view, market, ui));
    }

    @Test
    void main80x24() {
        golden("main-80x24", 80, 24, ui());
    }

    @Test
    void main120x40() {
        golden("main-120x40", 120, 40, ui());
    }

    @Test
    void main200x60() {
        golden("main-200x60", 200, 60, ui());
    }

    @Test
    void help80x24() {
        golden("help-80x24", 80, 24, with(ui(), UiState.Overlay.HELP));
    }

    @Test
    void help120x40() {
        golden("help-120x40", 120, 40, with(ui(), UiState.Overlay.HELP));
    }

    @Test
    void detailOfSelectedHedge120x40() {
        golden("detail-120x40", 120, 40, with(ui(), UiState.Overlay.DETAIL));
    }

    @Test
    void detailOfTokenWithoutVolume80x24() {
        UiState ui = UiState.initial(true, true).withFocus(UiState.Pane.EXPOSURE).withSelection(0, 7)
                .withOverlay(UiState.Overlay.DETAIL);
        golden("detail-novolume-80x24", 80, 24, ui);
    }

    @Test
    void heatmap120x40() {
        golden("heatmap-120x40", 120, 40, with(ui(), UiState.Overlay.CORRELATION_MATRIX));
    }

    @Test
    void heatmap80x24() {
        golden("heatmap-80x24", 80, 24, with(ui(), UiState.Overlay.CORRELATION_MATRIX));
    }

    @Test
    void tooSmall() {
        golden("toosmall-59x16", 59, 16, ui());
    }

    @Test
    void noColor120x40() {
        golden("nocolor-120x40", 120, 40, UiState.initial(false, true));
    }

    @Test
    void asciiNoColor80x24() {
        golden("ascii-80x24", 80, 24, UiState.initial(false, false));
    }

    @Test
    void sectorsStatusFlagsAndSelection120x40() {
        UiState ui = UiState.initial(true, true).withFocus(UiState.Pane.EXPOSURE).withSelection(3, 6)
                .with(UiState.Flag.SECTORS, true).with(UiState.Flag.PAUSED, true).with(UiState.Flag.UNSAVED, true)
                .withStatus("saved book.yaml");
        golden("sectors-120x40", 120, 40, ui);
    }

    @Test
    void confirmQuit80x24() {
        UiState ui = UiState.initial(true, true).withSelection(1, 0).with(UiState.Flag.UNSAVED, true)
                .withPrompt(Optional.of(Prompt.QUIT));
        golden("confirmquit-80x24", 80, 24, ui);
    }

    static UiState with(UiState u, UiState.Overlay overlay) {
        return u.withOverlay(overlay);
    }
}

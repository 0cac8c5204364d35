package org.hedgetop.tui.pane;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.List;
import java.util.Optional;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.BigBook;
import org.hedgetop.tui.Fixture;
import org.hedgetop.tui.Keys;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.VirtualScreen;
import org.junit.jupiter.api.Test;

/** What the screen promises, checked on the cells rather than against a golden file. */
class FrameTest {
    private final RiskView view = Fixture.view();
    private final MarketSnapshot market = Fixture.market();

    private static UiState ui(UiState.Pane focus, int hedge, int token, UiState.Overlay overlay, boolean color,
                              boolean unicode) {
        return UiState.initial(color, unicode).withFocus(focus).withSelection(hedge, token)
                .withOverlay(overlay);
    }

    private VirtualScreen screen(int cols, int rows, UiState ui) {
        return VirtualScreen.render(cols, rows, view, market, ui);
    }

    @Test
    void sameInputsGiveTheSameCellsWhateverWasOnTheScreenBefore() throws Exception {
        UiState ui = UiState.initial(true, true);
        TerminalSize size = new TerminalSize(120, 40);
        TerminalScreen dirty = new TerminalScreen(new DefaultVirtualTerminal(size));
        dirty.startScreen();
        Frame.draw(dirty.newTextGraphics(), size, org.hedgetop.tui.Drawn.view(view, market),
                ui(UiState.Pane.EXPOSURE, 3, 5, UiState.Overlay.HELP, false, false));
        Frame.draw(dirty.newTextGraphics(), size, org.hedgetop.tui.Drawn.view(view, market), ui);
        TerminalScreen clean = new TerminalScreen(new DefaultVirtualTerminal(size));
        clean.startScreen();
        Frame.draw(clean.newTextGraphics(), size, org.hedgetop.tui.Drawn.view(view, market), ui);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 120; x++) {
                assertThat(dirty.getBackCharacter(x, y)).as("cell %d,%d", x, y).isEqualTo(clean.getBackCharacter(x, y));
            }
        }
    }

    @Test
    void tooSmallATerminalShowsOneLineAskingForTheMinimum() {
        VirtualScreen s = screen(59, 20, UiState.initial(true, true));
        assertThat(s.row(0)).startsWith("enlarge to at least 60x16");
        for (int y = 1; y < 20; y++) {
            assertThat(s.row(y)).isBlank();
        }
    }

    @Test
    void warningsAreInWordsAndWithoutAnyColourWhenColourIsOff() {
        for (int[] size : new int[][] {{80, 24}, {120, 40}}) {
            RecordedCells cells = RecordedCells.of(size[0], size[1], view, market,
                    UiState.initial(false, true));
            cells.forEach(c -> {
                assertThat(c.getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
                assertThat(c.getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
            });
            assertThat(cells.text()).contains("DRIFT", "OVER", "NO MKT", "ALERTS");
        }
        assertThat(RecordedCells.of(120, 40, view, market, UiState.initial(false, true)).text()).contains("STALE");
        String wide = RecordedCells.of(200, 60, view, market, UiState.initial(false, true)).text();
        assertThat(wide).contains("OVER LIQ EXIT", "price_above 26, max_days 30");
        assertThat(RecordedCells.of(120, 40, view, market, UiState.initial(false, true)).text()).contains("price>26+1");
    }

    @Test
    void onlyAsciiBoxDrawingAndBlockCharactersAreUsedAndAsciiModeIsPureAscii() {
        for (UiState.Overlay o : UiState.Overlay.values()) {
            String uni = RecordedCells.of(200, 60, view, market, ui(UiState.Pane.HEDGES, 0, 0, o, true, true)).text();
            uni.chars().forEach(ch -> assertThat(ch < 0x7f && ch >= 0x20 || ch == '\n' || ch >= 0x2500 && ch <= 0x259f)
                    .as("character U+%04X in %s", ch, o).isTrue());
            String ascii = RecordedCells.of(80, 24, view, market, ui(UiState.Pane.HEDGES, 0, 0, o, false, false)).text();
            ascii.chars().forEach(ch -> assertThat(ch < 0x7f && ch >= 0x20 || ch == '\n')
                    .as("character U+%04X in ASCII mode, %s", ch, o).isTrue());
        }
    }

    @Test
    void theSelectedHedgeIsInReverseVideoAndScrolledIntoView() {
        BigBook.Book big = BigBook.of(1000, 200);
        UiState ui = ui(UiState.Pane.HEDGES, 150, 700, UiState.Overlay.NONE, true, true);
        VirtualScreen s = VirtualScreen.render(200, 60, big.view(), big.market(), ui);
        int row = s.rowStarting(big.view().hedges().get(150).id() + " ");
        assertThat(row).as("selected hedge row on screen").isPositive();
        assertThat(s.styles[row].charAt(0)).isEqualTo(s.styles[row].charAt(40));
        assertThat(s.legend.get(s.styles[row].charAt(0) - 'a')).contains("REVERSE");
        // the selected token is in view too, marked bold as its pane has no focus
        assertThat(s.rowStarting(big.view().tokens().get(700).token() + " ")).isPositive();
    }

    @Test
    void unknownValuesPrintNaAndNotApplicableOnesADash() {
        VirtualScreen s = screen(120, 40, UiState.initial(true, true));
        String link = s.row(s.rowStarting("link-perp "));
        assertThat(link).contains("n/a").contains("NO MKT");
        String obscure = s.row(s.rowStarting("OBSCURE "));
        assertThat(obscure.split("n/a", -1)).hasSizeGreaterThan(4);
        int funding = s.rowStarting("btc-dec      exp");
        assertThat(s.row(funding)).contains("contango", "+8.74%").contains("   -   ");
    }

    @Test
    void titleBarCarriesBookSourceHealthFlagsAndTheUtcClock() {
        UiState ui = UiState.initial(true, true).with(UiState.Flag.PAUSED, true).with(UiState.Flag.UNSAVED, true)
                .withStatus("saved book.yaml");
        VirtualScreen s = screen(80, 24, ui);
        assertThat(s.row(0)).contains("SOL staking", "simulated: live", "PAUSED", "*modified", "12:34:56 UTC");
        assertThat(s.row(23)).startsWith(" saved book.yaml");
        assertThat(screen(120, 40, UiState.initial(true, true)).row(0)).contains("2026-11-20 12:34:56 UTC")
                .doesNotContain("PAUSED").doesNotContain("modified");
    }

    @Test
    void theQuitQuestionReplacesTheFooter() {
        UiState ui = UiState.initial(true, true).with(UiState.Flag.UNSAVED, true)
                .withPrompt(Optional.of(org.hedgetop.tui.Prompt.QUIT));
        assertThat(screen(80, 24, ui).row(23)).contains(
                "Unsaved changes. s = save and quit, y = quit without saving, n / Esc = stay");
    }

    @Test
    void theFooterShowsTheMainKeysFromTheKeyTable() {
        String footer = screen(200, 60, UiState.initial(true, true)).row(59);
        for (Keys.Binding b : Keys.ALL) {
            if (!b.footer().isEmpty()) {
                assertThat(footer).contains(b.footer());
            }
        }
        assertThat(screen(80, 24, UiState.initial(true, true)).row(23)).endsWith("? help  q quit ");
    }

    @Test
    void theHelpOverlayListsEveryBindingOfTheKeyTable() {
        String help = screen(200, 60, ui(UiState.Pane.HEDGES, 0, 0, UiState.Overlay.HELP, true, true))
                .screenText();
        for (Keys.Binding b : Keys.ALL) {
            assertThat(help).contains(b.label()).contains(b.help());
        }
        String small = screen(80, 24, ui(UiState.Pane.HEDGES, 0, 0, UiState.Overlay.HELP, true, true)).screenText();
        for (Keys.Binding b : Keys.ALL) {
            assertThat(small).contains(b.label());
        }
    }

    @Test
    void theDetailViewSaysSoWhenTheSourceHasNoVolume() {
        // DOGE (row 7) has no volume in the fixture; SOL has
        String doge = screen(120, 40, ui(UiState.Pane.EXPOSURE, 0, 7, UiState.Overlay.DETAIL, true, true))
                .screenText();
        assertThat(doge).contains("DOGE spot").contains("no volume from this source");
        String sol = screen(120, 40, ui(UiState.Pane.HEDGES, 0, 0, UiState.Overlay.DETAIL, true, true)).screenText();
        assertThat(sol).contains("SOLUSDT mark", "Volume by price, SOL spot", "<px", "HVN", "LVN")
                .doesNotContain("no volume");
    }

    @Test
    void theHeatMapColoursStrongCorrelationGreenAndWritesTheValue() {
        VirtualScreen s = screen(120, 40, ui(UiState.Pane.HEDGES, 0, 0, UiState.Overlay.CORRELATION_MATRIX, true,
                true));
        int row = s.rowStarting(" SOL   ");
        int col = s.row(row).indexOf("1.00");
        assertThat(col).isPositive();
        assertThat(s.legend.get(s.styles[row].charAt(col) - 'a')).contains("on GREEN");
    }

    @Test
    void sectorSubtotalsAppearOnTheKey() {
        UiState on = UiState.initial(true, true).withFocus(UiState.Pane.EXPOSURE)
                .with(UiState.Flag.SECTORS, true);
        assertThat(screen(120, 40, on).screenText()).contains("  Store of value").contains("84.7%");
        assertThat(screen(120, 40, UiState.initial(true, true)).screenText()).doesNotContain("Store of value  ");
    }

    @Test
    void nothingIsDrawnBeyondTheRightEdgeOfAPaneBesideAnother() {
        VirtualScreen s = screen(120, 40, UiState.initial(true, true));
        int row = s.rowStarting("SOL ");
        int bar = s.row(row).indexOf('\u2502');
        assertThat(bar).isPositive();
        for (int y = row; y < row + 11; y++) {
            assertThat(s.row(y).charAt(bar)).as("row %d", y).isEqualTo('\u2502');
        }
    }

    /** Cells as the virtual terminal holds them. */
    record RecordedCells(List<TextCharacter> cells, String text) {
        static RecordedCells of(int cols, int rows, RiskView v, MarketSnapshot m, UiState ui) {
            try {
                DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
                TerminalScreen screen = new TerminalScreen(vt);
                screen.startScreen();
                Frame.draw(screen.newTextGraphics(), screen.getTerminalSize(), org.hedgetop.tui.Drawn.view(v, m), ui);
                screen.refresh();
                java.util.ArrayList<TextCharacter> cells = new java.util.ArrayList<>();
                StringBuilder sb = new StringBuilder();
                for (int y = 0; y < rows; y++) {
                    for (int x = 0; x < cols; x++) {
                        TextCharacter c = vt.getCharacter(x, y);
                        cells.add(c);
                        sb.append(c.getCharacterString());
                    }
                    sb.append('\n');
                }
                return new RecordedCells(cells, sb.toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void forEach(java.util.function.Consumer<TextCharacter> f) {
            cells.forEach(f);
        }
    }


}

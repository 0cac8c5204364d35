package org.hedgetop.tui.pane;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hedgetop.tui.BigBook;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.draw.Canvas;

/** Any book size, terminal size and state paints a whole frame without failing, twice the same. */
class FramePropertiesTest {

    @Property(tries = 200, seed = "20261120")
    void everyStatePaintsDeterministically(@ForAll @IntRange(min = 1, max = 230) int cols,
                                          @ForAll @IntRange(min = 1, max = 70) int rows,
                                          @ForAll @IntRange(min = 0, max = 40) int tokens,
                                          @ForAll @IntRange(min = 0, max = 25) int hedges,
                                          @ForAll @IntRange(min = -2, max = 60) int selected,
                                          @ForAll @IntRange(min = 0, max = 255) int flags) {
        BigBook.Book b = BigBook.of(tokens, hedges);
        UiState ui = UiState.initial((flags & 1) != 0, (flags & 2) != 0).withFocus(UiState.Pane.values()[flags % 4])
                .withSelection(selected, selected + 3).withOverlay(UiState.Overlay.values()[(flags / 4) % 4])
                .with(UiState.Flag.SECTORS, (flags & 16) != 0).with(UiState.Flag.PAUSED, (flags & 32) != 0)
                .with(UiState.Flag.UNSAVED, (flags & 64) != 0)
                .withStatus((flags & 128) != 0 ? Optional.of("status " + flags) : Optional.empty())
                .withPrompt((flags & 8) != 0 ? Optional.of(org.hedgetop.tui.Prompt.QUIT) : Optional.empty());
        TerminalSize size = new TerminalSize(cols, rows);
        Canvas first = Frame.render(size, org.hedgetop.tui.Drawn.view(b.view(), b.market()), ui);
        Canvas second = Frame.render(size, org.hedgetop.tui.Drawn.view(b.view(), b.market()), ui);
        assertThat(first.width()).isEqualTo(cols);
        assertThat(first.height()).isEqualTo(rows);
        for (int y = 0; y < rows; y++) {
            assertThat(second.row(y)).isEqualTo(first.row(y));
            for (int x = 0; x < cols; x++) {
                assertThat(second.styleAt(x, y)).isSameAs(first.styleAt(x, y));
            }
        }
    }
}

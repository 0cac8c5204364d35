package org.hedgetop.tui.pane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hedgetop.tui.Keys;
import org.hedgetop.tui.Prompt;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Theme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The help overlay and the footer list exactly the key table's entries, in its order. */
class KeyTableScreenTest {
    private static final Theme THEME = Theme.of(true, true);

    /** (label, help) as the table has them. */
    private static List<String> table() {
        return Keys.ALL.stream().map(b -> b.label() + " | " + b.help()).toList();
    }

    /**
     * Reads the help back from the cells: a run in the key style is a label, the text after it up to the next
     * label (or the column's end) its help. Columns are read top to bottom, left to right.
     */
    private static List<String> helpEntries(Canvas c, int columns) {
        int colWidth = c.width() / columns;
        List<String> out = new ArrayList<>();
        for (int col = 0; col < columns; col++) {
            for (int y = 1; y < c.height(); y++) {
                int x0 = col * colWidth;
                int x = x0;
                while (x < x0 + colWidth && c.styleAt(x, y) != THEME.key) {
                    x++;
                }
                if (x == x0 + colWidth) {
                    continue; // no key on this row of this column
                }
                StringBuilder label = new StringBuilder();
                while (x < x0 + colWidth && c.styleAt(x, y) == THEME.key) {
                    label.append(c.charAt(x++, y));
                }
                StringBuilder help = new StringBuilder();
                while (x < x0 + colWidth && c.styleAt(x, y) != THEME.key) {
                    help.append(c.charAt(x++, y));
                }
                out.add(label.toString().trim() + " | " + help.toString().trim());
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80, 20, 2", "120, 36, 2", "200, 56, 1"})
    void theHelpListsExactlyTheTable(int width, int height, int columns) {
        // the overlay's area in an 80x24 / 120x40 / 200x60 frame: all but the title and the three bottom rows
        Canvas c = new Canvas(width, height, THEME);
        HelpOverlay.draw(c, new Rect(0, 0, width, height));
        assertThat(helpEntries(c, columns)).containsExactlyElementsOf(table());
        assertThat(c.row(0)).contains("? or Esc closes; other keys are ignored (q still quits)");
    }

    @Test
    void theReplayKeysAndCtrlKeysAreInTheHelpAt80x24() {
        Canvas c = new Canvas(80, 20, THEME);
        HelpOverlay.draw(c, new Rect(0, 0, 80, 20));
        List<String> entries = helpEntries(c, 2);
        assertThat(entries).contains("< | replay: back one interval", "> | replay: ahead one interval",
                "Home | replay: back to the start", "Ctrl-L | repaint the whole screen",
                "q / Ctrl-C | quit (asks if unsaved)");
    }

    @Test
    void theFooterListsExactlyTheTablesFooterLabels() {
        List<String> main = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (Keys.Binding b : Keys.ALL) {
            if (!b.footer().isEmpty()) {
                (b.action() == Keys.Action.HELP || b.action() == Keys.Action.QUIT ? right : main).add(b.footer());
            }
        }
        Canvas c = new Canvas(200, 1, THEME);
        Footer.draw(c, 0, 200, UiState.initial(true, true));
        assertThat(c.row(0).trim().replaceAll(" {2,}", " | "))
                .isEqualTo(String.join(" ", main) + " | " + String.join(" | ", right));
        // and by hand, so a label lost from the table is noticed too
        assertThat(c.row(0)).startsWith(" +/- target x executed [] shock w window c corr Enter detail p pause "
                + "a alerts s save u undo ").endsWith("? help  q quit ");
    }

    @Test
    void aPromptTakesTheWholeFooter() {
        Canvas c = new Canvas(80, 1, THEME);
        Footer.draw(c, 0, 80, UiState.initial(true, true).withStatus("saved").withPrompt(Optional.of(Prompt.QUIT)));
        assertThat(c.row(0).trim())
                .isEqualTo("Unsaved changes. s = save and quit, y = quit without saving, n / Esc = stay");
    }
}

package org.hedgetop.tui.pane;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Theme;
import org.junit.jupiter.api.Test;

/**
 * The detail overlay's ledger box turns pages: 30 settlements (s30 the newest ... s01 the oldest) in a box of
 * 9 rows = a header, 7 lines and the position row; pages of 7 lines, the fifth and last holding 2.
 */
class LedgerScrollTest {
    private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

    /** Newest first, as {@link LedgerLines#lines} orders them: "settlement s30" down to "settlement s01". */
    private static List<LedgerLines.Line> thirty() {
        List<LedgerLines.Line> out = new ArrayList<>();
        for (int k = 30; k >= 1; k--) {
            out.add(new LedgerLines.Line(T.plus(Duration.ofHours(8L * k)), String.format("settlement s%02d", k),
                    false));
        }
        return out;
    }

    private static List<String> rows(int page, boolean scrollable) {
        Canvas c = new Canvas(60, 9, Theme.of(true, true));
        LedgerLines.draw(c, new Rect(0, 0, 60, 9), thirty(), page, scrollable);
        List<String> out = new ArrayList<>();
        for (int y = 0; y < 9; y++) {
            out.add(c.row(y).trim());
        }
        return out;
    }

    @Test
    void theFirstPageShowsTheNewestSevenAndSaysWhereItIs() {
        assertThat(rows(0, true)).containsExactly("Ledger: 0 fills, 30 settlements, newest first",
                "settlement s30", "settlement s29", "settlement s28", "settlement s27", "settlement s26",
                "settlement s25", "settlement s24", "lines 1-7 of 30  PgDn older");
    }

    @Test
    void theSecondPageMovesTheWindowBySeven() {
        assertThat(rows(1, true)).containsExactly("Ledger: 0 fills, 30 settlements, newest first",
                "settlement s23", "settlement s22", "settlement s21", "settlement s20", "settlement s19",
                "settlement s18", "settlement s17", "lines 8-14 of 30  PgUp newer  PgDn older");
    }

    @Test
    void theLastPageHoldsTheOldestAndAPageBeyondItStaysThere() {
        List<String> last = List.of("Ledger: 0 fills, 30 settlements, newest first", "settlement s02",
                "settlement s01", "", "", "", "", "", "lines 29-30 of 30  PgUp newer");
        assertThat(rows(4, true)).containsExactlyElementsOf(last);
        assertThat(rows(5, true)).containsExactlyElementsOf(last);
        assertThat(rows(29, true)).containsExactlyElementsOf(last);
    }

    @Test
    void belowTheFirstPageIsTheFirstPage() {
        assertThat(rows(-3, true)).isEqualTo(rows(0, true));
    }

    @Test
    void outsideTheOverlayTheBoxDoesNotScrollAndCountsTheEarlierLines() {
        List<String> r = rows(2, false);
        assertThat(r.get(1)).isEqualTo("settlement s30");
        assertThat(r.get(8)).isEqualTo("+23 earlier");
    }

    @Test
    void whenEveryLineFitsThereIsNoPositionRow() {
        Canvas c = new Canvas(60, 40, Theme.of(true, true));
        LedgerLines.draw(c, new Rect(0, 0, 60, 40), thirty(), 3, true);
        assertThat(c.row(1).trim()).isEqualTo("settlement s30");
        assertThat(c.row(30).trim()).isEqualTo("settlement s01");
        assertThat(c.row(31).trim()).isEmpty();
    }
}

package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hedgetop.risk.HedgeRow;
import org.junit.jupiter.api.Test;

/** The golden comparison itself must notice a single changed cell, in its character or in its style. */
class GoldenFilesTest {

    @Test
    void aChangedCharacterIsFound() {
        String golden = VirtualScreen.render(80, 24, Fixture.view(), Fixture.market(), UiState.initial(true, true))
                .golden();
        assertThat(GoldenFiles.diff(golden, golden)).isEmpty();
        int at = golden.indexOf("sell 1,015");
        String changed = golden.substring(0, at) + "sell 1,016" + golden.substring(at + 10);
        assertThat(GoldenFiles.diff(golden, changed)).hasValueSatisfying(d -> assertThat(d).contains("line "));
    }

    @Test
    void aChangedStyleAloneIsFound() {
        // the same characters, but sol-perp no longer drifts: its coverage cell changes colour only
        List<HedgeRow> hedges = new java.util.ArrayList<>(Fixture.hedges());
        HedgeRow h = hedges.get(0);
        HedgeRow calm = h.withSize(h.size().withFlags(h.overHedged(), false));
        hedges.set(0, calm);
        UiState ui = UiState.initial(true, true)
                .withSelection(1, 0);
        VirtualScreen before = VirtualScreen.render(120, 40, Fixture.view(), Fixture.market(), ui);
        VirtualScreen after = VirtualScreen.render(120, 40, Fixture.view(Fixture.tokens(), hedges), Fixture.market(),
                ui);
        int row = before.rowStarting("sol-perp ");
        // the word changes too (DRIFT -> ok); compare the coverage cell, whose text is the same
        int col = before.row(row).indexOf("89.9%");
        assertThat(after.row(row).substring(col, col + 5)).isEqualTo("89.9%");
        assertThat(before.legend.get(before.styles[row].charAt(col) - 'a'))
                .isNotEqualTo(after.legend.get(after.styles[row].charAt(col) - 'a'));
        assertThat(GoldenFiles.diff(before.golden(), after.golden())).isPresent();
    }
}

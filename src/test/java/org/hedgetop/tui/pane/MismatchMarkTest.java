package org.hedgetop.tui.pane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.Alert;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.Fixture;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.VirtualScreen;
import org.junit.jupiter.api.Test;

/** A hedge whose position differs from the account's: marked in its row, both numbers in the detail view. */
class MismatchMarkTest {
    private final RiskView plain = Fixture.view();
    private final RiskView view = plain.withMoreAlerts(List.of(new Alert(Alert.Kind.POSITION_MISMATCH, "sol-perp",
            "the book holds -1200 contracts of SOLUSDT, the exchange -1900")));
    private final MarketSnapshot market = Fixture.market();

    @Test
    void theRowIsMarkedAndOnlyThatRow() {
        String marked = VirtualScreen.render(200, 60, view, market, UiState.initial(true, true)).screenText();
        String unmarked = VirtualScreen.render(200, 60, plain, market, UiState.initial(true, true)).screenText();
        assertThat(unmarked).doesNotContain("\u2260EX");
        assertThat(marked.lines().filter(l -> l.contains("\u2260EX")).toList()).singleElement()
                .satisfies(l -> assertThat(l).contains("sol-perp"));
        String ascii = VirtualScreen.render(200, 60, view, market, UiState.initial(false, false)).screenText();
        assertThat(ascii).contains("!EX").doesNotContain("\u2260EX");
    }

    @Test
    void theDetailViewGivesBothNumbers() {
        UiState detail = UiState.initial(true, true)
                .withOverlay(UiState.Overlay.DETAIL);
        String text = VirtualScreen.render(160, 50, view, market, detail).screenText();
        assertThat(text).contains("exchange differs: the book holds -1200 contracts of SOLUSDT, the exchange -1900");
    }

    @Test
    void theDetailViewShowsTheExchangesFiguresBesideTheLedgers() {
        UiState detail = UiState.initial(true, true)
                .withOverlay(UiState.Overlay.DETAIL);
        RiskView withAccount = view.withExchange(java.util.Map.of("sol-perp", new org.hedgetop.risk.ExchangeColumns(
                java.util.OptionalDouble.of(-1900), java.util.OptionalDouble.of(142.35),
                java.util.OptionalDouble.of(171.93), java.util.OptionalDouble.of(12.5),
                Optional.of(java.time.Instant.parse("2026-08-22T00:00:00Z")), Optional.of(false))));

        String text = VirtualScreen.render(160, 50, withAccount, market, detail).screenText();

        assertThat(text).contains("exchange held 1900").contains("entry 142.35").contains("liq 171.93")
                .contains("funding +12.50 (venue history from 08-22 00:00)").contains("NOT reconciled");
        String without = VirtualScreen.render(160, 50, view, market, detail).screenText();
        assertThat(without).doesNotContain("exchange held");
    }
}

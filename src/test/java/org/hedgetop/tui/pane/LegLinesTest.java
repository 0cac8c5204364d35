package org.hedgetop.tui.pane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.LegEffectiveness;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.Fixture;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.VirtualScreen;
import org.junit.jupiter.api.Test;

/** The detail view of a proxy hedge compares BTC and ETH as the leg; a direct hedge's has no such lines. */
class LegLinesTest {
    private final MarketSnapshot market = Fixture.market();

    /** The fixture's hedges, the proxy defi-basket (index 1) with leg figures; sol-perp (index 0) is direct. */
    private static RiskView view() {
        List<HedgeRow> hedges = new ArrayList<>(Fixture.hedges());
        HedgeRow basket = hedges.get(1);
        assertThat(basket.id()).isEqualTo("defi-basket");
        hedges.set(1, basket.withLegs(HedgeRow.Legs.of(List.of(
                new LegEffectiveness.Leg("BTC", OptionalDouble.of(0.3412), OptionalDouble.of(0.2871)),
                new LegEffectiveness.Leg("ETH", OptionalDouble.of(0.4298), OptionalDouble.of(-0.0512))))));
        return Fixture.view(Fixture.tokens(), hedges);
    }

    private static UiState detailOf(int hedge) {
        return UiState.initial(true, true).withFocus(UiState.Pane.HEDGES).withSelection(hedge, 0)
                .withOverlay(UiState.Overlay.DETAIL);
    }

    @Test
    void aProxyHedgeShowsBothLegsAndMarksTheBetterOne() {
        String text = VirtualScreen.render(160, 50, view(), market, detailOf(1)).screenText();
        List<String> lines = text.lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("leg  in-sample  out-of-sample"));
        // BTC is better out-of-sample (0.29 > -0.05) although ETH is better in-sample (0.43 > 0.34)
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("BTC       0.34           0.29   <- better leg"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("ETH       0.43          -0.05")
                .doesNotContain("better"));
    }

    @Test
    void aShortTerminalGetsTheSameFiguresOnOneWrappedLine() {
        String text = VirtualScreen.render(80, 24, view(), market, detailOf(1)).screenText();
        assertThat(text).contains("legs in/out-of-sample  BTC 0.34/0.29 better  ETH 0.43/-0.05")
                .doesNotContain("leg  in-sample");
    }

    @Test
    void aDirectHedgeHasNoLegLines() {
        String text = VirtualScreen.render(160, 50, view(), market, detailOf(0)).screenText();
        assertThat(text).contains("sol-perp").doesNotContain("in-sample").doesNotContain("better leg");
    }

    @Test
    void unknownFiguresSayNa() {
        HedgeRow h = Fixture.hedges().get(1).withLegs(HedgeRow.Legs.of(List.of(
                new LegEffectiveness.Leg("BTC", OptionalDouble.of(0.5), OptionalDouble.empty()),
                new LegEffectiveness.Leg("ETH", OptionalDouble.empty(), OptionalDouble.empty()))));
        List<String> lines = DetailFacts.legs(h, 30);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).endsWith("min-variance, window 30");
        assertThat(lines.get(1)).isEqualTo("BTC       0.50            n/a");
        assertThat(lines.get(2)).isEqualTo("ETH        n/a            n/a");
    }
}

package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hedgetop.risk.Fixtures.NOW;

import java.util.List;
import java.util.OptionalDouble;
import org.hedgetop.book.Book;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarginTest {
    private static OptionalDouble of(double v) {
        return OptionalDouble.of(v);
    }

    @ParameterizedTest(name = "entry {0} x{1} mm {2} % -> liquidation {3}")
    @CsvSource({
            "150, 5, 0.5, 179.25", // 150 * (1 + 0.2 - 0.005) = 150 * 1.195
            "150, 10, 0.5, 164.25", // 150 * 1.095
            "2, 2, 1, 2.98", // 2 * (1 + 0.5 - 0.01)
            "3000, 1, 0.5, 5985"}) // 3000 * 1.995
    void liquidationPriceOfAShort(double entry, double leverage, double mm, double liq) {
        assertThat(Margin.liquidationPrice(-1, of(entry), of(leverage), mm).getAsDouble()).isCloseTo(liq, within(1e-9));
    }

    @Test
    void distanceAndAlert() {
        // liq 179.25 at mark 160: 100 * 19.25 / 160 = 12.03125 %
        OptionalDouble d = Margin.distancePct(of(179.25), of(160));
        assertThat(d.getAsDouble()).isCloseTo(12.03125, within(1e-12));
        assertThat(Margin.alert(d, 10)).isFalse();
        assertThat(Margin.alert(d, 15)).isTrue();
        // past liquidation: negative distance, alerts
        assertThat(Margin.distancePct(of(179.25), of(200)).getAsDouble()).isCloseTo(-10.375, within(1e-12));
        assertThat(Margin.alert(Margin.distancePct(of(179.25), of(200)), 10)).isTrue();
    }

    @Test
    void longFlatOrIncompletePositionsHaveNoEstimate() {
        assertThat(Margin.liquidationPrice(10, of(150), of(5), 0.5)).isEmpty();
        assertThat(Margin.liquidationPrice(0, of(150), of(5), 0.5)).isEmpty();
        assertThat(Margin.liquidationPrice(-10, OptionalDouble.empty(), of(5), 0.5)).isEmpty();
        assertThat(Margin.liquidationPrice(-10, of(150), OptionalDouble.empty(), 0.5)).isEmpty();
        assertThat(Margin.liquidationPrice(-10, of(150), of(0), 0.5)).isEmpty();
        assertThat(Margin.distancePct(of(179.25), OptionalDouble.empty())).isEmpty();
        assertThat(Margin.alert(OptionalDouble.empty(), 10)).isFalse();
    }

    @Test
    void initialMargin() {
        // 20,000 * 5 * 150 / 5 = 3,000,000
        assertThat(Margin.initialMargin(20_000, 5, of(150), of(5)).getAsDouble()).isCloseTo(3_000_000, within(1e-6));
        assertThat(Margin.initialMargin(20_000, 5, of(150), OptionalDouble.empty())).isEmpty();
    }

    @Test
    void hedgeRowUsesTheBookMaintenanceMarginAndAlertLevel() {
        Book b = Fixtures.book(List.of(Fixtures.holding("SOL", 100_000)),
                List.of(Fixtures.hedge("sol", "SOLUSDT", "SOL", "SOL").size(5).position(-20_000).margin(150, 5).build()));
        HedgeRow h = new RiskEngine().evaluate(b, new Fixtures.Market(NOW).spot("SOL", 170).future("SOLUSDT", 170).build(),
                NOW).hedges().get(0);
        assertThat(h.liquidationPrice().getAsDouble()).isCloseTo(179.25, within(1e-9));
        // 100 * 9.25 / 170 = 5.44 % < 10 %
        assertThat(h.liquidationDistancePct().getAsDouble()).isCloseTo(100 * 9.25 / 170, within(1e-9));
        assertThat(h.liquidationAlert()).isTrue();
    }
}

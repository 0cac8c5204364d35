package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Weight, change, sector weight and book coverage: the formulas that moved out of RiskEngine into Sizing. */
class BookSharesTest {
    @Test
    void weightIsTheShareOfTheBooksExposure() {
        assertThat(Sizing.weightPct(OptionalDouble.of(250), 1_000).getAsDouble()).isEqualTo(25.0);
        assertThat(Sizing.weightPct(OptionalDouble.empty(), 1_000)).isEmpty();
        assertThat(Sizing.weightPct(OptionalDouble.of(250), 0)).isEmpty();
    }

    @Test
    void changeIsAgainstTheLastClose() {
        // 150 / 120 - 1 = +25 %
        assertThat(Sizing.changePct(OptionalDouble.of(150), OptionalDouble.of(120)).getAsDouble()).isEqualTo(25.0);
        assertThat(Sizing.changePct(OptionalDouble.of(150), OptionalDouble.empty())).isEmpty();
    }

    @Test
    void sectorWeightAndCoverage() {
        assertThat(Sizing.sectorWeightPct(300, 1_200)).isEqualTo(25.0);
        assertThat(Sizing.sectorWeightPct(300, 0)).isEqualTo(0.0);
        assertThat(Sizing.totalCoveragePct(OptionalDouble.of(800), OptionalDouble.of(600)).getAsDouble())
                .isEqualTo(75.0);
        assertThat(Sizing.totalCoveragePct(OptionalDouble.of(800), OptionalDouble.empty())).isEmpty();
        assertThat(Sizing.totalCoveragePct(OptionalDouble.of(0), OptionalDouble.of(0))).isEmpty();
    }
}

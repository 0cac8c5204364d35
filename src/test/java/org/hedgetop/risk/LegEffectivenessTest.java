package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Every expected figure below is worked out by hand in the comment above it (window 3 unless said). */
class LegEffectivenessTest {
    private static final double NAN = Double.NaN;

    @Test
    void aBasketThatIsExactly1point4TimesTheLegIsFullyHedgedInAndOutOfSample() {
        double[] leg = {0.01, -0.02, 0.03, -0.01, 0.02, -0.03, 0.015, -0.005};
        double[] basket = new double[leg.length];
        for (int i = 0; i < leg.length; i++) {
            basket[i] = 1.4 * leg[i];
        }
        // rho = 1 on any window; every rolling beta is 1.4, so every hedged return is 0
        LegEffectiveness.Leg figures = LegEffectiveness.of("BTC", basket, leg, 4);
        assertThat(figures.leg()).isEqualTo("BTC");
        assertThat(figures.inSample().getAsDouble()).isCloseTo(1, within(1e-12));
        assertThat(figures.outOfSample().getAsDouble()).isCloseTo(1, within(1e-12));
    }

    @Test
    void aBetaThatDoublesHalfwayIsWorseOutOfSampleThanIn() {
        // leg L = 1, -1, 0 | 1, -1, 0; basket B = L (beta 1), then 2 L (beta 2)
        double[] leg = {1, -1, 0, 1, -1, 0};
        double[] basket = {1, -1, 0, 2, -2, 0};
        // in-sample, last 3: B = 2 L, rho 1 -> 1
        assertThat(LegEffectiveness.inSample(basket, leg, 3).getAsDouble()).isCloseTo(1, within(1e-12));
        // i=3: beta on (1,-1,0)/(1,-1,0) = 1, hedged 2 - 1 = 1, unhedged 2
        // i=4: L = -1,0,1 (mean 0, var 1), B = -1,0,2 (mean 1/3): cov = (4/3 + 5/3) / 2 = 1.5, beta 1.5,
        //      hedged -2 - 1.5 * -1 = -0.5, unhedged -2
        // i=5: beta on (0,1,-1)/(0,2,-2) = 2, hedged 0 - 2 * 0 = 0, unhedged 0
        // var(1, -0.5, 0) = ((5/6)^2 + (2/3)^2 + (1/6)^2) / 2 = 7/12; var(2, -2, 0) = 8 / 2 = 4
        // 1 - (7/12) / 4 = 41/48
        assertThat(LegEffectiveness.outOfSample(basket, leg, 3).getAsDouble()).isCloseTo(41.0 / 48, within(1e-12));
    }

    @Test
    void anIndependentBasketIsZeroInSampleAndNegativeOutOfSample() {
        // last 3: L = 1, -1, 0 and B = 1, 1, -2 are orthogonal around their means: rho 0 -> in-sample 0
        double[] leg = {1, -1, 0, 1, -1, 0};
        double[] basket = {1, -1, 0, 1, 1, -2};
        assertThat(LegEffectiveness.inSample(basket, leg, 3).getAsDouble()).isCloseTo(0, within(1e-12));
        // i=3: beta 1 (B = L before), hedged 1 - 1 = 0, unhedged 1
        // i=4: L = -1,0,1, B = -1,0,1: beta 1, hedged 1 - (-1) = 2, unhedged 1
        // i=5: L = 0,1,-1, B = 0,1,1 (mean 2/3): cov = (1/3 - 1/3) / 2 = 0, beta 0, hedged -2, unhedged -2
        // var(0, 2, -2) = 8 / 2 = 4; var(1, 1, -2) = 6 / 2 = 3; 1 - 4/3 = -1/3: the past beta adds variance
        assertThat(LegEffectiveness.outOfSample(basket, leg, 3).getAsDouble()).isCloseTo(-1.0 / 3, within(1e-12));
    }

    @Test
    void tooFewReturnsBeforeTheWindowGiveNoOutOfSampleFigure() {
        // 4 returns, window 3: only i = 3 has a full window before it; one interval < 3 -> n/a
        double[] leg = {1, -1, 0, 1};
        double[] basket = {1, -1, 0, 2};
        assertThat(LegEffectiveness.outOfSample(basket, leg, 3)).isEmpty();
        // in-sample needs only the window: last 3, L = -1, 0, 1 and B = -1, 0, 2: rho = 1.5 / sqrt(1 * 7/3),
        // rho^2 = 2.25 * 3 / 7 = 27/28
        assertThat(LegEffectiveness.inSample(basket, leg, 3).getAsDouble()).isCloseTo(27.0 / 28, within(1e-12));
        // two returns: nothing at all
        assertThat(LegEffectiveness.inSample(new double[] {1, 2}, new double[] {1, 3}, 3)).isEmpty();
    }

    @Test
    void anIntervalWithAGapIsLeftOutOfBothVariances() {
        // 8 returns, window 3 -> intervals 5, 6, 7; the basket is missing at 6, which drops interval 6 and
        // leaves interval 7's estimation window 2 common returns (no beta): 1 interval counts -> n/a
        double[] leg = {1, -1, 0, 1, -1, 0, 1, -1};
        double[] basket = {1, -1, 0, 1, -1, 0, NAN, -1};
        assertThat(LegEffectiveness.outOfSample(basket, leg, 3)).isEmpty();
        // a zero unhedged variance (the basket flat over the window) is n/a, not 1 or NaN
        double[] flat = {1, -1, 0, 0, 0, 0};
        assertThat(LegEffectiveness.outOfSample(flat, new double[] {1, -1, 0, 1, -1, 0}, 3)).isEmpty();
    }

    @Test
    void theBetterLegIsTheHigherOutOfSampleFigureElseTheHigherInSampleOne() {
        LegEffectiveness.Leg btc = new LegEffectiveness.Leg("BTC", OptionalDouble.of(0.9), OptionalDouble.of(0.5));
        LegEffectiveness.Leg eth = new LegEffectiveness.Leg("ETH", OptionalDouble.of(0.6), OptionalDouble.of(0.55));
        // out-of-sample decides: 0.55 > 0.5 although BTC is better in-sample
        assertThat(LegEffectiveness.better(List.of(btc, eth))).contains("ETH");
        LegEffectiveness.Leg ethShort = new LegEffectiveness.Leg("ETH", OptionalDouble.of(0.6), OptionalDouble.empty());
        assertThat(LegEffectiveness.better(List.of(btc, ethShort))).contains("BTC"); // 0.9 > 0.6 in-sample
        LegEffectiveness.Leg none = new LegEffectiveness.Leg("ETH", OptionalDouble.empty(), OptionalDouble.empty());
        assertThat(LegEffectiveness.better(List.of(btc, none))).isEmpty();
        assertThat(LegEffectiveness.better(List.of(btc, btc))).isEmpty(); // a tie marks neither
        assertThat(LegEffectiveness.better(List.of())).isEmpty();
    }

    @Test
    void basketReturnsAreTheWeightedSumAndMissingWhereAMemberIs() {
        // 0.25 * 0.04 + 0.75 * -0.02 = 0.01 - 0.015 = -0.005; 0.25 * 0.08 + 0.75 * 0.04 = 0.05
        double[] r = LegEffectiveness.basketReturns(List.of(new double[] {0.04, 0.08, NAN},
                new double[] {-0.02, 0.04, 0.01}), new double[] {0.25, 0.75});
        assertThat(r[0]).isCloseTo(-0.005, within(1e-15));
        assertThat(r[1]).isCloseTo(0.05, within(1e-15));
        assertThat(r[2]).isNaN();
        assertThatThrownBy(() -> LegEffectiveness.basketReturns(List.of(new double[] {1}), new double[] {0.5, 0.5}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hedgetop.risk.Fixtures.plus;
import static org.hedgetop.risk.Fixtures.scale;

import java.util.List;
import org.hedgetop.book.Interval;
import org.junit.jupiter.api.Test;

class BasketStatsTest {
    static final double NAN = Double.NaN;

    /** r_B = sum w_t r_t built bucket by bucket: the definition the covariance shortcut must reproduce. */
    private static double[] basket(double[] w, double[]... members) {
        double[] out = new double[members[0].length];
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (int j = 0; j < members.length; j++) {
                s += w[j] * members[j][i];
            }
            out[i] = s;
        }
        return out;
    }

    @Test
    void quadraticFormsEqualTheStatisticsOfTheBasketReturnSeries() {
        double[] r1 = {0.012, -0.031, 0.004, 0.027, -0.009, 0.015};
        double[] r2 = {0.020, -0.010, -0.014, 0.033, 0.001, -0.002};
        double[] r3 = {-0.005, -0.022, 0.018, 0.011, -0.017, 0.026};
        double[] u = {0.010, -0.018, 0.002, 0.021, -0.004, 0.007};
        BasketStats b = BasketStats.of(List.of(r1, r2, r3), u);
        for (double[] w : new double[][] {{0.2, 0.5, 0.3}, {1.0 / 3, 1.0 / 3, 1.0 / 3}, {0.9, 0.05, 0.05}}) {
            double[] rb = basket(w, r1, r2, r3);
            assertThat(b.beta(w).getAsDouble()).isCloseTo(Stats.beta(rb, u).getAsDouble(), within(1e-12));
            assertThat(b.rho(w).getAsDouble()).isCloseTo(Stats.rho(rb, u).getAsDouble(), within(1e-12));
            assertThat(b.volatilityPct(w, Interval.D1).getAsDouble())
                    .isCloseTo(Stats.volatilityPct(rb, Interval.D1).getAsDouble(), within(1e-9));
        }
    }

    @Test
    void aBasketReturnNeedsEveryMemberAndRhoBetaNeedTheUnderlyingToo() {
        double[] r1 = {0.012, NAN, 0.004, 0.027, -0.009, 0.015, 0.003};
        double[] r2 = {0.020, -0.010, -0.014, 0.033, 0.001, -0.002, -0.011};
        double[] u = {0.010, -0.018, 0.002, 0.021, NAN, 0.007, 0.004};
        double[] w = {0.4, 0.6};
        BasketStats b = BasketStats.of(List.of(r1, r2), u);
        // basket returns exist where r1 and r2 do (6 buckets); joined with u, 5 remain
        double[] rb = basket(w, r1, r2); // NaN propagates where r1 is missing
        assertThat(b.commonReturns()).isEqualTo(5);
        assertThat(Stats.commonCount(rb, u)).isEqualTo(5);
        assertThat(b.beta(w).getAsDouble()).isCloseTo(Stats.beta(rb, u).getAsDouble(), within(1e-12));
        assertThat(b.rho(w).getAsDouble()).isCloseTo(Stats.rho(rb, u).getAsDouble(), within(1e-12));
        // the basket's own volatility does not drop the bucket where only the underlying is missing
        assertThat(b.volatilityPct(w, Interval.D1).getAsDouble())
                .isCloseTo(Stats.volatilityPct(rb, Interval.D1).getAsDouble(), within(1e-9));
    }

    /**
     * Worked example 4's statistics by construction: u alternates +-a; e = 1.05 * (a, a, -a, -a) has mean 0
     * and zero covariance with u. Then r_B = 1.4 u + e has beta = 1.4 and
     * rho = 1.4 sd_u / sqrt(1.96 var_u + 1.1025 var_u) = 1.4 / sqrt(3.0625) = 1.4 / 1.75 = 0.8.
     * UNI = r_B + g and AAVE = r_B - g with equal weights: the basket is r_B whatever g is.
     */
    @Test
    void constructedBasketHasBetaOnePointFourAndRhoZeroPointEight() {
        double a = 0.01;
        double[] u = Fixtures.repeat(2, a, -a, a, -a);
        double[] e = Fixtures.repeat(2, 1.05 * a, 1.05 * a, -1.05 * a, -1.05 * a);
        double[] g = {0.003, -0.001, 0.002, 0.004, -0.006, 0.001, 0.0, 0.002};
        double[] rb = plus(scale(1.4, u), e);
        BasketStats b = BasketStats.of(List.of(plus(rb, g), plus(rb, scale(-1, g))), u);
        double[] w = {0.5, 0.5};
        assertThat(b.beta(w).getAsDouble()).isCloseTo(1.4, within(1e-12));
        assertThat(b.rho(w).getAsDouble()).isCloseTo(0.8, within(1e-12));
        // other weights let g leak in: the statistics do depend on the current weights
        assertThat(b.beta(new double[] {0.9, 0.1}).getAsDouble()).isNotCloseTo(1.4, within(1e-3));
    }

    @Test
    void tooFewCommonReturnsOrAFlatUnderlyingIsNa() {
        BasketStats few = BasketStats.of(List.of(new double[] {0.01, 0.02, NAN}), new double[] {0.01, -0.01, 0.02});
        assertThat(few.beta(new double[] {1})).isEmpty();
        assertThat(few.rho(new double[] {1})).isEmpty();
        assertThat(few.volatilityPct(new double[] {1}, Interval.D1)).isEmpty();
        BasketStats flat = BasketStats.of(List.of(new double[] {0.01, 0.02, -0.01}), new double[] {0, 0, 0});
        assertThat(flat.beta(new double[] {1})).isEmpty();
        assertThat(flat.rho(new double[] {1})).isEmpty();
        assertThat(flat.volatilityPct(new double[] {1}, Interval.D1)).isPresent();
    }
}

package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.hedgetop.book.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statistics checked against arithmetic written out by hand in the test. Returns a = [0.01, -0.02, 0.03, 0],
 * b = [0.02, -0.01, 0.01, -0.02]:
 * <pre>
 *   mean a = 0.02/4 = 0.005, deviations  0.005, -0.025, 0.025, -0.005, sum of squares 0.0013
 *   mean b = 0,              deviations  0.02,  -0.01,  0.01,  -0.02,  sum of squares 0.0010
 *   sum of products 0.005*0.02 + 0.025*0.01 + 0.025*0.01 + 0.005*0.02 = 0.0007
 *   var a = 0.0013/3, var b = 0.0010/3, cov = 0.0007/3   (n-1 = 3)
 *   beta(a, b) = 0.0007/0.0010 = 0.7
 *   beta(b, a) = 0.0007/0.0013
 *   rho        = 0.0007/sqrt(0.0013 * 0.0010)
 *   vol a (1d) = 100 * sqrt(0.0013/3) * sqrt(365)
 * </pre>
 */
class StatsTest {
    static final double[] A = {0.01, -0.02, 0.03, 0.0};
    static final double[] B = {0.02, -0.01, 0.01, -0.02};
    static final double NAN = Double.NaN;

    @Test
    void betaRhoAndVolatilityMatchTheHandArithmetic() {
        assertThat(Stats.beta(A, B).getAsDouble()).isCloseTo(0.7, within(1e-12));
        assertThat(Stats.beta(B, A).getAsDouble()).isCloseTo(0.0007 / 0.0013, within(1e-12));
        assertThat(Stats.rho(A, B).getAsDouble()).isCloseTo(0.0007 / Math.sqrt(0.0013 * 0.0010), within(1e-12));
        assertThat(Stats.rho(A, B).getAsDouble()).isCloseTo(0.6139406135149205, within(1e-12));
        assertThat(Stats.volatilityPct(A, Interval.D1).getAsDouble())
                .isCloseTo(100 * Math.sqrt(0.0013 / 3) * Math.sqrt(365), within(1e-10));
    }

    @ParameterizedTest(name = "{0}: {1} periods per year")
    @CsvSource({"1d, 365", "4h, 2190", "1h, 8760"})
    void volatilityAnnualisesWithPeriodsPerYear(String interval, int periods) {
        Interval i = Interval.parse(interval).orElseThrow();
        assertThat(Stats.volatilityPct(A, i).getAsDouble())
                .isCloseTo(100 * Math.sqrt(0.0013 / 3) * Math.sqrt(periods), within(1e-9));
    }

    @Test
    void innerJoinDropsBucketsMissingInEitherSeries() {
        // A gains a bucket B lacks and vice versa; only the four common buckets count, as above
        double[] a = {0.01, 0.5, -0.02, 0.03, NAN, 0.0};
        double[] b = {0.02, NAN, -0.01, 0.01, 0.7, -0.02};
        assertThat(Stats.commonCount(a, b)).isEqualTo(4);
        assertThat(Stats.beta(a, b).getAsDouble()).isCloseTo(0.7, within(1e-12));
        assertThat(Stats.rho(a, b).getAsDouble()).isCloseTo(0.0007 / Math.sqrt(0.0013 * 0.0010), within(1e-12));
    }

    @Test
    void fewerThanThreeCommonReturnsIsNa() {
        double[] a = {0.01, -0.02, NAN, 0.03};
        double[] b = {0.02, NAN, -0.01, 0.01};
        assertThat(Stats.commonCount(a, b)).isEqualTo(2);
        assertThat(Stats.rho(a, b)).isEmpty();
        assertThat(Stats.beta(a, b)).isEmpty();
        assertThat(Stats.volatilityPct(new double[] {0.01, NAN, 0.02}, Interval.D1)).isEmpty();
        assertThat(Stats.volatilityPct(new double[] {0.01, 0.03, 0.02}, Interval.D1)).isPresent();
        assertThat(Stats.rho(new double[0], new double[0])).isEmpty();
    }

    @Test
    void zeroVarianceGivesNaNotNanOrInfinity() {
        double[] flat = {0, 0, 0, 0};
        assertThat(Stats.beta(A, flat)).isEmpty(); // divides by var(ref)
        assertThat(Stats.rho(A, flat)).isEmpty();
        assertThat(Stats.rho(flat, A)).isEmpty();
        assertThat(Stats.beta(flat, A)).hasValue(0.0); // a flat asset has no beta to anything: 0, a value
        assertThat(Stats.volatilityPct(flat, Interval.D1)).hasValue(0.0);
        // the same ratio every bucket: variance is rounding noise only
        double r = Math.log(1.1);
        double[] steady = Returns.logReturns(Fixtures.closesFromReturns(100, r, r, r, r, r));
        assertThat(Stats.rho(A, java.util.Arrays.copyOf(steady, 4))).isEmpty();
    }

    @Test
    void rhoOfASeriesWithItselfIsExactlyOne() {
        double[] x = {0.013, -0.021, 0.037, 0.001, -0.007};
        assertThat(Stats.rho(x, x)).hasValue(1.0);
        assertThat(Stats.rho(x, Fixtures.scale(-3, x))).hasValue(-1.0);
    }

    @Test
    void finiteHidesNanAndInfinity() {
        assertThat(Stats.finite(Double.NaN)).isEqualTo(OptionalDouble.empty());
        assertThat(Stats.finite(Double.POSITIVE_INFINITY)).isEmpty();
        assertThat(Stats.finite(-2.5)).hasValue(-2.5);
    }
}

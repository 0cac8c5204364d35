package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The on-demand matrix gives, cell by cell, what the pairwise {@link Stats#rho} definition gives. */
class CorrelationMatrixTest {
    private static final double NA = Double.NaN;

    /** Windows of every kind: complete, gapped, flat (no variance), all missing, correlated with the first. */
    private static List<double[]> windows(long seed, int length) {
        Random rnd = new Random(seed);
        List<double[]> out = new ArrayList<>();
        double[] market = new double[length];
        for (int k = 0; k < length; k++) {
            market[k] = rnd.nextGaussian() * 0.03;
        }
        for (int c = 0; c < 12; c++) {
            double[] r = new double[length];
            double beta = rnd.nextDouble() * 2 - 0.5;
            for (int k = 0; k < length; k++) {
                r[k] = beta * market[k] + rnd.nextGaussian() * 0.02;
            }
            if (c % 4 == 1) {
                r[rnd.nextInt(length)] = NA; // a gap
                r[rnd.nextInt(length)] = NA;
            }
            if (c == 6) {
                java.util.Arrays.fill(r, 0.01); // flat: moves by the same ratio every bucket
            }
            if (c == 7) {
                java.util.Arrays.fill(r, NA); // no history at all
            }
            out.add(r);
        }
        return out;
    }

    private static double expected(double[] a, double[] b, boolean diagonal) {
        if (diagonal) {
            return Stats.rho(a, a).isPresent() ? 1.0 : NA;
        }
        return Stats.rho(a, b).orElse(NA);
    }

    @Test
    void everyCellMatchesThePairwiseDefinition() {
        for (int length : new int[] {2, 3, 5, 30, 365}) {
            List<double[]> w = windows(length, length);
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < w.size(); i++) {
                labels.add("T" + i);
            }
            CorrelationMatrix m = CorrelationMatrix.ofReturns(labels, w);
            assertThat(m.size()).isEqualTo(w.size());
            for (int i = 0; i < w.size(); i++) {
                for (int j = 0; j < w.size(); j++) {
                    double want = expected(w.get(i), w.get(j), i == j);
                    OptionalDouble got = m.rho(i, j);
                    if (Double.isNaN(want)) {
                        assertThat(got).as("length %d cell %d,%d", length, i, j).isEmpty();
                    } else {
                        assertThat(got.getAsDouble()).as("length %d cell %d,%d", length, i, j)
                                .isCloseTo(want, within(1e-12));
                    }
                    assertThat(m.rho(j, i)).isEqualTo(got); // symmetric to the last bit
                }
            }
        }
    }

    @Test
    void perfectlyCorrelatedAndAntiCorrelatedWindowsStayWithinMinusOneAndOne() {
        double[] a = {0.01, -0.02, 0.03, 0.005, -0.01};
        double[] twice = new double[a.length];
        double[] negative = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            twice[k] = 2 * a[k] + 0.001;
            negative[k] = -3 * a[k];
        }
        CorrelationMatrix m = CorrelationMatrix.ofReturns(List.of("A", "B", "C"), List.of(a, twice, negative));
        assertThat(m.rho(0, 1).getAsDouble()).isCloseTo(1, within(1e-12)).isLessThanOrEqualTo(1);
        assertThat(m.rho(0, 2).getAsDouble()).isCloseTo(-1, within(1e-12)).isGreaterThanOrEqualTo(-1);
        assertThat(m.rho(1, 1)).hasValue(1.0);
    }

    @Test
    void theMatrixDoesNotChangeWhenTheCallerReusesItsArrays() {
        double[] a = {0.01, -0.02, 0.03, 0.005};
        double[] b = {0.02, -0.01, 0.01, 0.0};
        CorrelationMatrix m = CorrelationMatrix.ofReturns(List.of("A", "B"), List.of(a, b));
        OptionalDouble before = m.rho(0, 1);
        a[0] = NA;
        b[1] = 5;
        assertThat(m.rho(0, 1)).isEqualTo(before);
    }
}

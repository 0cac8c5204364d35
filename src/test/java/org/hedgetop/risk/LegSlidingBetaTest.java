package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The out-of-sample figure slides running sums instead of re-estimating each interval's beta from scratch; it
 * must give what the definition gives: for each interval, {@link Stats#beta} (two-pass) on the window before it.
 */
class LegSlidingBetaTest {
    @Test
    void runningSumsGiveTheDefinitionsFigureOnRandomSeriesWithGaps() {
        Random random = new Random(42);
        for (int run = 0; run < 200; run++) {
            int window = 3 + random.nextInt(40);
            int len = window + random.nextInt(2 * window + 1);
            double[] leg = new double[len];
            double[] basket = new double[len];
            double beta = random.nextGaussian() * 2;
            for (int i = 0; i < len; i++) {
                leg[i] = random.nextGaussian() * 0.03;
                basket[i] = beta * leg[i] + random.nextGaussian() * 0.02;
                if (random.nextInt(12) == 0) {
                    leg[i] = Double.NaN;
                }
                if (random.nextInt(12) == 0) {
                    basket[i] = Double.NaN;
                }
            }
            OptionalDouble expected = byDefinition(basket, leg, window);
            OptionalDouble actual = LegEffectiveness.outOfSample(basket, leg, window);
            assertThat(actual.isPresent()).as("run %d", run).isEqualTo(expected.isPresent());
            if (expected.isPresent()) {
                assertThat(actual.getAsDouble()).as("run %d", run).isCloseTo(expected.getAsDouble(), within(1e-9));
            }
        }
    }

    /** The slow reading of the definition, written again here: one two-pass beta per interval. */
    private static OptionalDouble byDefinition(double[] basket, double[] leg, int window) {
        int len = Math.min(basket.length, leg.length);
        List<Double> hedged = new ArrayList<>();
        List<Double> unhedged = new ArrayList<>();
        for (int i = Math.max(window, len - window); i < len; i++) {
            if (Double.isNaN(basket[i]) || Double.isNaN(leg[i])) {
                continue;
            }
            OptionalDouble b = Stats.beta(Arrays.copyOfRange(basket, i - window, i), Arrays.copyOfRange(leg, i - window, i));
            if (b.isPresent()) {
                hedged.add(basket[i] - b.getAsDouble() * leg[i]);
                unhedged.add(basket[i]);
            }
        }
        if (unhedged.size() < 3) {
            return OptionalDouble.empty();
        }
        double vu = variance(unhedged);
        return vu > 0 ? OptionalDouble.of(1 - variance(hedged) / vu) : OptionalDouble.empty();
    }

    private static double variance(List<Double> xs) {
        double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (xs.size() - 1);
    }
}

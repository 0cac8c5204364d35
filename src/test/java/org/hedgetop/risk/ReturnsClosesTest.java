package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.hedgetop.book.Interval;
import org.hedgetop.market.PriceSeries;
import org.junit.jupiter.api.Test;

/** The one-pass close extraction agrees with the definition "last observation at or before the bucket's end". */
class ReturnsClosesTest {
    /** The definition, one binary search per bucket. */
    private static double[] reference(PriceSeries s, Interval interval, long lastBucket, int count) {
        double[] out = new double[count];
        long step = interval.millis();
        for (int i = 0; i < count; i++) {
            long start = lastBucket - (long) (count - 1 - i) * step;
            int idx = s.indexAtOrBefore(start + step - 1);
            out[i] = idx >= 0 && s.time(idx) >= start ? s.price(idx) : Double.NaN;
        }
        return out;
    }

    @Test
    void agreesWithTheDefinitionOnRandomSeries() {
        Random rnd = new Random(11);
        long day = Interval.D1.millis();
        long base = 1_700_000_000_000L / day * day;
        for (int trial = 0; trial < 500; trial++) {
            Interval interval = Interval.values()[trial % 3];
            int points = rnd.nextInt(200);
            long[] t = new long[points];
            double[] p = new double[points];
            long span = interval.millis() * (5 + rnd.nextInt(60));
            for (int k = 0; k < points; k++) {
                // some points before the window, some in the open bucket, some on bucket edges
                long at = base - span / 2 + (long) (rnd.nextDouble() * span * 1.5);
                t[k] = rnd.nextInt(5) == 0 ? interval.bucketStart(at) - (rnd.nextBoolean() ? 1 : 0) : at;
                p[k] = 1 + rnd.nextDouble();
            }
            PriceSeries s = PriceSeries.of(t, p, null);
            long lastBucket = interval.bucketStart(base + rnd.nextInt(10) * interval.millis());
            int count = 1 + rnd.nextInt(40);
            assertThat(Returns.closes(s, interval, lastBucket, count)).as("trial %d", trial)
                    .containsExactly(reference(s, interval, lastBucket, count));
        }
    }

    @Test
    void anEmptySeriesHasNoCloses() {
        assertThat(Returns.closes(PriceSeries.EMPTY, Interval.H1, 0, 3)).containsOnly(Double.NaN);
    }
}

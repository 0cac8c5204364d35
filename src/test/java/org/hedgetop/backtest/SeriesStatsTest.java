package org.hedgetop.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.hedgetop.book.Interval;
import org.junit.jupiter.api.Test;

class SeriesStatsTest {
    @Test
    void effectivenessIsOneMinusTheRatioOfSampleVariances() {
        // unhedged differences 2, -2, 4: mean 4/3, var = ((2/3)^2 + (10/3)^2 + (8/3)^2) / 2 = 168/18 = 9.333..
        // hedged differences 1, -1, 0: mean 0, var = 2 / 2 = 1
        double[] u = {10, 12, 10, 14};
        double[] h = {10, 11, 10, 10};
        assertThat(SeriesStats.effectiveness(h, u).getAsDouble()).isCloseTo(1 - 1 / (168.0 / 18), within(1e-12));
    }

    @Test
    void effectivenessIsUnknownWithFewerThanTwoDifferencesOrAFlatUnhedgedSeries() {
        assertThat(SeriesStats.effectiveness(new double[] {1, 2}, new double[] {1, 3})).isEmpty();
        assertThat(SeriesStats.effectiveness(new double[] {1, 2, 4}, new double[] {5, 5, 5})).isEmpty();
    }

    @Test
    void worstIntervalMayBePositiveAndTheDrawdownRunsFromThePeak() {
        assertThat(SeriesStats.worstInterval(new double[] {1, 3, 6}).getAsDouble()).isEqualTo(2);
        // peak 12 then 7: 5; later 11 -> 8 is 3 below 11 but 4 below the peak 12
        assertThat(SeriesStats.maxDrawdown(new double[] {10, 12, 7, 11, 8}).getAsDouble()).isEqualTo(5);
        assertThat(SeriesStats.maxDrawdown(new double[] {Double.NaN})).isEmpty();
    }

    @Test
    void closesAreRoundedDownToTheInterval() {
        List<Instant> c = Backtest.closes(Interval.H4, Instant.parse("2026-01-01T05:00:00Z"),
                Instant.parse("2026-01-01T16:59:00Z"));
        assertThat(c).containsExactly(Instant.parse("2026-01-01T04:00:00Z"), Instant.parse("2026-01-01T08:00:00Z"),
                Instant.parse("2026-01-01T12:00:00Z"), Instant.parse("2026-01-01T16:00:00Z"));
    }
}

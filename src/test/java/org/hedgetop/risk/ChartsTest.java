package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hedgetop.book.Interval;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;
import org.junit.jupiter.api.Test;

class ChartsTest {
    private static final long DAY = 86_400_000L;
    private static final long T0 = 20_000 * DAY; // a UTC midnight

    private static Charts charts(PriceSeries sol, long nowMillis, int window) {
        MarketSnapshot m = new MarketSnapshot(Instant.ofEpochMilli(nowMillis), Map.of(), Map.of(),
                Map.of("SOL", sol), Map.of(), Map.of(), Map.of(), "test", "live");
        return Charts.of(m, Instant.ofEpochMilli(nowMillis), Interval.D1, window);
    }

    @Test
    void sparklineClosesAreTheStatisticsClosesAndTheOpenBucketLast() {
        PriceSeries s = PriceSeries.of(
                new long[] {T0 + 1_000, T0 + DAY / 2, T0 + 2 * DAY + 5, T0 + 3 * DAY + 7},
                new double[] {10, 11, 12, 13}, null);
        // now is inside day 3: buckets day -1, 0, 1, 2, 3
        double[] out = charts(s, T0 + 3 * DAY + 60_000, 30).sparkline("SOL", 5);
        assertThat(out[0]).isNaN();          // before the first price
        assertThat(out[1]).isEqualTo(11);    // day 0 closes at its last price
        assertThat(out[2]).isNaN();          // day 1 has none: no close, as in Returns (not carried forward)
        assertThat(out[3]).isEqualTo(12);
        assertThat(out[4]).isEqualTo(13);    // open bucket: the latest price
        // the closed ones are exactly Returns' closes
        double[] stats = Returns.closes(s, Interval.D1, T0 + 2 * DAY, 4);
        assertThat(List.of(out[1], out[3])).containsExactly(stats[1], stats[3]);
    }

    @Test
    void aPriceAfterNowIsNotUsed() {
        PriceSeries s = PriceSeries.of(new long[] {T0, T0 + 10}, new double[] {5, 6}, null);
        assertThat(charts(s, T0 + 5, 30).sparkline("SOL", 1)).containsExactly(5);
    }

    @Test
    void aChartSamplesTheWindowAndKnowsItsTrueHighAndLow() {
        // window 2 days ending at T0 + 2 DAY; 4 samples end at +12h, +24h, +36h, +48h
        PriceSeries s = PriceSeries.of(new long[] {T0 + 1, T0 + 2, T0 + DAY + 1, T0 + 2 * DAY - 1},
                new double[] {10, 30, 20, 15}, null);
        Charts.Chart c = charts(s, T0 + 2 * DAY, 2).spotChart("SOL", 4);
        assertThat(c.values()).containsExactly(30, 30, 20, 15);
        assertThat(c.high()).isEqualTo(30);
        assertThat(c.low()).isEqualTo(10); // between samples
        assertThat(c.last()).isEqualTo(15);
    }

    @Test
    void theProfileHasAFixedNumberOfBins() {
        PriceSeries s = PriceSeries.of(new long[] {T0 + 1, T0 + 2}, new double[] {100, 124}, new double[] {1, 2});
        VolumeProfile vp = charts(s, T0 + DAY, 1).spotProfile("SOL").orElseThrow();
        assertThat(vp.volume()).hasSize(24);
        assertThat(vp.volume()[0]).isEqualTo(1);
        assertThat(vp.volume()[23]).isEqualTo(2);
        assertThat(vp.binMid(0)).isEqualTo(100.5);
    }

    @Test
    void aViewWithoutSeriesDrawsNothing() {
        assertThat(Charts.NONE.sparkline("SOL", 2)).containsOnly(Double.NaN);
        assertThat(Charts.NONE.spotChart("SOL", 3).empty()).isTrue();
        assertThat(Charts.NONE.refused("SOL")).isFalse();
    }
}

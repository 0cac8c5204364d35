package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.hedgetop.book.Interval;
import org.hedgetop.market.PriceSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnsTest {
    private static long t(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @ParameterizedTest(name = "{0} at {1} -> last closed bucket {2}")
    @CsvSource({
            "1d, 2026-11-16T12:00:00Z, 2026-11-15T00:00:00Z",
            "1d, 2026-11-16T00:00:00Z, 2026-11-15T00:00:00Z", // a bucket ending exactly now is closed
            "1d, 2026-11-15T23:59:59.999Z, 2026-11-14T00:00:00Z",
            "4h, 2026-11-16T09:30:00Z, 2026-11-16T04:00:00Z",
            "1h, 2026-11-16T09:30:00Z, 2026-11-16T08:00:00Z"})
    void lastClosedBucketIsTheOneBeforeTheOpenBucket(String interval, String now, String expected) {
        Interval i = Interval.parse(interval).orElseThrow();
        assertThat(Returns.lastClosedBucket(i, Instant.parse(now))).isEqualTo(t(expected));
    }

    @Test
    void closeIsTheLastObservationInEachBucketAndTheOpenBucketIsIgnored() {
        PriceSeries s = PriceSeries.of(new long[] {
                t("2026-11-13T01:00:00Z"), t("2026-11-13T23:59:59Z"), // bucket 13: close 11
                // bucket 14: nothing
                t("2026-11-15T00:00:00Z"), t("2026-11-15T10:00:00Z"), // bucket 15: close 13
                t("2026-11-16T00:00:00Z"), t("2026-11-16T11:00:00Z")}, // open bucket 16: ignored
                new double[] {10, 11, 12, 13, 14, 15}, null);
        double[] closes = Returns.closes(s, Interval.D1, t("2026-11-15T00:00:00Z"), 3);
        assertThat(closes[0]).isEqualTo(11);
        assertThat(closes[1]).isNaN();
        assertThat(closes[2]).isEqualTo(13);
    }

    @Test
    void aGapBreaksTheReturnsOnBothSidesInsteadOfJoiningAcross() {
        double[] r = Returns.logReturns(new double[] {100, 110, Double.NaN, 121, 133.1});
        assertThat(r).hasSize(4);
        assertThat(r[0]).isCloseTo(Math.log(1.1), within(1e-15));
        assertThat(r[1]).isNaN(); // 110 -> gap
        assertThat(r[2]).isNaN(); // gap -> 121: NOT ln(121/110)
        assertThat(r[3]).isCloseTo(Math.log(1.1), within(1e-15));
    }

    @Test
    void windowTakesTheLastWindowReturnsEndingAtTheLastClosedBucket() {
        // five daily closes ending 2026-11-15; window 2 -> closes of 13, 14, 15 -> two returns
        PriceSeries s = Fixtures.dailyCloses(Fixtures.NOW, 50, 100, 200, 220, 242);
        double[] r = Returns.window(s, Interval.D1, Fixtures.NOW, 2);
        assertThat(r).containsExactly(Math.log(220.0 / 200), Math.log(242.0 / 220));
    }
}

package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hedgetop.book.Interval;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.market.replay.ReplaySource;
import org.hedgetop.market.sim.SimulatedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline sources deliver the 2 window + 1 closes the out-of-sample leg effectiveness needs (the live
 * sources' depth is held by BinanceSourceTest, BybitSourceTest and HyperliquidSourceTest: 63 candles for
 * window 30). With the old depth, max(window, 30) + 2 days, the daily case had 32 closes of the 61.
 */
class TwiceTheWindowTest {
    private static final Instant NOW = Instant.parse("2026-11-16T12:00:00Z");

    @TempDir
    Path dir;

    private static MarketRequest request(int window) {
        return org.hedgetop.market.Fixtures.request(List.of("SOL"),
                List.of(org.hedgetop.market.Fixtures.perp("SOLUSDT", "SOL", null)), window);
    }

    private static int present(PriceSeries s, Interval interval, Instant now, int count) {
        double[] closes = Returns.closes(s, interval, Returns.lastClosedBucket(interval, now), count);
        int n = 0;
        for (double c : closes) {
            n += Double.isFinite(c) ? 1 : 0;
        }
        return n;
    }

    @Test
    void theSimulatorCoversTwiceTheWindowAtEveryInterval() {
        for (int window : new int[] {30, 45}) {
            MarketSnapshot s = new SimulatedSource(request(window), 7, Duration.ofSeconds(5)).poll(NOW);
            for (Interval interval : List.of(Interval.D1, Interval.H4, Interval.H1)) {
                int count = 2 * window + 1;
                assertThat(present(s.spotSeries("SOL"), interval, NOW, count)).as(interval + " w" + window)
                        .isEqualTo(count);
                assertThat(present(s.spotSeries("ETH"), interval, NOW, count)).isEqualTo(count);
            }
        }
    }

    @Test
    void aReplayCoversTwiceTheWindowWhenTheFileDoes() throws IOException {
        StringBuilder csv = new StringBuilder("time,symbol,kind,value\n");
        Instant t0 = Instant.parse("2022-01-01T00:00:00Z");
        for (int d = 0; d < 100; d++) {
            csv.append(t0.plus(Duration.ofDays(d))).append(",SOL,spot,").append(100 + d).append('\n');
        }
        Path f = dir.resolve("h.csv");
        Files.writeString(f, csv);
        Instant now = t0.plus(Duration.ofDays(99)).plus(Duration.ofHours(12));
        PriceSeries sol = ReplaySource.open(f, request(30)).poll(now).spotSeries("SOL");
        // window 30: 61 daily closes, days 38..98 (day 99's bucket is still open at noon)
        assertThat(present(sol, Interval.D1, now, 61)).isEqualTo(61);
        double[] closes = Returns.closes(sol, Interval.D1, Returns.lastClosedBucket(Interval.D1, now), 61);
        assertThat(closes[0]).isEqualTo(138.0);
        assertThat(closes[60]).isEqualTo(198.0);
    }
}

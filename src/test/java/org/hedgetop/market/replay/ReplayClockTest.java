package org.hedgetop.market.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hedgetop.book.Interval;
import org.hedgetop.market.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayClockTest {
    static final Instant WALL = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void replayRunsSpeedTimesFasterAndHoldsAtTheEnd() {
        ReplayClock c = new ReplayClock(Instant.parse("2022-05-01T00:00:00Z"), Instant.parse("2022-05-02T00:00:00Z"),
                WALL, 60);
        assertThat(c.replayTime(WALL)).isEqualTo(Instant.parse("2022-05-01T00:00:00Z"));
        assertThat(c.replayTime(WALL.plusSeconds(60))).isEqualTo(Instant.parse("2022-05-01T01:00:00Z"));
        assertThat(c.finished(WALL.plusSeconds(60))).isFalse();
        assertThat(c.replayTime(WALL.plusSeconds(24 * 60))).isEqualTo(Instant.parse("2022-05-02T00:00:00Z"));
        assertThat(c.replayTime(WALL.plusSeconds(99_999))).isEqualTo(Instant.parse("2022-05-02T00:00:00Z"));
        assertThat(c.finished(WALL.plusSeconds(24 * 60))).isTrue();
        assertThat(c.replayTime(WALL.minusSeconds(5))).isEqualTo(Instant.parse("2022-05-01T00:00:00Z"));
    }

    @Test
    void startsWhereTheWindowIsFull(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("time,symbol,kind,value\n");
        Instant t0 = Instant.parse("2022-01-01T12:00:00Z");
        for (int d = 0; d < 45; d++) {
            csv.append(t0.plusSeconds(86400L * d)).append(",SOL,spot,").append(100 + d).append('\n');
        }
        Path f = dir.resolve("h.csv");
        Files.writeString(f, csv);
        ReplaySource src = ReplaySource.open(f, Fixtures.request(List.of("SOL"), List.of(), 30));
        ReplayClock c = ReplayClock.forSource(src, Interval.D1, 30, 60, WALL);
        // bucket of the first row starts 2022-01-01; 31 daily buckets must close: 2022-02-01T00:00Z
        assertThat(c.replayStart()).isEqualTo(Instant.parse("2022-02-01T00:00:00Z"));
        assertThat(c.replayEnd()).isEqualTo(t0.plusSeconds(86400L * 44));
    }

    @Test
    void speedMustBePositive() {
        Instant t = Instant.parse("2022-05-01T00:00:00Z");
        assertThatThrownBy(() -> new ReplayClock(t, t, WALL, 0)).hasMessageContaining("--speed must be a positive");
        assertThatThrownBy(() -> new ReplayClock(t, t, WALL, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}

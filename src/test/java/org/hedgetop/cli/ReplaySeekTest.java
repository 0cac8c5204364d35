package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.hedgetop.market.replay.ReplayClock;
import org.junit.jupiter.api.Test;

/** Issue 12 item 17: keys seek a replay - one interval back or forward, or to the start - inside its span. */
class ReplaySeekTest {
    static final Instant WALL = Instant.parse("2026-11-30T12:00:00Z");
    static final Instant START = Instant.parse("2022-05-01T00:00:00Z");
    static final Instant END = Instant.parse("2022-05-11T00:00:00Z");

    /** A wall clock the test moves by hand. */
    static final class Wall extends Clock {
        Instant now = WALL;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void seekingMovesReplayTimeAndStaysInsideTheReplay() {
        Wall wall = new Wall();
        ReplayWallClock c = new ReplayWallClock(new ReplayClock(START, END, WALL, 60), wall);
        wall.now = WALL.plusSeconds(60); // 60 wall seconds at 60x: one replay hour
        assertThat(c.instant()).isEqualTo(Instant.parse("2022-05-01T01:00:00Z"));

        c.seek(Duration.ofDays(1), false);
        assertThat(c.instant()).isEqualTo(Instant.parse("2022-05-02T01:00:00Z"));
        wall.now = wall.now.plusSeconds(60); // and it keeps running from there
        assertThat(c.instant()).isEqualTo(Instant.parse("2022-05-02T02:00:00Z"));

        c.seek(Duration.ofDays(-1), false);
        assertThat(c.instant()).isEqualTo(Instant.parse("2022-05-01T02:00:00Z"));
        c.seek(Duration.ofDays(-1), false);
        assertThat(c.instant()).as("not before the start").isEqualTo(START);

        c.seek(Duration.ofDays(30), false);
        assertThat(c.instant()).as("not after the end").isEqualTo(END);
        c.seek(Duration.ofDays(-1), false);
        assertThat(c.instant()).isEqualTo(Instant.parse("2022-05-10T00:00:00Z"));

        c.seek(Duration.ZERO, true);
        assertThat(c.instant()).isEqualTo(START);
    }
}

package org.hedgetop.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.hedgetop.market.replay.ReplayClock;

/**
 * The monitor's clock during a replay: replay time from {@link ReplayClock}, frozen while the user has
 * paused (p), so a pause does not skip a stretch of history on resume.
 */
final class ReplayWallClock extends Clock {
    private final ReplayClock replay;
    private final Clock wall;
    private Duration pausedFor = Duration.ZERO;
    private Instant pausedAt;

    ReplayWallClock(ReplayClock replay, Clock wall) {
        this.replay = replay;
        this.wall = wall;
    }

    synchronized void pause() {
        if (pausedAt == null) {
            pausedAt = wall.instant();
        }
    }

    synchronized void resume() {
        if (pausedAt != null) {
            pausedFor = pausedFor.plus(Duration.between(pausedAt, wall.instant()));
            pausedAt = null;
        }
    }

    @Override
    public synchronized Instant instant() {
        Instant w = pausedAt != null ? pausedAt : wall.instant();
        return replay.replayTime(w.minus(pausedFor));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("replay time is UTC");
    }
}

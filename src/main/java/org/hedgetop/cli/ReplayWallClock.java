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

    /**
     * Moves replay time by {@code by} (negative: back), or to the start; kept inside the replay. The
     * wall clock keeps running: what moves is the offset between it and replay time.
     */
    synchronized void seek(Duration by, boolean restart) {
        Instant w = pausedAt != null ? pausedAt : wall.instant();
        long span = Duration.between(replay.replayStart(), replay.replayEnd()).toMillis();
        double elapsedReplay = Duration.between(replay.wallStart(), w.minus(pausedFor)).toMillis() * replay.speed();
        double target = restart ? 0 : Math.max(0, Math.min(span, Math.min(span, elapsedReplay) + by.toMillis()));
        long wallElapsed = (long) Math.ceil(target / replay.speed());
        pausedFor = Duration.between(replay.wallStart(), w).minusMillis(wallElapsed);
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

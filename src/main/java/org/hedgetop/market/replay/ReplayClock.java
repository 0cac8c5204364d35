package org.hedgetop.market.replay;

import java.time.Duration;
import java.time.Instant;
import org.hedgetop.book.Interval;

/**
 * Maps wall-clock time to replay time for the monitor: replay time runs {@code speed} times faster than
 * the wall clock from {@code replayStart} (taken at {@code wallStart}) and stops at {@code replayEnd}.
 * {@link #forSource} starts where the statistics window is first full, so numbers are there at the first
 * frame (see {@link ReplaySource#windowFullTime}).
 *
 * @param replayStart replay time at wallStart
 * @param replayEnd   replay time holds here (the file's last row)
 * @param wallStart   wall time when the replay started
 * @param speed       replay seconds per wall second, positive (the --speed option, default 60)
 */
public record ReplayClock(Instant replayStart, Instant replayEnd, Instant wallStart, double speed) {
    public ReplayClock {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("--speed must be a positive number, got " + speed);
        }
        if (replayEnd.isBefore(replayStart)) {
            replayEnd = replayStart;
        }
    }

    public static ReplayClock forSource(ReplaySource source, Interval interval, int window, double speed,
                                        Instant wallStart) {
        return new ReplayClock(source.windowFullTime(interval, window), source.lastTime(), wallStart, speed);
    }

    /** Replay time at a wall time: start + elapsed * speed, held within [replayStart, replayEnd]. */
    public Instant replayTime(Instant wallNow) {
        long elapsedMs = Math.max(0, Duration.between(wallStart, wallNow).toMillis());
        double replayMs = elapsedMs * speed;
        long span = Duration.between(replayStart, replayEnd).toMillis();
        if (replayMs >= span) {
            return replayEnd;
        }
        return replayStart.plusMillis((long) replayMs);
    }

    /** True once the replay has reached its last row. */
    public boolean finished(Instant wallNow) {
        return !replayTime(wallNow).isBefore(replayEnd);
    }
}

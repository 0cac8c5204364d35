package org.hedgetop.risk;

import java.time.Instant;
import org.hedgetop.book.Interval;
import org.hedgetop.market.PriceSeries;

/**
 * Closes and log returns of a price series over the statistics window.
 *
 * <p>Only CLOSED buckets count: a bucket is {@code [start, start + interval)}, aligned to UTC midnight,
 * and closed once {@code start + interval <= now}. The close of a bucket is the last observation in it.
 *
 * <p>The window is calendar-based: it is the {@code window} most recent closed buckets, so every
 * statistic of one evaluation covers the same period. A return at bucket {@code b} is
 * {@code ln(close_b / close_(b-1))} and exists only when both buckets have a close: a gap in a series
 * <em>breaks</em> the returns on both sides of it instead of joining across it, because a return that
 * spans two intervals has twice the variance and would sit next to one-interval returns of the other
 * series in an inner join. Missing values are NaN in the arrays returned here; {@link Stats} skips them.
 */
public final class Returns {
    private Returns() {
    }

    /** Start (epoch ms) of the most recent bucket that is closed at {@code now}. */
    public static long lastClosedBucket(Interval interval, Instant now) {
        // the bucket holding `now` is still open (or opens exactly now); the one before it is closed
        return interval.bucketStart(now.toEpochMilli()) - interval.millis();
    }

    /**
     * Closes of {@code count} consecutive buckets ending with the one starting at {@code lastBucket},
     * oldest first; NaN where a bucket has no observation.
     */
    public static double[] closes(PriceSeries series, Interval interval, long lastBucket, int count) {
        double[] out = new double[count];
        closesInto(series, interval, lastBucket, out);
        return out;
    }

    /** {@link #closes} into {@code out}, whose length is the count: a tick compares without allocating. */
    static void closesInto(PriceSeries series, Interval interval, long lastBucket, double[] out) {
        closesInto(series, interval, lastBucket, Long.MAX_VALUE - 1, out);
    }

    /**
     * The same with observations after {@code nowMillis} left out: the bucket holding now (a sparkline's last
     * cell) closes, so far, at its latest observation.
     */
    static void closesInto(PriceSeries series, Interval interval, long lastBucket, long nowMillis, double[] out) {
        int count = out.length;
        long step = interval.millis();
        long first = lastBucket - (long) (count - 1) * step;
        // one search for the window's first point, then a single forward walk: a price tick re-extracts the
        // closes of every series, and count binary searches per series were most of a tick's cost
        int j = series.indexAtOrBefore(first - 1) + 1;
        int n = series.size();
        for (int i = 0; i < count; i++) {
            long end = Math.min(first + (long) (i + 1) * step, nowMillis + 1); // exclusive
            int last = -1;
            while (j < n && series.time(j) < end) {
                last = j++;
            }
            out[i] = last >= 0 ? series.price(last) : Double.NaN;
        }
    }

    /**
     * Log returns of consecutive closes: element {@code i} is {@code ln(closes[i+1] / closes[i])}, NaN
     * when either close is missing. The result has one element fewer than {@code closes}.
     */
    public static double[] logReturns(double[] closes) {
        double[] out = new double[Math.max(0, closes.length - 1)];
        for (int i = 0; i < out.length; i++) {
            double a = closes[i];
            double b = closes[i + 1];
            out[i] = a > 0 && b > 0 ? Math.log(b / a) : Double.NaN;
        }
        return out;
    }

    /** The {@code window} returns ending at the last closed bucket before {@code now}. */
    public static double[] window(PriceSeries series, Interval interval, Instant now, int window) {
        return logReturns(closes(series, interval, lastClosedBucket(interval, now), window + 1));
    }
}

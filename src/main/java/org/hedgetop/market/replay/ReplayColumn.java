package org.hedgetop.market.replay;

import java.util.Arrays;
import org.hedgetop.market.PriceSeries;

/**
 * One (kind, symbol) series of a replay file: times (epoch ms) ascending and unique, values, and the
 * indices of the last observation of each UTC hour (enough to rebuild the close of every 1h, 4h and 1d
 * bucket while a snapshot carries only one point per hour of history).
 */
final class ReplayColumn {
    private static final long HOUR_MS = 3_600_000L;

    final long[] times;
    final double[] values;
    private final int[] hourLast;

    private ReplayColumn(long[] times, double[] values) {
        this.times = times;
        this.values = values;
        int n = 0;
        int[] idx = new int[times.length];
        for (int i = 0; i < times.length; i++) {
            if (i + 1 == times.length || Math.floorDiv(times[i + 1], HOUR_MS) != Math.floorDiv(times[i], HOUR_MS)) {
                idx[n++] = i;
            }
        }
        this.hourLast = Arrays.copyOf(idx, n);
    }

    int size() {
        return times.length;
    }

    /** Index of the last observation at or before millis, or -1. */
    int atOrBefore(long millis) {
        int i = Arrays.binarySearch(times, millis);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * The history of a snapshot at {@code now}: the last observation of each closed UTC hour at or after
     * {@code from}, then the latest observation at or before now when it lies in the still-open hour.
     */
    PriceSeries history(long from, long now) {
        long openHour = Math.floorDiv(now, HOUR_MS) * HOUR_MS;
        int lo = lowerBound(from);
        int hi = lowerBound(openHour); // hourLast entries in closed hours: [lo, hi)
        int latest = atOrBefore(now);
        boolean open = latest >= 0 && times[latest] >= openHour && times[latest] >= from;
        int n = Math.max(0, hi - lo) + (open ? 1 : 0);
        long[] t = new long[n];
        double[] v = new double[n];
        int k = 0;
        for (int j = lo; j < hi; j++) {
            t[k] = times[hourLast[j]];
            v[k++] = values[hourLast[j]];
        }
        if (open) {
            t[k] = times[latest];
            v[k] = values[latest];
        }
        return PriceSeries.of(t, v, null);
    }

    /** First position in hourLast whose time is at or after millis. */
    private int lowerBound(long millis) {
        int lo = 0;
        int hi = hourLast.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[hourLast[mid]] < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Collects rows in file order; {@link #build} sorts them stably and keeps the last of equal times. */
    static final class Builder {
        private long[] times = new long[16];
        private double[] values = new double[16];
        private int n;
        private boolean sorted = true;

        void add(long time, double value) {
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            if (n > 0 && time < times[n - 1]) {
                sorted = false;
            }
            times[n] = time;
            values[n++] = value;
        }

        ReplayColumn build() {
            long[] t = Arrays.copyOf(times, n);
            double[] v = Arrays.copyOf(values, n);
            if (!sorted) {
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b])); // stable: file order kept
                for (int i = 0; i < n; i++) {
                    t[i] = times[order[i]];
                    v[i] = values[order[i]];
                }
            }
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (m > 0 && t[m - 1] == t[i]) {
                    m--; // same time: the later row in the file wins
                }
                t[m] = t[i];
                v[m++] = v[i];
            }
            return new ReplayColumn(Arrays.copyOf(t, m), Arrays.copyOf(v, m));
        }
    }
}

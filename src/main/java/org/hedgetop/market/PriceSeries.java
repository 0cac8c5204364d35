package org.hedgetop.market;

import java.util.Arrays;

/**
 * An immutable, time-ordered series of price observations (a tick, a candle's close, a replay row),
 * with optional traded volume. Times are epoch milliseconds; a candle is stored at its open time.
 * Stored as primitive arrays: a 5,000-token book keeps hundreds of points per token.
 */
public final class PriceSeries {
    public static final PriceSeries EMPTY = new PriceSeries(new long[0], new double[0], null);

    private final long[] times;
    private final double[] prices;
    private final double[] volumes; // null when the source has no volume

    private PriceSeries(long[] times, double[] prices, double[] volumes) {
        this.times = times;
        this.prices = prices;
        this.volumes = volumes;
    }

    /**
     * Builds a series; points are sorted by time, and of two points with the same time the later one
     * given wins. Non-finite or non-positive prices are dropped.
     *
     * @param volumes may be null when there is no volume
     */
    public static PriceSeries of(long[] times, double[] prices, double[] volumes) {
        if (times.length != prices.length || (volumes != null && volumes.length != times.length)) {
            throw new IllegalArgumentException("times, prices and volumes differ in length");
        }
        Integer[] order = new Integer[times.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
        long[] t = new long[times.length];
        double[] p = new double[times.length];
        double[] v = volumes == null ? null : new double[times.length];
        int n = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (!Prices.isPrice(prices[i])) {
                continue;
            }
            if (n > 0 && t[n - 1] == times[i]) {
                n--; // same time: the later observation wins
            }
            t[n] = times[i];
            p[n] = prices[i];
            if (v != null) {
                v[n] = Double.isFinite(volumes[i]) && volumes[i] >= 0 ? volumes[i] : 0;
            }
            n++;
        }
        return new PriceSeries(Arrays.copyOf(t, n), Arrays.copyOf(p, n), v == null ? null : Arrays.copyOf(v, n));
    }

    public int size() {
        return times.length;
    }

    public boolean isEmpty() {
        return times.length == 0;
    }

    public long time(int i) {
        return times[i];
    }

    public double price(int i) {
        return prices[i];
    }

    public boolean hasVolume() {
        return volumes != null;
    }

    /** Volume of point i; 0 when the series has no volume. */
    public double volume(int i) {
        return volumes == null ? 0 : volumes[i];
    }

    /** Index of the last point at or before {@code epochMillis}, or -1 when there is none. */
    public int indexAtOrBefore(long epochMillis) {
        int i = Arrays.binarySearch(times, epochMillis);
        if (i >= 0) {
            while (i + 1 < times.length && times[i + 1] == epochMillis) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }

    /** The series with the points of {@code newer} appended (newer wins on equal times). */
    public PriceSeries append(PriceSeries newer) {
        if (newer.isEmpty()) {
            return this;
        }
        long[] t = Arrays.copyOf(times, times.length + newer.times.length);
        System.arraycopy(newer.times, 0, t, times.length, newer.times.length);
        double[] p = Arrays.copyOf(prices, prices.length + newer.prices.length);
        System.arraycopy(newer.prices, 0, p, prices.length, newer.prices.length);
        double[] v = null;
        if (volumes != null || newer.volumes != null) {
            v = new double[t.length];
            for (int i = 0; i < times.length; i++) {
                v[i] = volume(i);
            }
            for (int i = 0; i < newer.times.length; i++) {
                v[times.length + i] = newer.volume(i);
            }
        }
        return of(t, p, v);
    }

    /** Keeps only the points at or after {@code fromMillis} (bounds memory on long runs). */
    public PriceSeries from(long fromMillis) {
        int first = indexAtOrBefore(fromMillis - 1) + 1;
        if (first <= 0) {
            return this;
        }
        return new PriceSeries(Arrays.copyOfRange(times, first, times.length),
                Arrays.copyOfRange(prices, first, prices.length),
                volumes == null ? null : Arrays.copyOfRange(volumes, first, volumes.length));
    }

    @Override
    public String toString() {
        return "PriceSeries[" + size() + " points]";
    }
}

package org.hedgetop.market.sim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongToDoubleFunction;
import org.hedgetop.market.PriceSeries;

/**
 * The history part of simulated snapshots. The closed-bucket points (see {@link SimulatedSource}) change
 * only when the UTC hour changes, so they are computed once per hour and per series; a poll inside the
 * hour adds only the current tick. Values are pure functions of time, so this caching never changes a
 * number; it only keeps a poll cheap (a 500-token book re-polls in a few ms) and memory bounded.
 */
final class SimSeries {
    static final long HOUR = 3600;
    static final long DAY = 86400;

    private final SimMarket market;
    private final int days;
    private long hour = Long.MIN_VALUE;
    private long[] base = new long[0];
    private final Map<String, double[]> spotLogs = new HashMap<>();
    private final Map<String, double[]> spotPrices = new HashMap<>();
    private final Map<String, double[]> spotVolumes = new HashMap<>();
    private final Map<String, double[]> marks = new HashMap<>();
    private final Map<String, Map<Long, Double>> logCache = new HashMap<>();
    private final Map<String, Map<Long, Double>> markCache = new HashMap<>();

    SimSeries(SimMarket market, int days) {
        this.market = market;
        this.days = days;
    }

    /** Closed-bucket points at nowSec: hh:59:59 of the last 4 D hours and 23:59:59 of the last D days. */
    long[] base(long nowSec) {
        TreeSet<Long> times = new TreeSet<>();
        long h0 = Math.floorDiv(nowSec, HOUR) * HOUR;
        for (long h = h0 - 4L * days * HOUR; h < h0; h += HOUR) {
            times.add(h + HOUR - 1);
        }
        long d0 = Math.floorDiv(nowSec, DAY) * DAY;
        for (long d = d0 - days * DAY; d < d0; d += DAY) {
            times.add(d + DAY - 1);
        }
        return times.stream().mapToLong(Long::longValue).toArray();
    }

    /** Moves to the hour of nowSec: forgets the previous hour's series and trims the value caches. */
    void advance(long nowSec) {
        long h = Math.floorDiv(nowSec, HOUR);
        if (h == hour) {
            return;
        }
        hour = h;
        base = base(nowSec);
        spotLogs.clear();
        spotPrices.clear();
        spotVolumes.clear();
        marks.clear();
        Set<Long> keep = new HashSet<>();
        for (long t : base) {
            keep.add(t);
            keep.add(t - DAY);
        }
        logCache.values().forEach(m -> m.keySet().retainAll(keep));
        markCache.values().forEach(m -> m.keySet().retainAll(keep));
        market.retain(keep, base[0] - DAY);
    }

    long firstSecond() {
        return base[0];
    }

    /** Spot history of a token up to the tick, with volume; its last point is the current price. */
    PriceSeries spot(SimMarket.TokenModel m, long tick) {
        double[] logs = spotLogs.computeIfAbsent(m.token(), x -> baseLogs(m));
        double[] volumes = spotVolumes.computeIfAbsent(m.token(), x -> baseVolumes(m, logs));
        double[] basePrices = spotPrices.computeIfAbsent(m.token(), x -> exp(logs));
        int n = base.length;
        long[] ms = new long[n + 1];
        for (int i = 0; i < n; i++) {
            ms[i] = base[i] * 1000;
        }
        double[] prices = java.util.Arrays.copyOf(basePrices, n + 1);
        double[] vol = java.util.Arrays.copyOf(volumes, n + 1);
        double now = market.logPrice(m, tick);
        ms[n] = tick * 1000;
        prices[n] = StrictMath.exp(now);
        vol[n] = market.volume(m, base[n - 1], tick, now - logs[n - 1]);
        return PriceSeries.of(ms, prices, vol);
    }

    /** Mark history of an instrument up to the tick; markAt gives the mark at a second. */
    PriceSeries marks(String instrument, long tick, LongToDoubleFunction markAt) {
        double[] values = marks.computeIfAbsent(instrument, x -> {
            Map<Long, Double> cache = markCache.computeIfAbsent(instrument, y -> new HashMap<>());
            double[] v = new double[base.length];
            for (int i = 0; i < base.length; i++) {
                v[i] = cache.computeIfAbsent(base[i], markAt::applyAsDouble);
            }
            return v;
        });
        int n = base.length;
        long[] ms = new long[n + 1];
        double[] prices = new double[n + 1];
        for (int i = 0; i < n; i++) {
            ms[i] = base[i] * 1000;
            prices[i] = values[i];
        }
        ms[n] = tick * 1000;
        prices[n] = markAt.applyAsDouble(tick);
        return PriceSeries.of(ms, prices, null);
    }

    private static double[] exp(double[] logs) {
        double[] p = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            p[i] = StrictMath.exp(logs[i]);
        }
        return p;
    }

    private double[] baseLogs(SimMarket.TokenModel m) {
        Map<Long, Double> cache = logCache.computeIfAbsent(m.token(), x -> new HashMap<>());
        double[] logs = new double[base.length];
        for (int i = 0; i < base.length; i++) {
            logs[i] = cache.computeIfAbsent(base[i], t -> market.logPrice(m, t));
        }
        cache.computeIfAbsent(base[0] - DAY, t -> market.logPrice(m, t));
        return logs;
    }

    /** Volume of each point: traded since the previous point (the first: over the day before it). */
    private double[] baseVolumes(SimMarket.TokenModel m, double[] logs) {
        double[] v = new double[base.length];
        double previous = logCache.get(m.token()).get(base[0] - DAY);
        for (int i = 0; i < base.length; i++) {
            long t0 = i == 0 ? base[0] - DAY : base[i - 1];
            v[i] = market.volume(m, t0, base[i], logs[i] - previous);
            previous = logs[i];
        }
        return v;
    }

    int cacheSize() {
        return logCache.values().stream().mapToInt(Map::size).sum()
                + markCache.values().stream().mapToInt(Map::size).sum();
    }
}

package org.hedgetop.market.sim;

import java.util.HashMap;
import java.util.Map;

/**
 * Sharp sell-offs layered on the Brownian paths: the fat left tail that drives funding deeply negative.
 * Each UTC day may start one episode (probability rate / 365), at a random second of that day: the log
 * price falls linearly by {@code depth} over 4..36 h, then recovers along (1 - y)^2 over 10..60 days,
 * reaching exactly zero so only the last {@link #LOOKBACK_DAYS} days matter. Everything is drawn from
 * counter-based noise keyed by (stream, day): deterministic and random-access like the paths.
 */
final class SellOffs {
    /** Frequency and depth range of a family of sell-offs. */
    record Kind(double perYear, double depthMin, double depthMax) {
        /** E[depth^2] for a uniform depth: the variance one episode adds to the returns of its fall. */
        double meanSquareDepth() {
            return (depthMin * depthMin + depthMin * depthMax + depthMax * depthMax) / 3;
        }

        Kind withRate(double value) {
            return new Kind(value, depthMin, depthMax);
        }
    }

    private record Episode(long start, long fall, long recovery, double depth) {
        double offset(long t) {
            if (t <= start) {
                return 0;
            }
            if (t < start + fall) {
                return -depth * (t - start) / (double) fall;
            }
            double y = (t - start - fall) / (double) recovery;
            return y >= 1 ? 0 : -depth * (1 - y) * (1 - y);
        }
    }

    /** Days [firstDay, lastDay] already drawn for one stream, and the episodes among them by start day. */
    private static final class Drawn {
        long firstDay;
        long lastDay;
        final java.util.TreeMap<Long, Episode> episodes = new java.util.TreeMap<>();

        Drawn(long firstDay, long lastDay) {
            this.firstDay = firstDay;
            this.lastDay = lastDay;
        }
    }

    static final long FALL_MIN = 4 * 3600;
    static final long FALL_MAX = 36 * 3600;
    static final long RECOVERY_MIN = 10 * 86400;
    static final long RECOVERY_MAX = 60 * 86400;
    /** An episode starting this many days ago or earlier has fully recovered. */
    static final int LOOKBACK_DAYS = (int) ((86400 + FALL_MAX + RECOVERY_MAX) / 86400) + 1;
    private static final long SALT = 0x5E110FF5L;

    private final Noise noise;
    private final Map<Long, Drawn> cache = new HashMap<>();

    SellOffs(Noise noise) {
        this.noise = noise;
    }

    /** Log-price offset (zero or negative) of the stream's sell-offs at an epoch second. */
    double offset(long stream, Kind kind, long epochSecond) {
        if (kind.perYear() <= 0) {
            return 0;
        }
        long day = Math.floorDiv(epochSecond, 86400);
        Drawn drawn = drawn(stream, kind, day - LOOKBACK_DAYS, day);
        double sum = 0;
        for (Episode e : drawn.episodes.subMap(day - LOOKBACK_DAYS, true, day, true).values()) {
            sum += e.offset(epochSecond);
        }
        return sum;
    }

    /** Makes sure every day of [from, to] has been drawn for the stream (each day is drawn once). */
    private Drawn drawn(long stream, Kind kind, long from, long to) {
        Drawn d = cache.get(stream);
        if (d == null) {
            d = new Drawn(from, from - 1);
            cache.put(stream, d);
        }
        if (from > d.lastDay + 1 || to < d.firstDay - 1) {
            d.episodes.clear(); // a jump: start a fresh range rather than drawing the gap
            d.firstDay = from;
            d.lastDay = from - 1;
        }
        for (long day = d.firstDay - 1; day >= from; day--) {
            put(d, day, draw(stream, kind, day));
            d.firstDay = day;
        }
        for (long day = d.lastDay + 1; day <= to; day++) {
            put(d, day, draw(stream, kind, day));
            d.lastDay = day;
        }
        return d;
    }

    private static void put(Drawn d, long day, Episode e) {
        if (e != null) {
            d.episodes.put(day, e);
        }
    }

    private Episode draw(long stream, Kind kind, long day) {
        long s = stream ^ SALT;
        if (noise.uniform(s, 0, day) >= kind.perYear() / 365.0) {
            return null;
        }
        long start = day * 86400 + (long) (noise.uniform(s, 1, day) * 86400);
        double depth = kind.depthMin() + (kind.depthMax() - kind.depthMin()) * noise.uniform(s, 2, day);
        long fall = FALL_MIN + (long) ((FALL_MAX - FALL_MIN) * noise.uniform(s, 3, day));
        long recovery = RECOVERY_MIN + (long) ((RECOVERY_MAX - RECOVERY_MIN) * noise.uniform(s, 4, day));
        return new Episode(start, fall, recovery, depth);
    }

    /** Forgets episodes no longer needed for times at or after {@code epochSecond}: bounds memory. */
    void forgetBefore(long epochSecond) {
        long firstDay = Math.floorDiv(epochSecond, 86400) - LOOKBACK_DAYS;
        for (Drawn d : cache.values()) {
            if (d.firstDay < firstDay) {
                d.episodes.headMap(firstDay).clear();
                d.firstDay = Math.min(firstDay, d.lastDay + 1);
            }
        }
    }

    /** Days drawn and remembered, over all streams. */
    int cacheSize() {
        return cache.values().stream().mapToInt(d -> (int) (d.lastDay - d.firstDay + 1)).sum();
    }
}

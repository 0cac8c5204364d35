package org.hedgetop.market.sim;

/**
 * A standard Brownian motion (variance 1 per second) that can be read at any whole second without
 * generating the path before it: Levy's midpoint construction. The path is cut into segments of
 * 2^26 s (about 777 days) counted from 2000-01-01T00:00Z and pinned to 0 at every segment edge; inside a
 * segment the value at a second is found by halving [a, b] 26 times, drawing each midpoint from the
 * Brownian bridge between its ends: W(m) = (W(a) + W(b)) / 2 + sqrt((b - a) / 4) * Z(m), with Z(m) a
 * counter-based normal keyed by the midpoint. Cost: at most 26 draws per value, whatever the time.
 *
 * <p>Why pinned: an unpinned walk from 2000 would put prices in 2026 anywhere over many orders of
 * magnitude. Pinning every ~2 years keeps log prices within about +-0.73 sigma_annual of their base
 * (the bridge's widest point) while leaving hourly and daily returns those of a Brownian motion (the
 * pull towards the pin is about 1e-4 of the return variance at the scales the statistics use).
 */
final class BrownianPath {
    static final long ORIGIN_EPOCH_SECOND = 946_684_800L; // 2000-01-01T00:00:00Z
    static final int LEVELS = 26;
    static final long SEGMENT_SECONDS = 1L << LEVELS;

    private final Noise noise;

    BrownianPath(Noise noise) {
        this.noise = noise;
    }

    /** W(t) of the given stream at a whole epoch second. */
    double at(long stream, long epochSecond) {
        long rel = epochSecond - ORIGIN_EPOCH_SECOND;
        long segment = Math.floorDiv(rel, SEGMENT_SECONDS);
        long offset = rel - segment * SEGMENT_SECONDS;
        long a = 0;
        long b = SEGMENT_SECONDS;
        double wa = 0;
        double wb = 0;
        while (offset != a) {
            long m = (a + b) >>> 1;
            double wm = 0.5 * (wa + wb) + 0.5 * StrictMath.sqrt(b - a) * noise.gaussian(stream, segment, m);
            if (offset < m) {
                b = m;
                wb = wm;
            } else {
                a = m;
                wa = wm;
            }
        }
        return wa;
    }
}

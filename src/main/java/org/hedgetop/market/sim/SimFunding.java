package org.hedgetop.market.sim;

import java.util.HashMap;
import java.util.Map;

/**
 * Simulated perpetual funding and futures marks, following Binance's formula
 * {@code rate = P + clamp(I - P, -0.05 %, +0.05 %)} with interest I = 0.01 % per 8 h: the rate sits at
 * exactly 0.01 % while the premium P stays within 0.05 % of it, as it does on real exchanges.
 * <pre>
 *   P(t) = mean + mood(t) + own_i(t) + trend * r24_i(t) - crash(own 24 h return) - crash(market 24 h return)
 * </pre>
 * mood is market-wide (persistence 0.97 per 8 h), own is per instrument (0.6 per 8 h); both are finite
 * moving averages of counter-based normals over the 8 h settlement grid (00/08/16 UTC), so any event can
 * be computed alone. Between settlements they are interpolated linearly, so the predicted rate moves
 * smoothly and equals the settled rate at the settlement. r24 is the underlying's 24 h log return; its own
 * part (net of beta times the market's) drives the crash term: a token's sharp sell-off pins the rate at
 * the floor, as SOL did in November 2022.
 */
final class SimFunding {
    static final long PERIOD = 8 * 3600;
    private static final long MOOD = Noise.stream("#funding-mood");
    private static final double[] SLOW_WEIGHTS = weights(SimCalibration.PREMIUM_SLOW_SD,
            SimCalibration.PREMIUM_SLOW_PHI, SimCalibration.PREMIUM_SLOW_LAGS);
    private static final double[] FAST_WEIGHTS = weights(SimCalibration.PREMIUM_FAST_SD,
            SimCalibration.PREMIUM_FAST_PHI, SimCalibration.PREMIUM_FAST_LAGS);

    private final SimMarket market;
    private final Map<Long, Double> moodCache = new HashMap<>();
    private final Map<String, Map<Long, Double>> ownCache = new HashMap<>();

    SimFunding(SimMarket market) {
        this.market = market;
    }

    /** MA weights sd * sqrt(1 - phi^2) * phi^j: the stationary AR(1) with sd, truncated at lags. */
    private static double[] weights(double sd, double phi, int lags) {
        double[] w = new double[lags];
        double scale = sd * Math.sqrt(1 - phi * phi);
        for (int j = 0; j < lags; j++) {
            w[j] = scale * StrictMath.pow(phi, j);
        }
        return w;
    }

    private double movingAverage(long stream, double[] w, long k) {
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            sum += w[j] * market.noise.gaussian(stream, 11, k - j);
        }
        return sum;
    }

    private double mood(long k) {
        return moodCache.computeIfAbsent(k, x -> movingAverage(MOOD, SLOW_WEIGHTS, x));
    }

    private double own(String instrument, long k) {
        long stream = Noise.stream("funding:" + instrument);
        return ownCache.computeIfAbsent(instrument, x -> new HashMap<>())
                .computeIfAbsent(k, x -> movingAverage(stream, FAST_WEIGHTS, x));
    }

    /** Index of the first settlement at or after t, and the weight of that settlement's noise. */
    private static long nextIndex(long t) {
        return Math.floorDiv(t + PERIOD - 1, PERIOD);
    }

    private static double weightOfNext(long t) {
        long next = nextIndex(t) * PERIOD;
        return 1 - (next - t) / (double) PERIOD;
    }

    /** Market-wide funding mood at t (interpolated between settlements). */
    double moodAt(long t) {
        long k = nextIndex(t);
        double u = weightOfNext(t);
        return u == 1 ? mood(k) : (1 - u) * mood(k - 1) + u * mood(k);
    }

    /** The premium P(t) of an instrument on the given underlying. */
    double premium(String instrument, SimMarket.TokenModel underlying, long t) {
        long k = nextIndex(t);
        double u = weightOfNext(t);
        double own = u == 1 ? own(instrument, k) : (1 - u) * own(instrument, k - 1) + u * own(instrument, k);
        double r24 = market.logPrice(underlying, t) - market.logPrice(underlying, t - 86400);
        double market24 = market.market(t) - market.market(t - 86400);
        double own24 = r24 - underlying.params().beta() * market24;
        double crash = SimCalibration.CRASH_SLOPE * Math.max(0, -own24 - SimCalibration.CRASH_THRESHOLD)
                + SimCalibration.MARKET_CRASH_SLOPE * Math.max(0, -market24 - SimCalibration.MARKET_CRASH_THRESHOLD);
        return SimCalibration.PREMIUM_MEAN + moodAt(t) + own + SimCalibration.PREMIUM_TREND * r24 - crash;
    }

    /** Funding rate per 8 h for a premium: Binance's clamp, the instrument's cap, 8 decimals. */
    static double rate(double premium, double cap) {
        double i = SimCalibration.FUNDING_INTEREST;
        double c = SimCalibration.FUNDING_CLAMP;
        double r = premium + Math.max(-c, Math.min(c, i - premium));
        r = Math.max(-cap, Math.min(cap, r));
        return Math.round(r * 1e8) / 1e8;
    }

    /** Perpetual mark: spot times the premium (less the interest part) plus per-minute noise. */
    double perpetualMark(String instrument, SimMarket.TokenModel underlying, long t) {
        double basis = premium(instrument, underlying, t) - SimCalibration.FUNDING_INTEREST
                + SimCalibration.PERP_BASIS_NOISE * market.noise.gaussian(Noise.stream("mark:" + instrument), 13,
                Math.floorDiv(t, 60));
        return StrictMath.exp(market.logPrice(underlying, t) + basis);
    }

    /**
     * Dated future: spot * exp(contango * years to expiry + noise that shrinks to 0 at expiry). Contango
     * is 4.5 % a year moved by the funding mood (x 0.5 x 1095 settlements a year), within 1..20 %. At and
     * after expiry the mark is the spot at the expiry instant (the settlement price).
     */
    double expiryMark(String instrument, SimMarket.TokenModel underlying, long t, long expiry) {
        if (t >= expiry) {
            return StrictMath.exp(market.logPrice(underlying, expiry));
        }
        double years = (expiry - t) / SimMarket.SECONDS_PER_YEAR;
        double annual = Math.max(SimCalibration.EXPIRY_BASIS_MIN, Math.min(SimCalibration.EXPIRY_BASIS_MAX,
                SimCalibration.EXPIRY_BASIS_MEAN + 0.5 * 1095 * moodAt(t)));
        double fade = Math.min(1, (expiry - t) / (30.0 * 86400));
        double noise = SimCalibration.EXPIRY_BASIS_NOISE * fade
                * market.noise.gaussian(Noise.stream("mark:" + instrument), 13, Math.floorDiv(t, 60));
        return StrictMath.exp(market.logPrice(underlying, t) + annual * years + noise);
    }

    void forgetBefore(long epochSecond) {
        long k = Math.floorDiv(epochSecond, PERIOD) - 1;
        moodCache.keySet().removeIf(x -> x < k);
        ownCache.values().forEach(m -> m.keySet().removeIf(x -> x < k));
    }

    int cacheSize() {
        return moodCache.size() + ownCache.values().stream().mapToInt(Map::size).sum();
    }
}

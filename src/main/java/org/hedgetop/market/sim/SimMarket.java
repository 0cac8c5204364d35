package org.hedgetop.market.sim;

import java.util.HashMap;
import java.util.Map;

/**
 * Simulated spot prices: one market factor plus each token's own noise.
 * <pre>
 *   market(t)   = sigma_m * W_market(t) + marketSellOffs(t)          (this is BTC's log return path)
 *   log S_i(t)  = log base_i + beta_i * market(t) + sigma_i * W_i(t) + ownSellOffs_i(t)
 * </pre>
 * so beta of token i vs BTC is beta_i and its variance is beta_i^2 var(BTC) + its own variance. The
 * sell-offs take a share of each variance (market: ~3 a year; own: at most 15 % of the token's own
 * variance, at most one every two years) and the Brownian part the rest, so total volatilities match
 * {@link SimCalibration}. All functions of (seed, name, second): no state but caches.
 */
final class SimMarket {
    static final double SECONDS_PER_YEAR = 365.0 * 86400;
    private static final long MARKET = Noise.stream("#market");
    private static final double MARKET_SIGMA;
    /**
     * A sell-off spread over hours adds its full variance to daily returns but only a fraction to hourly
     * ones (real hourly and daily vols agree within a few points). Counting half of it makes the daily
     * volatility a little above the table and the hourly one a little below.
     */
    private static final double EPISODE_SHARE_SEEN = 0.5;

    static {
        double episodes = SimCalibration.MARKET_SELL_OFFS.perYear() * SimCalibration.MARKET_SELL_OFFS.meanSquareDepth();
        MARKET_SIGMA = Math.sqrt(SimCalibration.BTC_VOL * SimCalibration.BTC_VOL - EPISODE_SHARE_SEEN * episodes);
    }

    /** A token's model: its calibration and the split of its own variance. */
    record TokenModel(String token, long stream, SimCalibration.Token params, double ownSigma,
                      SellOffs.Kind ownSellOffs, double logBase) {
        /** Hourly standard deviation of log returns (for volume). */
        double hourlySigma() {
            return params.vol() / Math.sqrt(8760);
        }
    }

    final Noise noise;
    private final BrownianPath path;
    private final SellOffs sellOffs;
    private final Map<String, TokenModel> models = new HashMap<>();
    private final Map<Long, Double> marketCache = new HashMap<>();

    SimMarket(long seed) {
        this.noise = new Noise(seed);
        this.path = new BrownianPath(noise);
        this.sellOffs = new SellOffs(noise);
    }

    TokenModel model(String token) {
        return models.computeIfAbsent(token, SimMarket::build);
    }

    private static TokenModel build(String token) {
        SimCalibration.Token p = SimCalibration.token(token);
        SellOffs.Kind kind = new SellOffs.Kind(0, SimCalibration.IDIO_DEPTH_MIN, SimCalibration.IDIO_DEPTH_MAX);
        double own = p.idioVariance();
        double rate = p.beta() == 0 ? 0 : Math.min(0.5, 0.15 * own / kind.meanSquareDepth());
        double sigma = Math.sqrt(Math.max(0, own - EPISODE_SHARE_SEEN * rate * kind.meanSquareDepth()));
        return new TokenModel(token, Noise.stream("token:" + token), p, sigma, kind.withRate(rate),
                StrictMath.log(p.basePrice()));
    }

    /** The market factor (BTC's log price minus its base) at an epoch second. */
    double market(long t) {
        Double cached = marketCache.get(t);
        if (cached != null) {
            return cached;
        }
        double v = MARKET_SIGMA / Math.sqrt(SECONDS_PER_YEAR) * path.at(MARKET, t)
                + sellOffs.offset(MARKET, SimCalibration.MARKET_SELL_OFFS, t);
        marketCache.put(t, v);
        return v;
    }

    /** Natural log of the token's spot price at an epoch second. */
    double logPrice(TokenModel m, long t) {
        double v = m.logBase() + m.params().beta() * market(t);
        if (m.ownSigma() > 0) {
            v += m.ownSigma() / Math.sqrt(SECONDS_PER_YEAR) * path.at(m.stream(), t);
        }
        return v + sellOffs.offset(m.stream(), m.ownSellOffs(), t);
    }

    /**
     * Synthetic traded volume (base units) over (t0, t1]: the token's usual hourly notional, more on big
     * moves (in proportion to 1 + 3 |r| / sigma), times lognormal noise of 25 %.
     */
    double volume(TokenModel m, long t0, long t1, double logReturn) {
        double hours = Math.max(1, t1 - t0) / 3600.0;
        double expected = m.hourlySigma() * Math.sqrt(hours);
        // divided by its mean for a normal return (1 + 3 sqrt(2 / pi)) so a quiet market trades the usual notional
        double activity = (1 + 3 * Math.abs(logReturn) / Math.max(expected, 1e-9)) / 3.3937;
        double z = noise.gaussian(m.stream() ^ 0x7010E5L, 7, t1);
        return m.params().notionalPerHour() / m.params().basePrice() * hours * activity
                * StrictMath.exp(0.25 * z - 0.03125);
    }

    /**
     * Keeps only the cached market values at the given seconds and the sell-offs that can still matter
     * at or after {@code earliest}: memory stays bounded on long runs (ticks are not hoarded).
     */
    void retain(java.util.Set<Long> times, long earliest) {
        marketCache.keySet().retainAll(times);
        sellOffs.forgetBefore(earliest);
    }

    int cacheSize() {
        return marketCache.size() + sellOffs.cacheSize();
    }
}

package org.hedgetop.market.sim;

import java.util.Locale;
import java.util.Map;

/**
 * Parameters of the simulated market, measured on real data (the data itself is not in this repository).
 *
 * <p>Token table: annualised volatility and beta vs BTC of log returns, 365-day year, sample statistics.
 * Current regime = Binance spot closes 2024-01-21..2026-01-20, hourly (BTC, ETH, SOL, AAVE, XRP) and
 * daily (all with a daily series), which agree within a few points:
 * <pre>
 *            vol 1h  vol 1d  beta 1h beta 1d  rho 1h  rho 1d
 *   BTC        48.0    46.9     1       1        1       1
 *   ETH        68.1    69.2    1.14    1.18     0.80    0.80
 *   SOL        87.8    83.0    1.38    1.36     0.75    0.77
 *   AAVE      100.7      -     1.38      -      0.66      -
 *   XRP        87.0    82.4    1.14    1.06     0.63    0.60
 *   ADA          -     93.7      -     1.42       -     0.71
 *   DOGE         -     97.3      -     1.65       -     0.80
 *   BNB          -     54.6      -     0.77       -     0.66
 * </pre>
 * Tokens without recent data were measured on Yahoo USD daily closes 2021-01-02..2023-02-24 (BTC vol
 * 71.2 % then: AVAX 146 / beta 1.24 / rho 0.60, UNI 124 / 1.13 / 0.65, MATIC 153 / 1.32 / 0.62,
 * LTC 102 / 1.13 / 0.79) and DOT on Binance hourly 2021-04-26..2021-12-06 (BTC 80.7 %: DOT 159 / 1.47 /
 * 0.75). Their volatilities are scaled by the BTC ratio (47 / 71.2, 47 / 80.7) to today's regime; beta
 * and rho are kept. LINK has no price data here: it gets AAVE-like DeFi parameters (an assumption).
 * Over 2020-2026 (Binance daily) betas are lower and vols higher (SOL 118 % / 1.17, DOGE 136 % / 1.24):
 * the 2021 mania was idiosyncratic; the table follows the recent regime.
 *
 * <p>Base prices are only where each simulated path is pinned (see {@link BrownianPath}); the hourly
 * notional sets the scale of synthetic volume.
 */
final class SimCalibration {
    private SimCalibration() {
    }

    /** BTC, the market factor: 47 % a year. */
    static final double BTC_VOL = 0.47;
    private static final double BTC_VAR = BTC_VOL * BTC_VOL;

    /** Market-wide sell-offs: about 3 a year, -4..-10 % (log) for BTC over 4..36 h, recovered over 10..60 days. */
    static final SellOffs.Kind MARKET_SELL_OFFS = new SellOffs.Kind(3.0, 0.04, 0.10);
    /** A token's own sell-offs (FTX-style for SOL): -15..-40 % over 4..36 h; the rate depends on the token. */
    static final double IDIO_DEPTH_MIN = 0.15;
    static final double IDIO_DEPTH_MAX = 0.40;

    /**
     * @param vol        target total annualised volatility of log returns
     * @param beta       beta of log returns vs BTC
     * @param basePrice  price the path is pinned to (USDT)
     * @param notionalPerHour  typical traded notional per hour (USDT) for synthetic volume
     * @param fundingCap  absolute cap on a funding rate per 8 h (Binance: 0.3 % BTC, 0.375 % ETH, 0.75 % alts)
     */
    record Token(double vol, double beta, double basePrice, double notionalPerHour, double fundingCap) {
        /** Variance of the token's own (non-market) returns. */
        double idioVariance() {
            return Math.max(0, vol * vol - beta * beta * BTC_VAR);
        }
    }

    private static final Map<String, Token> TABLE = Map.ofEntries(
            Map.entry("BTC", new Token(0.47, 1.00, 90_000, 150e6, 0.003)),
            Map.entry("ETH", new Token(0.68, 1.15, 3_000, 80e6, 0.00375)),
            Map.entry("SOL", new Token(0.85, 1.37, 150, 30e6, 0.0075)),
            Map.entry("AAVE", new Token(1.00, 1.38, 250, 4e6, 0.0075)),
            Map.entry("XRP", new Token(0.85, 1.10, 2.2, 25e6, 0.0075)),
            Map.entry("ADA", new Token(0.94, 1.42, 0.7, 8e6, 0.0075)),
            Map.entry("DOGE", new Token(0.97, 1.65, 0.2, 15e6, 0.0075)),
            Map.entry("BNB", new Token(0.55, 0.77, 650, 10e6, 0.0075)),
            Map.entry("AVAX", new Token(0.97, 1.24, 30, 5e6, 0.0075)),
            Map.entry("UNI", new Token(0.82, 1.13, 9, 3e6, 0.0075)),
            Map.entry("MATIC", new Token(1.01, 1.32, 0.4, 2e6, 0.0075)),
            Map.entry("POL", new Token(1.01, 1.32, 0.4, 2e6, 0.0075)),
            Map.entry("LTC", new Token(0.67, 1.13, 95, 4e6, 0.0075)),
            Map.entry("DOT", new Token(0.93, 1.47, 6, 3e6, 0.0075)),
            Map.entry("LINK", new Token(0.95, 1.35, 18, 6e6, 0.0075)),
            // Stablecoins: a token named USDC must not swing 100 % a year.
            Map.entry("USDT", new Token(0.005, 0, 1, 20e6, 0.0075)),
            Map.entry("USDC", new Token(0.005, 0, 1, 20e6, 0.0075)),
            Map.entry("DAI", new Token(0.01, 0, 1, 2e6, 0.0075)),
            Map.entry("FDUSD", new Token(0.005, 0, 1, 5e6, 0.0075)));

    /**
     * Parameters of a token: from the table, else derived from its name so the same name always gets the
     * same market: beta 1.05..1.60 and correlation 0.50..0.78 with BTC (the range measured on the altcoins
     * above), hence volatility = beta * 47 % / rho, 63..150 %; base price log-uniform 0.05..50.
     */
    static Token token(String token) {
        Token known = TABLE.get(token.toUpperCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        double beta = 1.05 + 0.55 * Noise.unitFromName(token, 1);
        double rho = 0.50 + 0.28 * Noise.unitFromName(token, 2);
        double base = 0.05 * StrictMath.pow(1000, Noise.unitFromName(token, 3));
        double notional = 0.5e6 * StrictMath.pow(10, Noise.unitFromName(token, 4));
        return new Token(beta * BTC_VOL / rho, beta, base, notional, 0.0075);
    }

    // Funding, measured on Binance USDT-M settlements (Binance Vision, 2020-01..2026-06, 11 perpetuals:
    // BTC ETH SOL AVAX UNI ADA DOGE LINK AAVE LTC XRP), per 8 h:
    //   median 1.00 bp on every symbol; 35-55 % of settlements exactly 1 bp (24-47 % since 2024);
    //   mean 0.6-1.6 bp (SOL -1.2 bp because of Nov 2022); negative 11-29 % (BTC 14.5 %, AVAX/SOL 29 %);
    //   p5 -0.5..-3 bp, p95 4.6-7 bp; lag-1 autocorrelation 0.68-0.85; negative runs 2-3 settlements on
    //   average, longest 12-53; below -10 bp: 0.04 % (BTC) .. 2.5 % (SOL) of settlements; floor -75 bp on
    //   alts, +-30 bp BTC. SOL paid -2 % per 2 h at the floor on 2022-11-09..10 (-32.7 % over 2022-11-08..20)
    //   while its price fell ~50 %. Funding vs the previous 24 h log return: slope 0.0003-0.0014, rho 0.1-0.3.
    // Binance rate = P + clamp(I - P, -0.05 %, +0.05 %), I = 0.01 % (hence the pile at exactly 1 bp).
    // Perpetual mark - index on 2025-06-17: -2..-6 bp on the majors. Dated BTC/ETH futures: +3.4..5.5 % a year.
    static final double FUNDING_INTEREST = 0.0001;
    static final double FUNDING_CLAMP = 0.0005;
    static final double PREMIUM_MEAN = 0.00015;
    /** Market-wide funding mood: sd 4 bp, persistence 0.97 per 8 h (half-life ~8 days). */
    static final double PREMIUM_SLOW_SD = 0.0004;
    static final double PREMIUM_SLOW_PHI = 0.97;
    static final int PREMIUM_SLOW_LAGS = 150;
    /** Per-instrument noise: sd 5 bp, persistence 0.6 per 8 h. */
    static final double PREMIUM_FAST_SD = 0.0005;
    static final double PREMIUM_FAST_PHI = 0.6;
    static final int PREMIUM_FAST_LAGS = 40;
    /** Premium per unit of the underlying's 24 h log return (measured slope ~0.0005-0.001). */
    static final double PREMIUM_TREND = 0.0008;
    /**
     * Sell-off terms. Deeply negative funding comes with a token's OWN crash (SOL in Nov 2022; BTC never
     * went below -0.3 % even in May 2021): below an own 24 h log return of -6 %, the premium falls 4.5 bp
     * per % more of fall (-25 % own return: the -0.75 % floor). A market-wide fall adds 0.5 bp per % below -10 %.
     */
    static final double CRASH_THRESHOLD = 0.06;
    static final double CRASH_SLOPE = 0.045;
    static final double MARKET_CRASH_THRESHOLD = 0.10;
    static final double MARKET_CRASH_SLOPE = 0.005;
    /** Perpetual basis noise (mark vs spot), per minute. */
    static final double PERP_BASIS_NOISE = 0.0002;
    /** Dated futures: contango 4.5 % a year, moving with the funding mood, kept within 1..20 %. */
    static final double EXPIRY_BASIS_MEAN = 0.045;
    static final double EXPIRY_BASIS_MIN = 0.01;
    static final double EXPIRY_BASIS_MAX = 0.20;
    static final double EXPIRY_BASIS_NOISE = 0.00015;
}

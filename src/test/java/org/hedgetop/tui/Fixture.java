package org.hedgetop.tui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Random;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Interval;
import org.hedgetop.book.Ratio;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.risk.Alert;
import org.hedgetop.risk.CorrelationMatrix;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.RiskView;
import org.hedgetop.risk.ScenarioResult;
import org.hedgetop.risk.Scenarios;
import org.hedgetop.risk.SectorRow;
import org.hedgetop.risk.TokenRow;
import org.hedgetop.risk.Totals;

/**
 * A demo-like book built by hand, so the screen tests do not depend on the risk engine: ten tokens (one
 * without a market, one stale), five hedges (a drifting direct perpetual, a proxy basket on ETH, an expiry
 * future whose exit rule fired, an over-hedged short near liquidation, an instrument without a market).
 * The numbers are consistent with DOMAIN.md where the screen shows both sides of a formula.
 */
public final class Fixture {
    private Fixture() {
    }

    public static final Instant NOW = Instant.parse("2026-11-20T12:34:56Z");

    public static OptionalDouble d(double v) {
        return OptionalDouble.of(v);
    }

    public static final OptionalDouble NA = OptionalDouble.empty();

    public static TokenRow token(String name, double units, double price, String sector, double rhoBtc, double betaBtc,
                          double rhoEth, double betaEth, double vol, double chg, double apy, double total) {
        double e = units * price;
        return new TokenRow(name, units, d(price), d(e), d(100 * e / total), Optional.ofNullable(sector),
                d(rhoBtc), d(rhoEth), d(betaBtc), d(betaEth), d(vol), d(chg), apy > 0 ? d(apy) : NA,
                apy > 0 ? d(e * apy / 100) : NA, false, false);
    }

    public static final double TOTAL = 100_000 * 152.34 + 40 * 3_105.5 + 12 * 96_012.25 + 120_000 * 8.125
            + 500 * 312.4 + 8_000 * 18.42 + 30_000 * 26.05 + 1_500_000 * 0.3812 + 90_000 * 0.8123
            + 4_000 * 6.25;

    public static List<TokenRow> tokens() {
        List<TokenRow> t = new ArrayList<>();
        t.add(token("SOL", 100_000, 152.34, "Layer-1", 0.82, 1.35, 0.86, 1.12, 71.4, 2.31, 7, TOTAL));
        t.add(token("ETH", 40, 3_105.5, "Layer-1", 0.88, 1.18, 1.0, 1.0, 58.2, 1.12, 3.2, TOTAL));
        t.add(token("BTC", 12, 96_012.25, "Store of value", 1.0, 1.0, 0.88, 0.66, 44.9, 0.41, 0, TOTAL));
        t.add(token("UNI", 120_000, 8.125, "DeFi", 0.71, 1.52, 0.79, 1.31, 88.0, -3.05, 0, TOTAL));
        t.add(token("AAVE", 500, 312.4, "DeFi", 0.69, 1.61, 0.81, 1.44, 91.7, -2.47, 0, TOTAL));
        t.add(token("LINK", 8_000, 18.42, "Oracle", 0.74, 1.29, 0.77, 1.08, 76.3, -0.04, 4.5, TOTAL));
        t.add(token("AVAX", 30_000, 26.05, "Layer-1", 0.79, 1.47, 0.83, 1.22, 82.6, 5.66, 8.1, TOTAL));
        t.add(token("DOGE", 1_500_000, 0.3812, "Meme", 0.61, 1.73, 0.58, 1.40, 103.2, -7.9, 0, TOTAL));
        t.add(token("ARB", 90_000, 0.8123, null, 0.66, 1.49, 0.72, 1.27, 95.5, 0.0, 0, TOTAL));
        TokenRow tia = token("TIA", 4_000, 6.25, "Layer-1", 0.55, 1.21, 0.6, 1.05, 99.1, -1.2, 0, TOTAL);
        t.add(new TokenRow(tia.token(), tia.units(), tia.price(), tia.exposure(), tia.weightPct(), tia.sector(),
                NA, NA, NA, NA, NA, tia.changePct(), NA, NA, false, true));
        t.add(new TokenRow("OBSCURE", 1_000_000, NA, NA, NA, Optional.of("DeFi"), NA, NA, NA, NA, NA, NA, NA, NA,
                true, false));
        return t;
    }

    public static HedgeRow hedge(String id, String instrument, String underlying, HedgeType type, List<String> covers,
                          Ratio ratio, double mark, double spot, double size, double covered, double factor,
                          double target, long needed, long held, boolean over, boolean drift, double rate,
                          Instant next, double accrued, double basis, double basisAnn, double liq,
                          double liqDist, boolean liqAlert, List<String> exit) {
        boolean perp = type == HedgeType.PERPETUAL;
        double notional = size * mark;
        HedgeRow.Size sizing = new HedgeRow.Size(d(mark), d(spot), size, d(notional), d(covered), d(factor), target,
                OptionalLong.of(needed), held, OptionalLong.of(needed - held),
                d(100 * held * notional / (covered * factor)), over, drift);
        HedgeRow.Basket basket = new HedgeRow.Basket(covers.size() > 1 ? d(0.81) : NA,
                covers.size() > 1 ? d(factor) : NA, covers.size() > 1 ? d(86.4) : NA);
        HedgeRow.Funding funding = new HedgeRow.Funding(perp ? d(rate) : NA, perp ? d(rate * 3 * 365 * 100) : NA,
                perp ? Optional.of(next) : Optional.empty(), perp ? d(accrued) : NA,
                perp ? d(held * notional * rate * 3 * 365) : NA, NA, NA);
        return new HedgeRow(id, instrument, underlying, type, covers, ratio, sizing, basket, funding,
                new HedgeRow.Basis(d(basis), perp ? NA : d(basisAnn)), new HedgeRow.Liquidation(d(liq), d(liqDist),
                liqAlert), exit, false);
    }

    public static List<HedgeRow> hedges() {
        Instant next = Instant.parse("2026-11-20T16:00:00Z");
        List<HedgeRow> h = new ArrayList<>();
        h.add(hedge("sol-perp", "SOLUSDT", "SOL", HedgeType.PERPETUAL, List.of("SOL"), Ratio.BETA, 152.11, 152.34,
                10, 15_234_000, 1, 100, 10_015, 9_000, false, true, 0.000105, next, 18_235.5, -0.151, 0,
                179.5, 18.0, false, List.of()));
        h.add(hedge("defi-basket", "ETHUSDT", "ETH", HedgeType.PERPETUAL, List.of("UNI", "AAVE"), Ratio.BETA,
                3_104.2, 3_105.5, 0.1, 1_131_200, 1.41, 100, 5_138, 5_100, false, false, -0.000032, next, -412.75,
                -0.042, 0, 3_700.0, 19.2, false, List.of()));
        h.add(hedge("btc-dec", "BTCUSDT_261225", "BTC", HedgeType.EXPIRY, List.of("BTC"), Ratio.BETA, 96_812.0,
                96_012.25, 0.01, 1_152_147, 1, 50, 595, 595, false, false, 0, next, 0, 0.833, 8.74, 118_000,
                21.9, false, List.of("after 2026-11-15")));
        h.add(hedge("avax-perp", "AVAXUSDT", "AVAX", HedgeType.PERPETUAL, List.of("AVAX"), Ratio.BETA, 26.03,
                26.05, 1, 781_500, 1, 100, 30_023, 33_600, true, true, 0.00031, next, 2_310.04, -0.077, 0, 27.98,
                7.5, true, List.of("price_above 26", "max_days 30")));
        h.add(new HedgeRow("link-perp", "LINKUSDT", "LINK", HedgeType.PERPETUAL, List.of("LINK"), Ratio.BETA,
                new HedgeRow.Size(NA, d(18.42), 10, NA, d(147_360), d(1), 100, OptionalLong.empty(), 700,
                        OptionalLong.empty(), NA, false, false), HedgeRow.Basket.NONE, HedgeRow.Funding.NONE,
                HedgeRow.Basis.NONE, HedgeRow.Liquidation.NONE, List.of(), true));
        return h;
    }

    public static RiskView view() {
        return view(tokens(), hedges());
    }

    public static RiskView view(List<TokenRow> tokens, List<HedgeRow> hedges) {
        List<SectorRow> sectors = List.of(new SectorRow("Layer-1", 16_124_270, 84.7),
                new SectorRow("Store of value", 1_152_147, 6.1), new SectorRow("DeFi", 1_131_200, 5.9),
                new SectorRow("Meme", 571_800, 3.0), new SectorRow("Oracle", 147_360, 0.8),
                new SectorRow("other", 73_107, 0.4));
        List<Alert> alerts = List.of(
                new Alert(Alert.Kind.DRIFT, "sol-perp", "coverage 90.0% vs target 100% (tolerance 5%): sell 1,015"),
                new Alert(Alert.Kind.OVER_HEDGE, "avax-perp", "coverage 111.9% above 105%: net short, buy 3,577"),
                new Alert(Alert.Kind.LIQUIDATION, "avax-perp", "7.5% from estimated liquidation at 27.98"),
                new Alert(Alert.Kind.EXIT_RULE, "btc-dec", "after 2026-11-15"),
                new Alert(Alert.Kind.STALE, "TIA", "last price 14m ago"));
        Totals totals = new Totals(TOTAL, 16_620_880, TOTAL - 16_620_880, d(100 * 16_620_880 / TOTAL),
                d(20_132.79), 1_317_412);
        Scenarios sc = new Scenarios(-20, new ScenarioResult(-0.2 * TOTAL, 3_324_176, -0.2 * TOTAL + 3_324_176),
                new ScenarioResult(-4_912_330.5, 3_898_012.25, -1_014_318.25));
        // the staking share of each hedge, as the engine gives it
        return new RiskView(NOW, "SOL staking book", "USDT", Interval.D1, 30, "simulated", "live", tokens,
                org.hedgetop.risk.Carry.withStakingShares(tokens, hedges), totals, sectors, alerts, sc, matrix(tokens));
    }

    /** A symmetric matrix of the priced tokens; TIA has too few returns (n/a). */
    public static CorrelationMatrix matrix(List<TokenRow> tokens) {
        List<String> labels = new ArrayList<>();
        for (TokenRow t : tokens) {
            if (t.price().isPresent()) {
                labels.add(t.token());
            }
        }
        int n = labels.size();
        double[][] rho = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean na = labels.get(i).equals("TIA") || labels.get(j).equals("TIA");
                rho[i][j] = i == j ? 1 : na ? Double.NaN : 0.35 + 0.6 * Math.cos(0.37 * (i + 1) * (j + 1));
            }
        }
        return new CorrelationMatrix(labels, rho);
    }

    /** Hourly prices over 31 days ending at the token's price, seeded; volume for SOL, ETH and BTC only. */
    public static MarketSnapshot market(List<TokenRow> tokens, List<HedgeRow> hedges) {
        Map<String, Double> spot = new LinkedHashMap<>();
        Map<String, PriceSeries> spotHistory = new LinkedHashMap<>();
        Random rnd = new Random(7);
        for (TokenRow t : tokens) {
            if (t.price().isEmpty()) {
                continue;
            }
            spot.put(t.token(), t.price().getAsDouble());
            boolean volume = List.of("SOL", "ETH", "BTC").contains(t.token());
            spotHistory.put(t.token(), walk(rnd, t.price().getAsDouble(), volume));
        }
        Map<String, FuturesQuote> futures = new LinkedHashMap<>();
        Map<String, PriceSeries> markHistory = new LinkedHashMap<>();
        for (HedgeRow h : hedges) {
            if (h.mark().isEmpty()) {
                continue;
            }
            futures.put(h.instrument(), new FuturesQuote(h.mark().getAsDouble(), h.spot(), h.fundingRate(),
                    h.nextFundingTime(), Optional.of(Duration.ofHours(8)), NOW));
            markHistory.put(h.instrument(), walk(rnd, h.mark().getAsDouble(), false));
        }
        return new MarketSnapshot(NOW, spot, futures, spotHistory, markHistory, Map.of(), Map.of(), "simulated",
                "live");
    }

    public static MarketSnapshot market() {
        return market(tokens(), hedges());
    }

    private static PriceSeries walk(Random rnd, double last, boolean volume) {
        int n = 31 * 24;
        long end = NOW.toEpochMilli() - NOW.toEpochMilli() % 3_600_000L;
        long[] times = new long[n];
        double[] prices = new double[n];
        double[] volumes = volume ? new double[n] : null;
        double p = last;
        for (int k = n - 1; k >= 0; k--) {
            times[k] = end - (long) (n - 1 - k) * 3_600_000L;
            prices[k] = p;
            if (volume) {
                volumes[k] = 1_000 + rnd.nextInt(9_000);
            }
            p = p / Math.exp(rnd.nextGaussian() * 0.012);
        }
        return PriceSeries.of(times, prices, volumes);
    }
}

package org.hedgetop.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.hedgetop.book.Book;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.Holding;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.SymbolStatus;

/**
 * Turns (book, market snapshot, now) into the immutable {@link RiskView} that the monitor draws and the
 * report prints: every formula of DOMAIN.md section 2. Missing data gives empty values, never NaN, never an
 * exception.
 *
 * <p>The result is a pure function of the three inputs; the engine only remembers the history-dependent
 * {@link Statistics} (rho, beta, volatility, basket covariances, correlation matrix), which change only when
 * an interval bucket closes. A price tick inside a bucket reuses them and recomputes exposure, sizing,
 * carry, margin, exit rules, alerts and scenarios. One engine per book view; calls are serialised.
 */
public final class RiskEngine {
    /** Holdings without a sector are grouped under this name. */
    public static final String NO_SECTOR = "other";

    private final StatisticsCache cache = new StatisticsCache();
    private final FundingMemo funding = new FundingMemo();

    public RiskEngine() {
    }

    public RiskView evaluate(Book book, MarketSnapshot market, Instant now) {
        return evaluate(book, market, now, false);
    }

    /**
     * @param paused  polling is paused by the user: a price is not called stale for its age (nobody asked for a
     *                newer one); a replay's prices never are (history played faster than the poll period)
     */
    public synchronized RiskView evaluate(Book book, MarketSnapshot market, Instant now, boolean paused) {
        Statistics stats = cache.get(book, market, now);
        boolean byAge = !paused && !"replay".equals(market.source());
        RiskView view = view(book, market, now, stats, funding, byAge);
        funding.endOfEvaluation();
        return view;
    }

    /** The statistics {@link #evaluate} would use; the same object for every tick inside a bucket. */
    synchronized Statistics statistics(Book book, MarketSnapshot market, Instant now) {
        return cache.get(book, market, now);
    }

    /** How many times statistics were built (tests of the caching contract). */
    synchronized int statisticsBuilds() {
        return cache.builds();
    }

    private static RiskView view(Book book, MarketSnapshot market, Instant now, Statistics stats,
                                 FundingMemo funding, boolean byAge) {
        int n = book.holdings().size() + book.hedges().size();
        // every token whose spot a row shows or uses: the held ones and the hedges' underlyings
        Map<String, OptionalDouble> spot = new HashMap<>(2 * n);
        for (Holding h : book.holdings()) {
            spot.put(h.token(), spotOf(market, h.token()));
        }
        for (Hedge h : book.hedges()) {
            if (!spot.containsKey(h.underlying())) {
                spot.put(h.underlying(), spotOf(market, h.underlying()));
            }
        }
        Map<String, OptionalDouble> exposure = new HashMap<>(2 * n);
        double total = 0;
        for (Holding h : book.holdings()) {
            OptionalDouble e = Sizing.exposure(h.units(), spot.get(h.token()));
            exposure.put(h.token(), e);
            total += e.orElse(0);
        }

        // what MarketSnapshot.statusOf answers for a symbol without an entry, made once per view
        SymbolStatus fresh = SymbolStatus.ok(market.time());
        List<TokenRow> tokens = new ArrayList<>(book.holdings().size());
        double staking = 0;
        Map<String, Double> sectors = new LinkedHashMap<>();
        for (Holding h : book.holdings()) {
            OptionalDouble price = spot.get(h.token());
            OptionalDouble e = exposure.get(h.token());
            Statistics.AssetStats a = stats.asset(h.token());
            OptionalDouble weight = Sizing.weightPct(e, total);
            OptionalDouble change = Sizing.changePct(price, a.lastClose());
            OptionalDouble carry = Carry.stakingCarryPerYear(e, h.stakingApyPct());
            staking += carry.orElse(0);
            sectors.merge(h.sector().orElse(NO_SECTOR), e.orElse(0), Double::sum);
            SymbolStatus status = market.status().getOrDefault(h.token(), fresh);
            tokens.add(new TokenRow(h.token(), h.units(), price, e, weight, h.sector(), a.rhoBtc(), a.rhoEth(),
                    a.betaBtc(), a.betaEth(), a.volatilityPct(), change, h.stakingApyPct(), carry,
                    status.health() == SymbolStatus.Health.NO_MARKET,
                    Alerts.stale(status, now, book.feed().pollSeconds(), byAge), h.costPrice(),
                    Ledger.spotPnl(h.units(), price, h.costPrice())));
        }

        List<HedgeRow> hedges = new ArrayList<>();
        for (Hedge h : book.hedges()) {
            hedges.add(HedgeRows.build(h, market, stats, spot, exposure, book.settings(), book.feed().interval(),
                    now, funding));
        }

        // a token's staking is shared by the hedges covering it, so it counts once over their rows
        hedges = Carry.withStakingShares(tokens, hedges);

        Totals totals = Totals.of(tokens, hedges, staking, pnlTotals(tokens, hedges));

        List<SectorRow> sectorRows = new ArrayList<>();
        double sectorTotal = total;
        sectors.forEach((name, e) -> sectorRows.add(new SectorRow(name, e, Sizing.sectorWeightPct(e, sectorTotal))));

        Scenarios scenarios = Shocks.of(tokens, hedges, book.settings().shockPct(), t -> stats.asset(t).betaBtc());
        // an unknown net delta claims nothing about being net short
        List<Alert> alerts = Alerts.of(book, hedges, totals.netDelta().orElse(0), market, now, byAge);
        return new RiskView(now, book.name(), book.quote(), book.feed().interval(), book.feed().window(),
                market.source(), health(market, now, book.feed().pollSeconds()), tokens, hedges, totals, sectorRows, alerts, scenarios,
                stats.correlations(), Charts.of(market, now, book.feed().interval(), book.feed().window()),
                HedgeHistory.of(book, market, now));
    }

    /**
     * The feed's health as the title says it: "live" only while prices arrive. A poll that hangs (a stalled
     * exchange: each try waits for its read timeout) brings no new snapshot, so after one poll period
     * without one "live" turns into how long nothing has come.
     */
    static String health(MarketSnapshot market, Instant now, int pollSeconds) {
        String h = market.sourceHealth();
        long age = java.time.Duration.between(market.time(), now).getSeconds();
        if (h.startsWith("live") && age > 2L * Math.max(1, pollSeconds)) {
            return "stalled: no answer for " + age + " s";
        }
        return h;
    }

    /** Sums of the P&amp;L columns, each over the rows that know it (see {@link PnlTotals}). */
    private static PnlTotals pnlTotals(List<TokenRow> tokens, List<HedgeRow> hedges) {
        double spot = 0;
        boolean anySpot = false;
        for (TokenRow t : tokens) {
            if (t.spotPnl().isPresent()) {
                spot += t.spotPnl().getAsDouble();
                anySpot = true;
            }
        }
        double realized = 0;
        double unrealized = 0;
        double fees = 0;
        double hedge = 0;
        boolean anyUnrealized = false;
        boolean anyHedge = false;
        for (HedgeRow r : hedges) {
            realized += r.pnl().realizedPnl();
            fees += r.pnl().fees();
            if (r.pnl().unrealizedPnl().isPresent()) {
                unrealized += r.pnl().unrealizedPnl().getAsDouble();
                anyUnrealized = true;
            }
            if (r.pnl().hedgePnl().isPresent()) {
                hedge += r.pnl().hedgePnl().getAsDouble();
                anyHedge = true;
            }
        }
        OptionalDouble spotPnl = anySpot ? Stats.finite(spot) : OptionalDouble.empty();
        OptionalDouble hedgePnl = anyHedge ? Stats.finite(hedge) : OptionalDouble.empty();
        OptionalDouble net = spotPnl.isPresent() && hedgePnl.isPresent()
                ? Stats.finite(spotPnl.getAsDouble() + hedgePnl.getAsDouble()) : OptionalDouble.empty();
        return new PnlTotals(spotPnl, realized, anyUnrealized ? Stats.finite(unrealized) : OptionalDouble.empty(),
                fees, hedgePnl, net);
    }

    /** A usable spot price of the token, or empty. */
    private static OptionalDouble spotOf(MarketSnapshot market, String token) {
        Double p = market.spot().get(token);
        return p == null ? OptionalDouble.empty() : HedgeRows.positive(p);
    }
}

package org.hedgetop.risk;

import java.time.Instant;
import java.util.ArrayList;
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

    public RiskEngine() {
    }

    public synchronized RiskView evaluate(Book book, MarketSnapshot market, Instant now) {
        Statistics stats = cache.get(book, market, now);
        return view(book, market, now, stats);
    }

    /** The statistics {@link #evaluate} would use; the same object for every tick inside a bucket. */
    synchronized Statistics statistics(Book book, MarketSnapshot market, Instant now) {
        return cache.get(book, market, now);
    }

    /** How many times statistics were built (tests of the caching contract). */
    synchronized int statisticsBuilds() {
        return cache.builds();
    }

    /** Held tokens and the hedges' underlyings: every token whose spot a row shows or uses. */
    private static List<String> spotTokens(Book book) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        book.holdings().forEach(h -> out.add(h.token()));
        book.hedges().forEach(h -> out.add(h.underlying()));
        return new ArrayList<>(out);
    }

    private static RiskView view(Book book, MarketSnapshot market, Instant now, Statistics stats) {
        Map<String, OptionalDouble> spot = new LinkedHashMap<>();
        for (String t : spotTokens(book)) {
            spot.put(t, market.spotPrice(t).map(HedgeRows::positive).orElse(OptionalDouble.empty()));
        }
        Map<String, OptionalDouble> exposure = new LinkedHashMap<>();
        double total = 0;
        for (Holding h : book.holdings()) {
            OptionalDouble e = Sizing.exposure(h.units(), spot.get(h.token()));
            exposure.put(h.token(), e);
            total += e.orElse(0);
        }

        List<TokenRow> tokens = new ArrayList<>();
        double staking = 0;
        Map<String, Double> sectors = new LinkedHashMap<>();
        for (Holding h : book.holdings()) {
            OptionalDouble price = spot.get(h.token());
            OptionalDouble e = exposure.get(h.token());
            Statistics.AssetStats a = stats.asset(h.token());
            OptionalDouble weight = e.isPresent() && total > 0 ? Stats.finite(100 * e.getAsDouble() / total)
                    : OptionalDouble.empty();
            OptionalDouble change = price.isPresent() && a.lastClose().isPresent()
                    ? Stats.finite(100 * (price.getAsDouble() / a.lastClose().getAsDouble() - 1))
                    : OptionalDouble.empty();
            OptionalDouble carry = Carry.stakingCarryPerYear(e, h.stakingApyPct());
            staking += carry.orElse(0);
            sectors.merge(h.sector().orElse(NO_SECTOR), e.orElse(0), Double::sum);
            SymbolStatus status = market.statusOf(h.token());
            tokens.add(new TokenRow(h.token(), h.units(), price, e, weight, h.sector(), a.rhoBtc(), a.rhoEth(),
                    a.betaBtc(), a.betaEth(), a.volatilityPct(), change, h.stakingApyPct(), carry,
                    status.health() == SymbolStatus.Health.NO_MARKET,
                    Alerts.stale(status, now, book.feed().pollSeconds())));
        }

        List<HedgeRow> hedges = new ArrayList<>();
        for (Hedge h : book.hedges()) {
            hedges.add(HedgeRows.build(h, market, stats, spot, exposure, book.settings(), book.feed().interval(),
                    now));
        }

        double hedged = 0;
        double accrued = 0;
        boolean anyAccrued = false;
        for (HedgeRow r : hedges) {
            hedged += Sizing.hedgedNotional(r.contractsHeld(), r.contractNotional(), r.factor()).orElse(0);
            if (r.fundingAccrued().isPresent()) {
                accrued += r.fundingAccrued().getAsDouble();
                anyAccrued = true;
            }
        }
        Totals totals = new Totals(total, hedged, total - hedged,
                total > 0 ? Stats.finite(100 * hedged / total) : OptionalDouble.empty(),
                anyAccrued ? Stats.finite(accrued) : OptionalDouble.empty(), staking);

        List<SectorRow> sectorRows = new ArrayList<>();
        double sectorTotal = total;
        sectors.forEach((name, e) -> sectorRows.add(new SectorRow(name, e, sectorTotal > 0 ? 100 * e / sectorTotal : 0)));

        Scenarios scenarios = Shocks.of(tokens, hedges, book.settings().shockPct(), t -> stats.asset(t).betaBtc());
        List<Alert> alerts = Alerts.of(book, hedges, market, now);
        return new RiskView(now, book.name(), book.quote(), book.feed().interval(), book.feed().window(),
                market.source(), market.sourceHealth(), tokens, hedges, totals, sectorRows, alerts, scenarios,
                stats.correlations());
    }
}

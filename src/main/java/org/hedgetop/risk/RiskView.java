package org.hedgetop.risk;

import java.time.Instant;
import java.util.List;
import org.hedgetop.book.Interval;

/**
 * Everything the monitor draws and the report prints, computed from (book, market snapshot, clock).
 * Immutable; the report's JSON is a one-to-one rendering of it.
 *
 * @param time         evaluation time
 * @param interval     statistics interval
 * @param window       returns in the statistics window
 * @param source       name of the market source
 * @param sourceHealth one-line health of the feed
 * @param charts       the price series as drawn (sparklines, charts, volume profiles): the painters' only
 *                     way to the market's series
 * @param history      the ledger lines of each hedge (fills, settlements) for the detail view
 * @param exchange     per hedge id what the exchange account says (a book with {@code account:} in the
 *                     monitor, after its first read); empty otherwise
 */
public record RiskView(Instant time, String portfolio, String quote, Interval interval, int window,
                       String source, String sourceHealth, List<TokenRow> tokens, List<HedgeRow> hedges,
                       Totals totals, List<SectorRow> sectors, List<Alert> alerts, Scenarios scenario,
                       CorrelationMatrix correlations, Charts charts, HedgeHistory history,
                       java.util.Map<String, ExchangeColumns> exchange) {
    /** A view without series ({@link Charts#NONE}): reports and hand-built views. */
    public RiskView(Instant time, String portfolio, String quote, Interval interval, int window,
                    String source, String sourceHealth, List<TokenRow> tokens, List<HedgeRow> hedges,
                    Totals totals, List<SectorRow> sectors, List<Alert> alerts, Scenarios scenario,
                    CorrelationMatrix correlations) {
        this(time, portfolio, quote, interval, window, source, sourceHealth, tokens, hedges, totals, sectors, alerts,
                scenario, correlations, Charts.NONE, HedgeHistory.NONE);
    }

    /** A view without the exchange account's figures (every book without {@code account:}). */
    public RiskView(Instant time, String portfolio, String quote, Interval interval, int window,
                    String source, String sourceHealth, List<TokenRow> tokens, List<HedgeRow> hedges,
                    Totals totals, List<SectorRow> sectors, List<Alert> alerts, Scenarios scenario,
                    CorrelationMatrix correlations, Charts charts, HedgeHistory history) {
        this(time, portfolio, quote, interval, window, source, sourceHealth, tokens, hedges, totals, sectors, alerts,
                scenario, correlations, charts, history, java.util.Map.of());
    }

    public RiskView {
        tokens = List.copyOf(tokens);
        hedges = List.copyOf(hedges);
        sectors = List.copyOf(sectors);
        alerts = List.copyOf(alerts);
        exchange = java.util.Map.copyOf(exchange);
    }

    /**
     * The same view with more alerts (the exchange account's position_mismatch, read in cli), still one per
     * subject: an alert on a subject that already has one joins it, and the list stays in order of severity.
     */
    public RiskView withMoreAlerts(List<Alert> more) {
        java.util.Map<String, Alert> bySubject = new java.util.LinkedHashMap<>();
        alerts.forEach(a -> Alerts.merge(bySubject, a));
        more.forEach(a -> Alerts.merge(bySubject, a));
        List<Alert> all = new java.util.ArrayList<>(bySubject.values());
        all.sort(java.util.Comparator.comparing(Alert::kind));
        return new RiskView(time, portfolio, quote, interval, window, source, sourceHealth, tokens, hedges, totals,
                sectors, all, scenario, correlations, charts, history, exchange);
    }

    /** The same view drawing its series from {@code c} (tests that build a view by hand beside a snapshot). */
    public RiskView withCharts(Charts c) {
        return new RiskView(time, portfolio, quote, interval, window, source, sourceHealth, tokens, hedges, totals,
                sectors, alerts, scenario, correlations, c, history, exchange);
    }

    /** The same view with another line of feed health (the title bar's; e.g. a trading key's warning first). */
    public RiskView withSourceHealth(String health) {
        return new RiskView(time, portfolio, quote, interval, window, source, health, tokens, hedges, totals,
                sectors, alerts, scenario, correlations, charts, history, exchange);
    }

    /** The same view with what the exchange account says per hedge id (the monitor's account reads). */
    public RiskView withExchange(java.util.Map<String, ExchangeColumns> columns) {
        return new RiskView(time, portfolio, quote, interval, window, source, sourceHealth, tokens, hedges, totals,
                sectors, alerts, scenario, correlations, charts, history, columns);
    }
}

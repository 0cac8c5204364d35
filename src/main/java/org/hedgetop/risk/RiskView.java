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
 */
public record RiskView(Instant time, String portfolio, String quote, Interval interval, int window,
                       String source, String sourceHealth, List<TokenRow> tokens, List<HedgeRow> hedges,
                       Totals totals, List<SectorRow> sectors, List<Alert> alerts, Scenarios scenario,
                       CorrelationMatrix correlations, Charts charts, HedgeHistory history) {
    /** A view without series ({@link Charts#NONE}): reports and hand-built views. */
    public RiskView(Instant time, String portfolio, String quote, Interval interval, int window,
                    String source, String sourceHealth, List<TokenRow> tokens, List<HedgeRow> hedges,
                    Totals totals, List<SectorRow> sectors, List<Alert> alerts, Scenarios scenario,
                    CorrelationMatrix correlations) {
        this(time, portfolio, quote, interval, window, source, sourceHealth, tokens, hedges, totals, sectors, alerts,
                scenario, correlations, Charts.NONE, HedgeHistory.NONE);
    }

    public RiskView {
        tokens = List.copyOf(tokens);
        hedges = List.copyOf(hedges);
        sectors = List.copyOf(sectors);
        alerts = List.copyOf(alerts);
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
                sectors, all, scenario, correlations, charts, history);
    }

    /** The same view drawing its series from {@code c} (tests that build a view by hand beside a snapshot). */
    public RiskView withCharts(Charts c) {
        return new RiskView(time, portfolio, quote, interval, window, source, sourceHealth, tokens, hedges, totals,
                sectors, alerts, scenario, correlations, c, history);
    }
}

package org.hedgetop.tui;

import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.Charts;
import org.hedgetop.risk.RiskView;

/** A view (hand-built or not) drawing its series from a snapshot, as the engine's own views do. */
public final class Drawn {
    private Drawn() {
    }

    public static RiskView view(RiskView v, MarketSnapshot market) {
        return v.withCharts(Charts.of(market, v.time(), v.interval(), v.window()));
    }
}

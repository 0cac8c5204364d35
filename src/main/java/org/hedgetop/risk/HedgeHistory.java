package org.hedgetop.risk;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hedgetop.book.Book;
import org.hedgetop.book.Hedge;
import org.hedgetop.market.MarketSnapshot;

/**
 * The ledger lines behind a hedge's P&amp;L, as the detail view lists them: the fills applied and the funding
 * settlements counted ({@link Ledger}), at the view's time. Computed when asked (only the hedge on screen is),
 * from the book and snapshot the view was built from.
 */
public final class HedgeHistory {
    /** A view without a book behind it (hand-built views): no lines. */
    public static final HedgeHistory NONE = new HedgeHistory(Map.of(), null, Instant.EPOCH);

    private final Map<String, Hedge> hedges;
    private final MarketSnapshot market;
    private final Instant now;

    private HedgeHistory(Map<String, Hedge> hedges, MarketSnapshot market, Instant now) {
        this.hedges = hedges;
        this.market = market;
        this.now = now;
    }

    static HedgeHistory of(Book book, MarketSnapshot market, Instant now) {
        Map<String, Hedge> byId = new HashMap<>(2 * book.hedges().size());
        for (Hedge h : book.hedges()) {
            byId.putIfAbsent(h.id(), h);
        }
        return new HedgeHistory(byId, market, now);
    }

    /** The fills applied at the view's time, oldest first; empty for an unknown hedge. */
    public List<Ledger.FillLine> fills(String hedgeId) {
        Hedge h = hedges.get(hedgeId);
        return h == null ? List.of() : Ledger.fills(h, now);
    }

    /** The funding settlements counted in the hedge's accrued funding, oldest first. */
    public List<Ledger.Settlement> settlements(String hedgeId) {
        Hedge h = hedges.get(hedgeId);
        if (h == null || market == null) {
            return List.of();
        }
        return Ledger.settlements(h, market.fundingEvents(h.instrument()), market.markSeries(h.instrument()),
                market.spotSeries(h.underlying()), now);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HedgeHistory x && hedges.equals(x.hedges) && java.util.Objects.equals(market, x.market)
                && now.equals(x.now);
    }

    @Override
    public int hashCode() {
        return now.hashCode();
    }
}

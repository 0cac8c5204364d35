package org.hedgetop.backtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.book.Book;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.Interval;
import org.hedgetop.book.Ratio;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.RiskEngine;

/**
 * Replays a hedge policy over history (DOMAIN.md section 10). Sizing comes from the {@link RiskEngine} (the same
 * {@code contracts_needed} and drift the monitor shows at that close), P&amp;L and funding from {@link Ledger}
 * applied to the fills the backtest made: there is no second implementation of either. Pure: the snapshots at
 * the closes are given (one per close, as {@code report --at c_i} would poll them).
 */
public final class Backtest {
    private Backtest() {
    }

    /** The interval closes from {@code from} to {@code to}, both rounded down to a close. */
    public static List<Instant> closes(Interval interval, Instant from, Instant to) {
        long first = interval.bucketStart(from.toEpochMilli());
        long last = interval.bucketStart(to.toEpochMilli());
        List<Instant> closes = new ArrayList<>();
        for (long t = first; t <= last; t += interval.millis()) {
            closes.add(Instant.ofEpochMilli(t));
        }
        return closes;
    }

    /**
     * The book as the backtest starts it: every hedge flat (its position, fills, entry and opening time play no
     * part) and proxy hedges on {@code ratio} when one is forced. A source built for this book keeps only the
     * funding of its look-back window, which is all the backtest needs: it adds up funding close by close.
     */
    public static Book flat(Book book, Instant from, Optional<Ratio> ratio) {
        Book flat = book;
        for (Hedge h : book.hedges()) {
            Ratio r = ratio.isPresent() && !h.isDirect() ? ratio.get() : h.ratio();
            flat = flat.withHedge(new Hedge(h.id(), h.covers(), h.instrument(), h.underlying(), h.type(), h.expiry(),
                    h.contractSize(), h.targetPct(), r, 0, OptionalDouble.empty(), Optional.empty(), h.leverage(),
                    h.exit(), h.location(), List.of()));
        }
        return flat;
    }

    /** One run: a policy and the ratio forced on proxy hedges (empty = each hedge's own). */
    public record Combination(Policy policy, Optional<Ratio> ratio) {
    }

    /** Runs one policy; see {@link #runAll}. */
    public static BacktestResult run(Book book, List<Instant> closes, List<MarketSnapshot> snapshots, Policy policy,
                                     Optional<Ratio> ratio, double feeBps) {
        return runAll(book, closes, snapshots, List.of(new Combination(policy, ratio)), feeBps).get(0);
    }

    /**
     * Runs every combination over the same closes, side by side: one engine serves them all, so the statistics
     * of a close (which depend on prices only, not on what a run holds) are built once, not once per run.
     *
     * @param book       the book as loaded
     * @param closes     {@link #closes}, at least one
     * @param snapshots  the market at each close, aligned with {@code closes}
     */
    public static List<BacktestResult> runAll(Book book, List<Instant> closes, List<MarketSnapshot> snapshots,
                                              List<Combination> combinations, double feeBps) {
        RiskEngine engine = new RiskEngine();
        List<Walk> walks = new ArrayList<>();
        for (Combination c : combinations) {
            walks.add(new Walk(book, flat(book, closes.get(0), c.ratio()), closes, c.policy(), c.ratio(), feeBps));
        }
        for (int i = 0; i < closes.size(); i++) {
            MarketSnapshot market = sliced(snapshots.get(i), i == 0 ? null : closes.get(i - 1));
            for (Walk w : walks) {
                w.step(i, market, engine);
            }
        }
        List<BacktestResult> results = new ArrayList<>();
        for (Walk w : walks) {
            results.add(w.result());
        }
        return results;
    }

    /**
     * A trade's price and fee kept to 12 significant digits: the book refuses numbers with more than 15 (what a
     * venue would never print), and {@code --write-fills} must write exactly the trades the backtest counted.
     */
    static double significant(double v) {
        return v == 0 || !Double.isFinite(v) ? v
                : new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }

    /**
     * The snapshot with only the settlements since the previous close ({@code after}; none at the first): the
     * backtest adds up funding close by close, and the engine, asked only for sizing, then does not walk every
     * settlement since T1 again at each close (that walk made a two-year run quadratic).
     */
    static MarketSnapshot sliced(MarketSnapshot m, Instant after) {
        Map<String, List<FundingEvent>> funding = new LinkedHashMap<>();
        m.funding().forEach((symbol, events) -> funding.put(symbol,
                after == null ? List.of() : slice(events, after, m.time())));
        return new MarketSnapshot(m.time(), m.spot(), m.futures(), m.spotHistory(), m.markHistory(), funding,
                m.status(), m.source(), m.sourceHealth());
    }

    /** The events with {@code after < time <= upTo} (the snapshot lists them in time order). */
    static List<FundingEvent> slice(List<FundingEvent> events, Instant after, Instant upTo) {
        List<FundingEvent> out = new ArrayList<>();
        for (int k = events.size() - 1; k >= 0; k--) {
            FundingEvent e = events.get(k);
            if (!e.time().isAfter(after)) {
                break;
            }
            if (!e.time().isAfter(upTo)) {
                out.add(0, e);
            }
        }
        return out;
    }
}

package org.hedgetop.backtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookEditException;
import org.hedgetop.book.Fill;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.Holding;
import org.hedgetop.book.Interval;
import org.hedgetop.book.Ratio;
import org.hedgetop.book.SourcePos;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.Ledger;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.risk.RiskView;

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

    /**
     * Runs one policy.
     *
     * @param book       the book as loaded
     * @param closes     {@link #closes}, at least one
     * @param snapshots  the market at each close, aligned with {@code closes}
     */
    public static BacktestResult run(Book book, List<Instant> closes, List<MarketSnapshot> snapshots, Policy policy,
                                     Optional<Ratio> ratio, double feeBps) {
        Book current = flat(book, closes.get(0), ratio);
        List<Hedge> hedges = current.hedges();
        int m = hedges.size();
        int n = closes.size();
        RiskEngine engine = new RiskEngine();
        double[][] u = new double[m][n];
        double[][] h = new double[m][n];
        double[] bookU = new double[n];
        double[] bookH = new double[n];
        boolean[] opened = new boolean[m];
        int[] trades = new int[m];
        double[] turnover = new double[m];
        double[] funding = new double[m];
        boolean[] anyFunding = new boolean[m];
        OptionalDouble[] pricePnl = new OptionalDouble[m];
        Map<String, List<Fill>> fills = new LinkedHashMap<>();
        for (Hedge x : hedges) {
            fills.put(x.id(), new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            Instant c = closes.get(i);
            MarketSnapshot market = sliced(snapshots.get(i), i == 0 ? null : closes.get(i - 1));
            RiskView view = engine.evaluate(current, market, c);
            double hedgeSum = 0;
            for (int j = 0; j < m; j++) {
                Hedge hedge = current.hedges().get(j);
                HedgeRow row = view.hedges().get(j);
                boolean wants = !opened[j] || policy == Policy.EVERY || (policy == Policy.BAND && row.drift());
                OptionalLong needed = row.contractsNeeded();
                if (needed.isPresent() && row.mark().isPresent()) {
                    long order = needed.getAsLong() - row.contractsHeld();
                    if (wants && order != 0) {
                        double price = significant(row.mark().getAsDouble());
                        double notional = Math.abs(order) * hedge.contractSize() * price;
                        Fill fill = new Fill(c, -order, price, OptionalDouble.of(significant(feeBps / 10_000 * notional)),
                                Optional.empty(), SourcePos.NONE);
                        hedge = withFill(hedge, fill);
                        current = current.withHedge(hedge);
                        fills.get(hedge.id()).add(fill);
                        trades[j]++;
                        turnover[j] += notional;
                    }
                    opened[j] = true;
                }
                // funding of the settlements in (c_{i-1}, c_i]: the ledger's own sum over that slice of events
                if (i > 0) {
                    Ledger.Funding f = Ledger.funding(hedge, market.fundingEvents(hedge.instrument()),
                            market.markSeries(hedge.instrument()),
                            market.spotSeries(hedge.underlying()), c);
                    if (f.accrued().isPresent()) {
                        funding[j] += f.accrued().getAsDouble();
                        anyFunding[j] = true;
                    }
                }
                Ledger.State state = Ledger.at(hedge, c);
                OptionalDouble unrealized = Ledger.unrealizedPnl(state, hedge.contractSize(), row.mark());
                pricePnl[j] = unrealized.isPresent()
                        ? Outcome.finite(state.realizedPnl() + unrealized.getAsDouble()) : OptionalDouble.empty();
                double pnl = Ledger.hedgePnl(state, unrealized,
                        anyFunding[j] ? OptionalDouble.of(funding[j]) : OptionalDouble.empty()).orElse(Double.NaN);
                u[j][i] = covered(current, hedge, market);
                h[j][i] = u[j][i] + pnl;
                hedgeSum += pnl;
            }
            bookU[i] = covered(current, null, market);
            bookH[i] = bookU[i] + hedgeSum;
        }
        List<Outcome> outcomes = new ArrayList<>();
        double fees = 0;
        double price = 0;
        boolean priceKnown = true;
        double fundingSum = 0;
        boolean fundingKnown = false;
        int tradeSum = 0;
        double turnoverSum = 0;
        for (int j = 0; j < m; j++) {
            Hedge hedge = current.hedges().get(j);
            double fee = Ledger.at(hedge, closes.get(n - 1)).fees();
            OptionalDouble f = anyFunding[j] ? OptionalDouble.of(funding[j]) : OptionalDouble.empty();
            outcomes.add(Outcome.of(hedge.id(), u[j], h[j], pricePnl[j], f, fee, trades[j], turnover[j]));
            fees += fee;
            priceKnown &= pricePnl[j].isPresent();
            price += pricePnl[j].orElse(0);
            fundingSum += funding[j];
            fundingKnown |= anyFunding[j];
            tradeSum += trades[j];
            turnoverSum += turnover[j];
        }
        Outcome total = Outcome.of("book", bookU, bookH, priceKnown ? Outcome.finite(price) : OptionalDouble.empty(),
                fundingKnown ? OptionalDouble.of(fundingSum) : OptionalDouble.empty(), fees, tradeSum, turnoverSum);
        return new BacktestResult(closes.get(0), closes.get(n - 1), book.feed().interval(), policy, ratio, feeBps,
                outcomes, total, closes, bookU, bookH, fills);
    }

    /**
     * A trade's price and fee kept to 12 significant digits: the book refuses numbers with more than 15 (what a
     * venue would never print), and {@code --write-fills} must write exactly the trades the backtest counted.
     */
    static double significant(double v) {
        return v == 0 || !Double.isFinite(v) ? v
                : new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }

    /** A flat hedge with one more trade (never throws: the backtest's hedges start flat, without position). */
    private static Hedge withFill(Hedge hedge, Fill fill) {
        try {
            return hedge.withFill(fill);
        } catch (BookEditException e) {
            throw new IllegalStateException(e);
        }
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

    /** {@code U}: spot value of the hedge's covered tokens, or of all holdings when {@code hedge} is null. */
    private static double covered(Book book, Hedge hedge, MarketSnapshot market) {
        double sum = 0;
        for (Holding t : book.holdings()) {
            if (hedge != null && !hedge.covers().contains(t.token())) {
                continue;
            }
            Double s = market.spot().get(t.token());
            sum += s == null ? Double.NaN : t.units() * s;
        }
        return sum;
    }
}

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
import org.hedgetop.book.Ratio;
import org.hedgetop.book.SourcePos;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.Ledger;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.risk.RiskView;

/**
 * One backtest run walked close by close (DOMAIN.md section 10): at each close the engine sizes the hedges the
 * run holds, the policy decides whether to trade back to {@code contracts_needed}, and the ledger values the
 * hedges with the close's trades included.
 */
final class Walk {
    private final Book original;
    private final List<Instant> closes;
    private final Policy policy;
    private final Optional<Ratio> ratio;
    private final double feeBps;
    private Book current;
    private final int m;
    private final double[][] u;
    private final double[][] h;
    private final double[] bookU;
    private final double[] bookH;
    private final boolean[] opened;
    private final int[] trades;
    private final double[] turnover;
    private final double[] funding;
    private final boolean[] anyFunding;
    private final OptionalDouble[] pricePnl;
    private final Map<String, List<Fill>> fills = new LinkedHashMap<>();

    Walk(Book original, Book flat, List<Instant> closes, Policy policy, Optional<Ratio> ratio, double feeBps) {
        this.original = original;
        this.current = flat;
        this.closes = closes;
        this.policy = policy;
        this.ratio = ratio;
        this.feeBps = feeBps;
        m = flat.hedges().size();
        int n = closes.size();
        u = new double[m][n];
        h = new double[m][n];
        bookU = new double[n];
        bookH = new double[n];
        opened = new boolean[m];
        trades = new int[m];
        turnover = new double[m];
        funding = new double[m];
        anyFunding = new boolean[m];
        pricePnl = new OptionalDouble[m];
        for (Hedge x : flat.hedges()) {
            fills.put(x.id(), new ArrayList<>());
        }
    }

    /**
     * Close {@code i}: {@code market} carries only the settlements since the previous close. A hedge opens at the
     * first close where its {@code contracts_needed} and mark are known; after that the policy says when it trades.
     */
    void step(int i, MarketSnapshot market, RiskEngine engine) {
        Instant c = closes.get(i);
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
                    double price = Backtest.significant(row.mark().getAsDouble());
                    double notional = Math.abs(order) * hedge.contractSize() * price;
                    Fill fill = new Fill(c, -order, price,
                            OptionalDouble.of(Backtest.significant(feeBps / 10_000 * notional)), Optional.empty(),
                            SourcePos.NONE);
                    hedge = withFill(hedge, fill);
                    current = current.withHedge(hedge);
                    fills.get(hedge.id()).add(fill);
                    trades[j]++;
                    turnover[j] += notional;
                }
                opened[j] = true;
            }
            // funding of the settlements in (c_{i-1}, c_i], the ledger's own sum over that slice
            Ledger.Funding f = Ledger.funding(hedge, market.fundingEvents(hedge.instrument()),
                    market.markSeries(hedge.instrument()), market.spotSeries(hedge.underlying()), c);
            if (f.accrued().isPresent()) {
                funding[j] += f.accrued().getAsDouble();
                anyFunding[j] = true;
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

    BacktestResult result() {
        int n = closes.size();
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
            OptionalDouble p = pricePnl[j] == null ? OptionalDouble.empty() : pricePnl[j];
            outcomes.add(Outcome.of(hedge.id(), u[j], h[j], p, f, fee, trades[j], turnover[j]));
            fees += fee;
            priceKnown &= p.isPresent();
            price += p.orElse(0);
            fundingSum += funding[j];
            fundingKnown |= anyFunding[j];
            tradeSum += trades[j];
            turnoverSum += turnover[j];
        }
        Outcome total = Outcome.of("book", bookU, bookH, priceKnown ? Outcome.finite(price) : OptionalDouble.empty(),
                fundingKnown ? OptionalDouble.of(fundingSum) : OptionalDouble.empty(), fees, tradeSum, turnoverSum);
        return new BacktestResult(closes.get(0), closes.get(n - 1), original.feed().interval(), policy, ratio, feeBps,
                outcomes, total, closes, bookU, bookH, fills);
    }

    /** A flat hedge with one more trade (never throws: the backtest's hedges start flat, without position). */
    private static Hedge withFill(Hedge hedge, Fill fill) {
        try {
            return hedge.withFill(fill);
        } catch (BookEditException e) {
            throw new IllegalStateException(e);
        }
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

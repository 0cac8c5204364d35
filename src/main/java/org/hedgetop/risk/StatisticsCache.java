package org.hedgetop.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hedgetop.book.Book;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.Holding;
import org.hedgetop.book.Interval;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;

/**
 * Keeps the {@link Statistics} of the last evaluation and rebuilds them only when their inputs changed.
 *
 * <p>The key is what the statistics are a function of: the interval, the window, the last closed bucket,
 * the tokens and baskets of the book, and the closes of every series in the window's buckets (compared by
 * value). Comparing closes instead of trusting "a new bucket closed" also catches a late observation that
 * lands in an already closed bucket, a replay rewound, or a source switch. Extracting the closes costs
 * {@code window + 1} binary searches per series, and is skipped when the snapshot carries the very same
 * {@link PriceSeries} object as last time. Not thread-safe: {@link RiskEngine} serialises calls.
 */
final class StatisticsCache {
    static final String BTC = "BTC";
    static final String ETH = "ETH";

    private record Memo(PriceSeries series, Interval interval, long lastClosed, int count, Closes closes) {
    }

    /** A closes array with value equality (NaN equals NaN, so gaps compare equal). */
    private record Closes(double[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Closes c && Arrays.equals(values, c.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    private record BasketDef(String id, List<String> covers, String underlying) {
    }

    private record Key(Interval interval, int window, long lastClosed, List<String> labels, List<BasketDef> baskets,
                       Map<String, Closes> closes) {
    }

    private Map<String, Memo> memo = new HashMap<>();
    private Key key;
    private Statistics statistics;
    private int builds;

    /** How many times the statistics were (re)built; for tests of the caching contract. */
    int builds() {
        return builds;
    }

    Statistics get(Book book, MarketSnapshot market, Instant now) {
        Interval interval = book.feed().interval();
        int window = Math.max(1, book.feed().window());
        long lastClosed = Returns.lastClosedBucket(interval, now);

        Map<String, Memo> nextMemo = new HashMap<>();
        Map<String, Closes> closes = new LinkedHashMap<>();
        for (String token : seriesTokens(book)) {
            PriceSeries s = market.spotSeries(token);
            Memo m = memo.get(token);
            if (m == null || m.series != s || m.interval != interval || m.lastClosed != lastClosed
                    || m.count != window + 1) {
                m = new Memo(s, interval, lastClosed, window + 1,
                        new Closes(Returns.closes(s, interval, lastClosed, window + 1)));
            }
            nextMemo.put(token, m);
            closes.put(token, m.closes);
        }
        memo = nextMemo;

        List<BasketDef> baskets = new ArrayList<>();
        for (Hedge h : book.hedges()) {
            baskets.add(new BasketDef(h.id(), h.covers(), h.underlying()));
        }
        Key next = new Key(interval, window, lastClosed, matrixLabels(book), baskets, closes);
        if (!next.equals(key)) {
            statistics = build(next);
            key = next;
            builds++;
        }
        return statistics;
    }

    /** Held tokens, then BTC and ETH, then the hedges' underlyings; each once. */
    private static Set<String> seriesTokens(Book book) {
        Set<String> out = new LinkedHashSet<>(matrixLabels(book));
        for (Hedge h : book.hedges()) {
            out.add(h.underlying());
        }
        return out;
    }

    /** The correlation matrix shows the held tokens, plus BTC and ETH as references when not held. */
    private static List<String> matrixLabels(Book book) {
        Set<String> out = new LinkedHashSet<>();
        for (Holding h : book.holdings()) {
            out.add(h.token());
        }
        out.add(BTC);
        out.add(ETH);
        return new ArrayList<>(out);
    }

    private static Statistics build(Key key) {
        Map<String, double[]> returns = new LinkedHashMap<>();
        key.closes.forEach((token, c) -> returns.put(token, Returns.logReturns(c.values)));
        double[] btc = returns.get(BTC);
        double[] eth = returns.get(ETH);

        Map<String, Statistics.AssetStats> assets = new LinkedHashMap<>();
        returns.forEach((token, r) -> {
            double[] c = key.closes.get(token).values;
            double last = c[c.length - 1];
            assets.put(token, new Statistics.AssetStats(Stats.rho(r, btc), Stats.rho(r, eth), Stats.beta(r, btc),
                    Stats.beta(r, eth), Stats.volatilityPct(r, key.interval), Stats.finite(last),
                    Stats.commonCount(r, r)));
        });

        Map<String, BasketStats> baskets = new LinkedHashMap<>();
        for (BasketDef b : key.baskets) {
            List<double[]> members = new ArrayList<>();
            for (String t : b.covers) {
                members.add(returns.get(t));
            }
            baskets.put(b.id, BasketStats.of(members, returns.get(b.underlying)));
        }

        int n = key.labels.size();
        double[][] rho = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] a = returns.get(key.labels.get(i));
            // the diagonal is 1 by definition, but only for a series that has a defined correlation at all
            rho[i][i] = Stats.rho(a, a).isPresent() ? 1.0 : Double.NaN;
            for (int j = i + 1; j < n; j++) {
                rho[i][j] = Stats.rho(a, returns.get(key.labels.get(j))).orElse(Double.NaN);
                rho[j][i] = rho[i][j];
            }
        }
        return new Statistics(key.lastClosed, assets, baskets, new CorrelationMatrix(key.labels, rho));
    }
}

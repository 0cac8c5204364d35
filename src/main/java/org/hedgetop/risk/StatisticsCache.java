package org.hedgetop.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
 * value). The usual statistics use the last {@code window + 1} closes; the series a proxy hedge's leg comparison
 * needs (its covered tokens, BTC and ETH; {@link LegEffectiveness}) reach back twice the window
 * ({@code 2 window + 1}), the others do not, so a book without proxy hedges walks no extra bucket.
 * Comparing closes instead of trusting "a new bucket closed" also catches a late observation that
 * lands in an already closed bucket, a replay rewound, or a source switch. Extracting the closes costs one
 * search and a walk over those buckets per series, and is skipped when the snapshot carries the
 * very same {@link PriceSeries} object as last time, and skipped altogether when the snapshot's
 * {@link MarketSnapshot#closedHistory} says the closed history is the one last checked (the source-side
 * signal: a price tick then compares no series). Not thread-safe: {@link RiskEngine} serialises calls.
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

    /** {@code closes} is aligned with {@code tokens}. */
    private record Key(Interval interval, int window, long lastClosed, List<String> tokens, List<String> labels,
                       List<BasketDef> baskets, List<Closes> closes) {
    }

    /**
     * What the statistics need from a book; rebuilt only for a new book object, not on every tick.
     * {@code twice[i]}: series i feeds a proxy hedge's leg comparison (a covered token, or BTC / ETH when the
     * book has a proxy hedge), so its closes reach back twice the window; the others keep {@code window + 1}.
     */
    private record Shape(Book book, List<String> seriesTokens, List<String> labels, List<BasketDef> baskets,
                         boolean[] twice) {
        static Shape of(Book book) {
            List<BasketDef> baskets = new ArrayList<>();
            Set<String> legInputs = new HashSet<>();
            for (Hedge h : book.hedges()) {
                baskets.add(new BasketDef(h.id(), h.covers(), h.underlying()));
                if (!h.isDirect()) {
                    legInputs.addAll(h.covers());
                    legInputs.add(BTC);
                    legInputs.add(ETH);
                }
            }
            List<String> series = List.copyOf(StatisticsCache.seriesTokens(book));
            boolean[] twice = new boolean[series.size()];
            for (int i = 0; i < twice.length; i++) {
                twice[i] = legInputs.contains(series.get(i));
            }
            return new Shape(book, series, matrixLabels(book), List.copyOf(baskets), twice);
        }
    }

    private Shape shape;
    private Memo[] memo = new Memo[0]; // aligned with shape.seriesTokens; arrays, not maps: this runs every tick
    private double[] scratch = new double[0]; // window + 1 closes
    private double[] scratchTwice = new double[0]; // 2 window + 1 closes, for the series of the leg comparison
    private Key key;
    private Statistics statistics;
    private long stamp; // the snapshot's closedHistory when key was last checked against the series
    private int builds;

    /** How many times the statistics were (re)built; for tests of the caching contract. */
    int builds() {
        return builds;
    }

    Statistics get(Book book, MarketSnapshot market, Instant now) {
        Interval interval = book.feed().interval();
        int window = Math.max(1, book.feed().window());
        long lastClosed = Returns.lastClosedBucket(interval, now);

        if (shape == null || shape.book != book) {
            Shape next = Shape.of(book);
            memo = carryOver(shape, memo, next);
            shape = next;
        }
        if (statistics != null && market.closedHistory() != 0 && market.closedHistory() == stamp
                && key.interval() == interval && key.window() == window && key.lastClosed() == lastClosed
                && key.tokens() == shape.seriesTokens) {
            // the source says the closed buckets hold what they held last time: nothing to compare
            return statistics;
        }
        stamp = market.closedHistory();
        int size = shape.seriesTokens.size();
        Closes[] closes = new Closes[size];
        if (scratch.length != window + 1) {
            scratch = new double[window + 1];
            scratchTwice = new double[2 * window + 1];
        }
        for (int i = 0; i < size; i++) {
            PriceSeries s = market.spotSeries(shape.seriesTokens.get(i));
            Memo m = memo[i];
            int count = shape.twice[i] ? 2 * window + 1 : window + 1;
            double[] into = shape.twice[i] ? scratchTwice : scratch;
            if (m == null || m.interval != interval || m.lastClosed != lastClosed || m.count != count) {
                m = new Memo(s, interval, lastClosed, count, new Closes(Returns.closes(s, interval, lastClosed, count)));
            } else if (m.series != s) {
                // a new series object each poll (the tick appended); its closes are usually the same, and
                // keeping the old array keeps the key comparison an identity check
                Returns.closesInto(s, interval, lastClosed, into);
                m = new Memo(s, interval, lastClosed, count,
                        Arrays.equals(into, m.closes.values) ? m.closes : new Closes(into.clone()));
            }
            memo[i] = m;
            closes[i] = m.closes;
        }

        Key next = new Key(interval, window, lastClosed, shape.seriesTokens, shape.labels, shape.baskets,
                Arrays.asList(closes));
        if (!next.equals(key)) {
            statistics = build(next);
            key = next;
            builds++;
        }
        return statistics;
    }

    /** The memos of the tokens both shapes watch, in the new shape's order (a book edit keeps its history). */
    private static Memo[] carryOver(Shape old, Memo[] memos, Shape next) {
        Map<String, Memo> byToken = new HashMap<>();
        for (int i = 0; old != null && i < memos.length; i++) {
            byToken.put(old.seriesTokens.get(i), memos[i]);
        }
        Memo[] out = new Memo[next.seriesTokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = byToken.get(next.seriesTokens.get(i));
        }
        return out;
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
        Map<String, double[]> returns = new LinkedHashMap<>(); // the window's returns
        Map<String, double[]> twice = new HashMap<>(); // twice the window, for the rolling beta
        Map<String, Closes> closesOf = new HashMap<>();
        for (int i = 0; i < key.tokens.size(); i++) {
            closesOf.put(key.tokens.get(i), key.closes.get(i));
            double[] all = Returns.logReturns(key.closes.get(i).values);
            if (all.length > key.window) {
                twice.put(key.tokens.get(i), all);
                returns.put(key.tokens.get(i), Arrays.copyOfRange(all, all.length - key.window, all.length));
            } else {
                returns.put(key.tokens.get(i), all);
            }
        }
        double[] btc = returns.get(BTC);
        double[] eth = returns.get(ETH);

        Map<String, Statistics.AssetStats> assets = new LinkedHashMap<>();
        returns.forEach((token, r) -> {
            double[] c = closesOf.get(token).values;
            double last = c[c.length - 1];
            assets.put(token, new Statistics.AssetStats(Stats.rho(r, btc), Stats.rho(r, eth), Stats.beta(r, btc),
                    Stats.beta(r, eth), Stats.volatilityPct(r, key.interval), Stats.finite(last),
                    Stats.commonCount(r, r)));
        });

        Map<String, BasketStats> baskets = new LinkedHashMap<>();
        Map<String, Statistics.LegHistory> legs = new LinkedHashMap<>();
        for (BasketDef b : key.baskets) {
            List<double[]> members = new ArrayList<>();
            List<double[]> longMembers = new ArrayList<>();
            for (String t : b.covers) {
                members.add(returns.get(t));
                longMembers.add(twice.get(t));
            }
            baskets.put(b.id, BasketStats.of(members, returns.get(b.underlying)));
            if (!(b.covers.size() == 1 && b.covers.get(0).equals(b.underlying))) { // proxy hedges only
                legs.put(b.id, new Statistics.LegHistory(longMembers, twice.get(BTC), twice.get(ETH)));
            }
        }

        List<double[]> columns = new ArrayList<>();
        for (String label : key.labels) {
            columns.add(returns.get(label));
        }
        return new Statistics(key.lastClosed, assets, baskets, CorrelationMatrix.ofReturns(key.labels, columns),
                key.window, legs);
    }
}

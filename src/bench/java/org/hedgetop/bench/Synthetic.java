package org.hedgetop.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.hedgetop.book.Book;
import org.hedgetop.book.ExitRule;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Holding;
import org.hedgetop.book.Interval;
import org.hedgetop.book.Ratio;
import org.hedgetop.book.Settings;
import org.hedgetop.book.SourcePos;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.risk.RiskView;

/**
 * Seeded synthetic books and market snapshots of any size, built in code so a benchmark never depends on
 * a file or the network. Prices follow a one-factor model (every token has a beta to a common market
 * return plus its own noise) so correlations and betas are realistic numbers, not all zero.
 *
 * <p>Shape of a snapshot, like the live and simulated sources: one close per day for {@code window + 2}
 * days, then the current tick; marks for every instrument on the same grid; 3 funding events a day for
 * the last 30 days of every perpetual.
 */
public final class Synthetic {
    public static final Instant NOW = Instant.parse("2026-11-16T12:00:00Z");
    static final long DAY = Duration.ofDays(1).toMillis();
    static final String[] SECTORS = {"Layer-1", "DeFi", "Gaming", "AI", "Meme", "Infra", "RWA", "Other"};

    private Synthetic() {
    }

    /** Token names T0001, T0002, ... with BTC and ETH as the first two holdings. */
    static String token(int i) {
        return i == 0 ? "BTC" : i == 1 ? "ETH" : String.format("T%04d", i);
    }

    /**
     * A book of {@code holdings} tokens and {@code hedges} hedges: nine in ten hedges are direct perpetuals
     * on a held token, every tenth a basket of 8 tokens hedged with the ETH perpetual (beta ratio).
     */
    public static Book book(int holdings, int hedges, int window) {
        List<Holding> hs = new ArrayList<>();
        for (int i = 0; i < holdings; i++) {
            hs.add(new Holding(token(i), 1000 + 37 * i, Optional.of(SECTORS[i % SECTORS.length]),
                    i % 3 == 0 ? OptionalDouble.of(4.5) : OptionalDouble.empty(), token(i) + "USDT", SourcePos.NONE));
        }
        List<Hedge> list = new ArrayList<>();
        int nextDirect = 2;
        int nextBasket = holdings - 1;
        for (int k = 0; k < hedges; k++) {
            boolean basket = k % 10 == 9 && holdings > 20;
            if (basket) {
                List<String> covers = new ArrayList<>();
                for (int m = 0; m < 8; m++) {
                    covers.add(token(nextBasket--));
                }
                list.add(hedge("basket-" + k, covers, "ETHUSDT", "ETH", -40 - k));
            } else {
                String t = token(nextDirect++ % holdings);
                list.add(hedge(t.toLowerCase() + "-perp", List.of(t), t + "USDT", t, -100 - k));
            }
        }
        FeedSpec feed = FeedSpec.DEFAULT.withInterval(Interval.D1, window);
        return new Book(Optional.empty(), "synthetic " + holdings + "/" + hedges, "USDT", feed, hs, list,
                Settings.DEFAULT);
    }

    /**
     * The book as a trader keeps it: every hedge holds the contracts its target asks for at these prices,
     * except every tenth, which is 20 % short of it and drifts (so alerts are a few, as in a real book, not
     * one per hedge).
     */
    public static Book hedged(Book book, MarketSnapshot market) {
        RiskView view = new RiskEngine().evaluate(book, market, market.time());
        Book out = book;
        for (int k = 0; k < view.hedges().size(); k++) {
            HedgeRow row = view.hedges().get(k);
            long needed = row.contractsNeeded().orElse(0);
            long held = k % 10 == 3 ? Math.round(needed * 0.8) : needed;
            out = out.withHedge(out.hedge(row.id()).orElseThrow().withPosition(-held));
        }
        return out;
    }

    /** The book as a portfolio file, for the loader benchmark (the loader must give back the same book). */
    public static String yaml(Book book) {
        StringBuilder y = new StringBuilder(200 * (book.holdings().size() + book.hedges().size()));
        y.append("# synthetic benchmark book\nname: ").append(book.name()).append("\nquote: USDT\n")
                .append("feed:\n  source: simulated\n  poll_seconds: 5\n  interval: 1d\n  window: ")
                .append(book.feed().window()).append("\n  seed: 7\nholdings:\n");
        for (Holding h : book.holdings()) {
            y.append("  - token: ").append(h.token()).append("\n    units: ").append(h.units());
            h.sector().ifPresent(s -> y.append("\n    sector: ").append(s));
            h.stakingApyPct().ifPresent(a -> y.append("\n    staking_apy_pct: ").append(a));
            y.append("   # a comment the loader must skip\n");
        }
        y.append("hedges:\n");
        for (Hedge h : book.hedges()) {
            y.append("  - id: ").append(h.id()).append("\n    instrument: ").append(h.instrument())
                    .append("\n    underlying: ").append(h.underlying())
                    .append("\n    covers: [").append(String.join(", ", h.covers())).append("]")
                    .append("\n    type: perpetual\n    contract_size: ").append(h.contractSize())
                    .append("\n    target_pct: ").append(h.targetPct())
                    .append("\n    ratio: beta\n    position: ").append(h.position())
                    .append("\n    entry_price: 1.0\n    opened: ").append(h.opened().orElseThrow())
                    .append("\n    leverage: 5\n");
        }
        return y.toString();
    }

    private static Hedge hedge(String id, List<String> covers, String instrument, String underlying, long position) {
        return new Hedge(id, covers, instrument, underlying, HedgeType.PERPETUAL, Optional.empty(), 1, 100,
                Ratio.BETA, position, OptionalDouble.of(1.0), Optional.of(NOW.minus(Duration.ofDays(20))),
                OptionalDouble.of(5), ExitRule.NONE, SourcePos.NONE);
    }

    /** Every token whose spot the book needs (holdings, BTC, ETH, underlyings), in book order. */
    static Set<String> spotTokens(Book book) {
        Set<String> out = new LinkedHashSet<>();
        book.holdings().forEach(h -> out.add(h.token()));
        out.add("BTC");
        out.add("ETH");
        book.hedges().forEach(h -> out.add(h.underlying()));
        return out;
    }

    /**
     * The next poll after {@code previous}: the same closed history in fresh series objects (and the source's
     * word for it, {@code closedHistory}), current prices moved by {@code tickMovePct}, and the very same settled
     * funding lists (as the live and simulated sources hand them on until a new settlement).
     */
    public static MarketSnapshot nextPoll(Book book, MarketSnapshot previous, Instant now, long seed,
                                          double tickMovePct) {
        MarketSnapshot m = market(book, now, seed, tickMovePct);
        // the same closed history, and the source says so (MarketSnapshot.closedHistory): a tick compares no series
        return new MarketSnapshot(now, m.spot(), m.futures(), m.spotHistory(), m.markHistory(), previous.funding(),
                m.status(), m.source(), m.sourceHealth(), m.closedHistory());
    }

    /**
     * {@code previous} with one token's current price multiplied by {@code factor}: its spot and the last
     * point of its series; every other value is the same object.
     */
    public static MarketSnapshot withPrice(MarketSnapshot previous, String token, double factor) {
        Map<String, Double> spot = new LinkedHashMap<>(previous.spot());
        spot.put(token, spot.get(token) * factor);
        Map<String, PriceSeries> history = new LinkedHashMap<>(previous.spotHistory());
        PriceSeries s = history.get(token);
        long[] t = new long[s.size()];
        double[] p = new double[s.size()];
        for (int i = 0; i < s.size(); i++) {
            t[i] = s.time(i);
            p[i] = s.price(i);
        }
        p[p.length - 1] *= factor;
        history.put(token, PriceSeries.of(t, p, null));
        return new MarketSnapshot(previous.time(), spot, previous.futures(), history, previous.markHistory(),
                previous.funding(), previous.status(), previous.source(), previous.sourceHealth());
    }

    /** The {@code closedHistory} of the snapshots of one seed on one day: never 0 (0 claims nothing). */
    static long closedHistory(long seed, long todayMillis) {
        long v = seed * 1_000_003L + Math.floorDiv(todayMillis, 86_400_000L);
        return v == 0 ? 1 : v;
    }

    /** Closes of one day per day up to yesterday, then a tick at {@code now}; the same seed gives the same snapshot. */
    public static MarketSnapshot market(Book book, Instant now, long seed) {
        return market(book, now, seed, 0);
    }

    /**
     * The same history as {@link #market(Book, Instant, long)} with the current tick's prices moved by
     * {@code tickMovePct}: a price tick that does not close an interval (fresh series objects, equal closes).
     */
    public static MarketSnapshot market(Book book, Instant now, long seed, double tickMovePct) {
        int days = book.feed().window() + 2;
        long today = Interval.D1.bucketStart(now.toEpochMilli());
        Random rnd = new Random(seed);
        double[] factor = new double[days];
        for (int d = 0; d < days; d++) {
            factor[d] = rnd.nextGaussian() * 0.03;
        }
        Map<String, Double> spot = new LinkedHashMap<>();
        Map<String, PriceSeries> spotHistory = new LinkedHashMap<>();
        Map<String, double[]> paths = new LinkedHashMap<>();
        for (String t : spotTokens(book)) {
            Random own = new Random(seed * 31 + t.hashCode());
            double beta = t.equals("BTC") ? 1 : 0.6 + own.nextDouble();
            double p = 1 + own.nextDouble() * 100;
            long[] times = new long[days + 1];
            double[] prices = new double[days + 1];
            for (int d = 0; d < days; d++) {
                p *= Math.exp(beta * factor[d] + own.nextGaussian() * 0.02);
                times[d] = today - (days - d) * DAY + DAY - 1000; // 23:59:59 of each closed day
                prices[d] = p;
            }
            times[days] = now.toEpochMilli();
            prices[days] = p * (1 + tickMovePct / 100);
            spot.put(t, prices[days]);
            spotHistory.put(t, PriceSeries.of(times, prices, null));
            paths.put(t, prices);
        }
        Map<String, FuturesQuote> futures = new LinkedHashMap<>();
        Map<String, PriceSeries> markHistory = new LinkedHashMap<>();
        Map<String, List<FundingEvent>> funding = new LinkedHashMap<>();
        for (Hedge h : book.hedges()) {
            if (futures.containsKey(h.instrument())) {
                continue;
            }
            double[] u = paths.get(h.underlying());
            PriceSeries s = spotHistory.get(h.underlying());
            long[] times = new long[s.size()];
            double[] marks = new double[s.size()];
            for (int i = 0; i < s.size(); i++) {
                times[i] = s.time(i);
                marks[i] = u[i] * 1.0004;
            }
            markHistory.put(h.instrument(), PriceSeries.of(times, marks, null));
            double rate = 0.0001 * (1 + (h.instrument().hashCode() & 3));
            Instant next = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), 8 * 3_600_000L) * 8 * 3_600_000L
                    + 8 * 3_600_000L);
            futures.put(h.instrument(), new FuturesQuote(marks[marks.length - 1], OptionalDouble.of(u[u.length - 1]),
                    OptionalDouble.of(rate), Optional.of(next), Optional.of(Duration.ofHours(8)), now));
            List<FundingEvent> events = new ArrayList<>();
            for (int k = 90; k >= 1; k--) {
                // with the mark at settlement, as the simulated source and Binance's funding history report it
                events.add(new FundingEvent(next.minus(Duration.ofHours(8L * k)), rate,
                        OptionalDouble.of(marks[Math.max(0, marks.length - 1 - k / 3)])));
            }
            funding.put(h.instrument(), List.copyOf(events));
        }
        // every snapshot of one seed and one day holds the same closed days: the source says so
        return new MarketSnapshot(now, spot, futures, spotHistory, markHistory, funding, Map.of(), "simulated",
                "live", closedHistory(seed, today));
    }
}

package org.hedgetop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hedgetop.backtest.Backtest;
import org.hedgetop.backtest.BacktestResult;
import org.hedgetop.backtest.Policy;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.replay.ReplaySource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 16's budget: a two-year daily backtest of a 20-token book with three policies (never, band, every) in at
 * most 1 s once its data is loaded. The data is a seeded replay file (20 tokens and BTC/ETH, spot, mark and 8-hourly
 * funding, 760 days) read once in the set-up, as {@code hedgetop backtest} reads it before it starts; the timed
 * part polls the market at each of the 731 closes and runs the three policies side by side, as the command does. The book:
 * 18 direct perpetuals and one basket of the last two tokens on ETH at {@code ratio: beta}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class BacktestBench {
    static final int TOKENS = 20;
    static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2025-12-31T00:00:00Z");

    private Book book;
    private ReplaySource source;
    private List<Instant> closes;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("backtest-bench");
        Path csv = dir.resolve("history.csv");
        Files.writeString(csv, history());
        Path yaml = dir.resolve("book.yaml");
        Files.writeString(yaml, yaml());
        book = BookLoader.load(yaml);
        closes = Backtest.closes(book.feed().interval(), FROM, TO);
        source = ReplaySource.open(csv, MarketRequest.of(Backtest.flat(book, closes.get(0), Optional.empty())));
    }

    /** Polls every close, then runs never, band and every over the same snapshots. */
    @Benchmark
    public List<BacktestResult> threePolicies() {
        List<MarketSnapshot> snapshots = new ArrayList<>(closes.size());
        for (Instant c : closes) {
            snapshots.add(source.poll(c));
        }
        List<Backtest.Combination> policies = new ArrayList<>();
        for (Policy p : Policy.values()) {
            policies.add(new Backtest.Combination(p, Optional.empty()));
        }
        return Backtest.runAll(book, closes, snapshots, policies, 5);
    }

    static String token(int i) {
        return "T" + (char) ('A' + i);
    }

    static String yaml() {
        StringBuilder y = new StringBuilder("name: backtest bench\nfeed: {source: replay, file: history.csv,"
                + " interval: 1d, window: 30}\nholdings:\n");
        for (int i = 0; i < TOKENS; i++) {
            y.append("  - {token: ").append(token(i)).append(", units: ").append(1000 + 100 * i).append("}\n");
        }
        y.append("hedges:\n");
        for (int i = 0; i < TOKENS - 2; i++) {
            y.append("  - {id: h").append(i).append(", covers: [").append(token(i)).append("], instrument: ")
                    .append(token(i)).append("USDT, contract_size: 1, target_pct: 100}\n");
        }
        y.append("  - {id: basket, covers: [").append(token(TOKENS - 2)).append(", ").append(token(TOKENS - 1))
                .append("], instrument: ETHUSDT, underlying: ETH, contract_size: 0.01, target_pct: 80,"
                        + " ratio: beta}\n");
        return y.toString();
    }

    /** Seeded random walks: daily spot and mark, funding every 8 hours, from 30 days before FROM. */
    static String history() {
        Random r = new Random(16);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < TOKENS; i++) {
            names.add(token(i));
        }
        names.add("BTC");
        names.add("ETH");
        double[] price = new double[names.size()];
        for (int i = 0; i < price.length; i++) {
            price[i] = 10 + 5 * i;
        }
        StringBuilder csv = new StringBuilder(4_000_000).append("time,symbol,kind,value\n");
        Instant t = FROM.minusSeconds(30L * 86_400);
        for (int d = 0; d < 760; d++) {
            double market = r.nextGaussian() * 0.03;
            for (int i = 0; i < price.length; i++) {
                price[i] *= Math.exp(market + r.nextGaussian() * 0.03);
                String p = String.format(java.util.Locale.ROOT, "%.6f", price[i]);
                csv.append(t).append(',').append(names.get(i)).append(",spot,").append(p).append('\n');
                csv.append(t).append(',').append(names.get(i)).append("USDT,mark,").append(p).append('\n');
                for (int h = 0; h < 3; h++) {
                    csv.append(t.plusSeconds(8L * 3600 * h)).append(',').append(names.get(i))
                            .append("USDT,funding,0.0001\n");
                }
            }
            t = t.plusSeconds(86_400);
        }
        return csv.toString();
    }

    /** Quick check outside JMH: {@code java -cp ... org.hedgetop.bench.BacktestBench}. */
    public static void main(String[] args) throws Exception {
        BacktestBench b = new BacktestBench();
        b.setUp();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            List<BacktestResult> runs = b.threePolicies();
            System.out.printf("%d ms  (effectiveness every: %s)%n", (System.nanoTime() - start) / 1_000_000,
                    runs.get(2).book().effectiveness());
        }
    }
}

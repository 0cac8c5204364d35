package org.hedgetop.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.hedgetop.book.Book;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.CorrelationMatrix;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.risk.RiskView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Budget 2 of issue 6: full evaluation of a 200-token book over a 365-return window, correlation matrix
 * included (at most 20 ms), and a price tick inside the interval (at most 1 ms, from the statistics cache).
 *
 * <p>The tick benchmark alternates two snapshots of the same closed history whose current prices differ
 * and whose series are different objects, as a live or simulated poll delivers them: the engine must see
 * through the new objects to the equal closes. The tear-down fails the run if statistics were rebuilt.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AnalyticsBench {
    @Param({"200"})
    public int tokens;

    @Param({"365"})
    public int window;

    private Book book;
    private MarketSnapshot first;
    private MarketSnapshot second;
    private Instant firstTime;
    private Instant secondTime;
    private RiskEngine ticking;
    private Object statistics;
    private long ticks;

    @Setup(Level.Trial)
    public void setUp() {
        Book shape = Synthetic.book(tokens, tokens / 4, window);
        firstTime = Synthetic.NOW;
        secondTime = Synthetic.NOW.plusSeconds(5);
        first = Synthetic.market(shape, firstTime, 42, 0);
        book = Synthetic.hedged(shape, first);
        second = Synthetic.nextPoll(book, first, secondTime, 42, 0.3);
        ticking = new RiskEngine();
        statistics = ticking.evaluate(book, first, firstTime).correlations();
    }

    /** A cold engine: closes, returns, every statistic, the whole correlation matrix, then the view. */
    @Benchmark
    public RiskView fullEvaluation() {
        return new RiskEngine().evaluate(book, first, firstTime);
    }

    /**
     * The budget's reading of "including the correlation matrix": a cold evaluation, then every cell of the
     * 202 x 202 matrix (the engine computes cells when they are read; the heat-map reads a screenful).
     */
    @Benchmark
    public double fullEvaluationWithMatrix() {
        CorrelationMatrix m = new RiskEngine().evaluate(book, first, firstTime).correlations();
        double sum = 0;
        for (int i = 0; i < m.size(); i++) {
            for (int j = i; j < m.size(); j++) {
                sum += m.rho(i, j).orElse(0);
            }
        }
        return sum;
    }

    /** A warm engine and a new tick in the same daily bucket. */
    @Benchmark
    public RiskView tick() {
        boolean odd = (ticks++ & 1) == 1;
        return ticking.evaluate(book, odd ? first : second, odd ? firstTime : secondTime);
    }

    @TearDown(Level.Trial)
    public void checkCacheHit() {
        Object now = ticking.evaluate(book, second, secondTime).correlations();
        if (now != statistics) {
            throw new IllegalStateException("a tick inside the interval rebuilt the statistics");
        }
    }
}

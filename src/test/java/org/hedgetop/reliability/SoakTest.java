package org.hedgetop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.sim.SimulatedSource;
import org.hedgetop.risk.RiskView;
import org.junit.jupiter.api.Test;

/**
 * A compressed long run: {@code hedgetop.soak.days} simulated days (default 1; the full soak is 7) of 5-second
 * polls on a fake clock, through a source that rotates through stalls, resets, 429s, garbage, partial
 * answers and a 3-hour outage every day, plus a real HTTP probe against a faulty exchange every
 * simulated hour. The real poller (backoff and all) feeds the real monitor loop, which takes a turn per
 * simulated minute (every event through Update, then the risk engine and the real Frame into a virtual
 * terminal) and after each resize (every 6 hours, down to 20x5).
 * Heap after GC, threads, file descriptors and HTTP connections are sampled hourly and must level off.
 *
 * <p>Full run: {@code mvn -B -o test -Dtest=SoakTest -Dhedgetop.soak.days=7}.
 */
class SoakTest {
    static final Instant START = Instant.parse("2026-11-23T00:00:00Z");
    static final Duration POLL = Duration.ofSeconds(5);
    static final List<TerminalSize> SIZES = List.of(new TerminalSize(120, 40), new TerminalSize(80, 24),
            new TerminalSize(200, 60), new TerminalSize(20, 5), new TerminalSize(60, 16), new TerminalSize(100, 30));

    @Test
    void aWeekOfFaultsLevelsOff() throws Exception {
        int days = Integer.getInteger("hedgetop.soak.days", 1);
        Book book = BookLoader.load(Path.of(getClass().getResource("/reliability/books/soak.yaml").toURI()));
        FakeClock clock = new FakeClock(START);
        Instant end = START.plus(Duration.ofDays(days));
        FaultySource source = new FaultySource(new SimulatedSource(MarketRequest.of(book), 11, POLL), clock);
        try (HttpProbe http = new HttpProbe(book, clock);
             ScreenRecorder screen = new ScreenRecorder(SIZES.get(0), false);
             SoakLoop loop = new SoakLoop(book, source, clock, screen)) {
            ResourceSampler sampler = new ResourceSampler(http::connections);
            long[] nanos = new long[3]; // loop, http, sampling
            long hour = -1;
            int sizeIndex = 0;
            while (clock.instant().isBefore(end)) {
                long t0 = System.nanoTime();
                loop.minute();
                nanos[0] += System.nanoTime() - t0;
                long elapsed = Duration.between(START, clock.instant()).toSeconds();
                if (elapsed / 3600 != hour) {
                    hour = elapsed / 3600;
                    long t1 = System.nanoTime();
                    http.probe();
                    nanos[1] += System.nanoTime() - t1;
                    if (hour % 6 == 0 && hour > 0) {
                        sizeIndex = (sizeIndex + 1) % SIZES.size();
                        loop.resize(SIZES.get(sizeIndex));
                        if (SIZES.get(sizeIndex).getColumns() < 60) {
                            assertThat(screen.text()).as("at %s", SIZES.get(sizeIndex)).contains("enlarge");
                        }
                    }
                    long t2 = System.nanoTime();
                    sampler.sample(hour);
                    nanos[2] += System.nanoTime() - t2;
                }
            }
            System.out.printf("soak: %d simulated days, %d polls, %d monitor turns, %d frames painted;%n  faults %s;%n"
                            + "  http %s%n  wall time: loop %d s, http %d s, sampling %d s%n%s", days, loop.polls(),
                    loop.turns, loop.frames(), source.polls, http.summary(), nanos[0] / 1_000_000_000,
                    nanos[1] / 1_000_000_000, nanos[2] / 1_000_000_000, sampler.table());
            // clean time per day: 24 h less the outage (3 h) and four 70-minute fault windows, 10 minutes of which
            // fall inside the outage = 16.5 h = 11,880 polls; each of the 5 recoveries may lose up to 5 minutes
            assertThat(source.polls.get(FaultySource.Fault.NONE)).as("clean polls")
                    .isGreaterThanOrEqualTo(days * (11_880 - 5 * 60));
            // a 3-hour outage: the poller backs off to one try in 5 minutes (36), but keeps trying
            assertThat(source.polls.get(FaultySource.Fault.OUTAGE)).as("polls during outages")
                    .isBetween(days * 30, days * 46);
            for (FaultySource.Fault f : FaultySource.Fault.values()) {
                assertThat(source.polls.get(f)).as("polls under %s", f).isPositive();
            }
            for (MockExchange.Fault f : MockExchange.Fault.values()) {
                assertThat(http.outcomes).as("http probes under %s", f).containsKey(f);
            }
            assertThat(http.outcomes.get(MockExchange.Fault.NONE)[0]).as("clean probes that gave snapshots").isPositive();
            loop.assertOutagesWereShownAndRecovered();
            assertLevelsOff(sampler);
        }
    }

    /** The last quarter's peak may not exceed the first quarter's peak by more than a small margin. */
    static void assertLevelsOff(ResourceSampler s) {
        assertThat(s.samples.size()).isGreaterThanOrEqualTo(8);
        long heapFirst = s.quarterMax(0, ResourceSampler.Sample::heapBytes);
        long heapLast = s.quarterMax(3, ResourceSampler.Sample::heapBytes);
        assertThat(heapLast).as("heap after GC, last quarter vs first (bytes)\n%s", s.table())
                .isLessThanOrEqualTo(heapFirst + Math.max(heapFirst / 4, 16L << 20));
        assertThat(s.quarterMax(3, ResourceSampler.Sample::threads)).as("threads\n%s", s.table())
                .isLessThanOrEqualTo(s.quarterMax(0, ResourceSampler.Sample::threads) + 2);
        assertThat(s.quarterMax(3, ResourceSampler.Sample::fds)).as("file descriptors\n%s", s.table())
                .isLessThanOrEqualTo(s.quarterMax(0, ResourceSampler.Sample::fds) + 4);
        assertThat(s.quarterMax(3, ResourceSampler.Sample::connections)).as("HTTP connections\n%s", s.table())
                .isLessThanOrEqualTo(Math.max(2, s.quarterMax(0, ResourceSampler.Sample::connections) + 1));
    }

    static void assertSane(RiskView v) {
        // n/a (empty) while nothing is priced, never a NaN
        v.totals().exposure().ifPresent(e -> assertThat(e).isFinite().isGreaterThanOrEqualTo(0.0));
        v.totals().netDelta().ifPresent(n -> assertThat(n).isFinite());
        v.totals().hedgedNotional().ifPresent(h -> assertThat(h).isFinite());
        v.totals().coveragePct().ifPresent(c -> assertThat(c).isFinite());
        v.hedges().forEach(h -> h.coveragePct().ifPresent(c -> assertThat(c).isFinite()));
        v.tokens().forEach(t -> t.exposure().ifPresent(e -> assertThat(e).isFinite()));
    }
}

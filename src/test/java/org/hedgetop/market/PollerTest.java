package org.hedgetop.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class PollerTest {
    static final Instant T0 = Instant.parse("2026-11-24T12:00:00Z");

    /** Runs scheduled tasks only when the test says so, in order of their due time. */
    static final class ManualScheduler implements Poller.Scheduler {
        record Job(Duration delay, Runnable task, boolean[] cancelled) {
        }

        final Deque<Job> jobs = new ArrayDeque<>();
        boolean closed;

        @Override
        public Poller.Cancellable schedule(Duration delay, Runnable task) {
            boolean[] cancelled = {false};
            jobs.add(new Job(delay, task, cancelled));
            return () -> cancelled[0] = true;
        }

        /** Runs the next job that is not cancelled; returns its delay. */
        Duration runNext() {
            while (!jobs.isEmpty()) {
                Job j = jobs.poll();
                if (!j.cancelled()[0]) {
                    j.task().run();
                    return j.delay();
                }
            }
            throw new AssertionError("nothing scheduled");
        }

        long live() {
            return jobs.stream().filter(j -> !j.cancelled()[0]).count();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** A source that answers from a script: a price, or a failure. */
    static final class ScriptedSource implements MarketSource {
        final String name;
        final Deque<Object> script = new ArrayDeque<>();
        final List<Instant> asked = new ArrayList<>();
        boolean closed;

        ScriptedSource(String name, Object... answers) {
            this.name = name;
            script.addAll(List.of(answers));
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public MarketSnapshot poll(Instant now) throws MarketException {
            asked.add(now);
            Object next = script.isEmpty() ? 1.0 : script.poll();
            if (next instanceof String failure) {
                throw new MarketException(failure);
            }
            return new MarketSnapshot(now, Map.of("SOL", (Double) next), Map.of(), Map.of(), Map.of(), Map.of(),
                    Map.of(), name, "live");
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    final List<String> heard = new ArrayList<>();
    final List<MarketSnapshot> recorded = new ArrayList<>();
    final ManualScheduler scheduler = new ManualScheduler();
    final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    final Poller poller = new Poller(clock, scheduler, new Poller.Listener() {
        @Override
        public void snapshot(MarketSnapshot snapshot, long generation) {
            heard.add(generation + " " + snapshot.source() + " SOL=" + snapshot.spot().get("SOL"));
        }

        @Override
        public void failed(String message, long generation) {
            heard.add(generation + " failed " + message);
        }
    }, Optional.of(recorded::add));

    @Test
    void pollsAtOnceThenEveryPeriodAtTheClocksTime() {
        ScriptedSource src = new ScriptedSource("sim", 150.0, 151.0);
        poller.start(src, Duration.ofSeconds(5), 0);
        assertThat(scheduler.runNext()).isEqualTo(Duration.ZERO);
        assertThat(scheduler.runNext()).isEqualTo(Duration.ofSeconds(5));
        assertThat(heard).containsExactly("0 sim SOL=150.0", "0 sim SOL=151.0");
        assertThat(src.asked).containsExactly(T0, T0);
        assertThat(recorded).hasSize(2);
    }

    @Test
    void aFailedPollIsReportedAndBacksOffWithoutPostingASnapshot() {
        ScriptedSource src = new ScriptedSource("live", 150.0, "HTTP 503", "timeout", 152.0);
        poller.start(src, Duration.ofSeconds(5), 0);
        scheduler.runNext();
        assertThat(scheduler.runNext()).isEqualTo(Duration.ofSeconds(5)); // fails
        assertThat(scheduler.runNext()).isEqualTo(Duration.ofSeconds(10)); // first retry after a failure
        assertThat(scheduler.runNext()).isEqualTo(Duration.ofSeconds(20)); // second failure: doubled
        assertThat(heard).containsExactly("0 live SOL=150.0", "0 failed HTTP 503", "0 failed timeout",
                "0 live SOL=152.0");
        assertThat(recorded).hasSize(2); // failures are not recorded
        scheduler.runNext();
        assertThat(scheduler.jobs.peekLast().delay()).isEqualTo(Duration.ofSeconds(5)); // success resets
    }

    @Test
    void backoffIsCappedAtFiveMinutes() {
        assertThat(Poller.backoff(Duration.ofSeconds(5), 0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(Poller.backoff(Duration.ofSeconds(5), 3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(Poller.backoff(Duration.ofSeconds(5), 30)).isEqualTo(Duration.ofMinutes(5));
        assertThat(Poller.backoff(Duration.ofMinutes(10), 2)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aSwitchDropsTheOldGenerationAndClosesTheOldSource() {
        ScriptedSource old = new ScriptedSource("old", 1.0);
        ScriptedSource fresh = new ScriptedSource("new", 2.0);
        poller.start(old, Duration.ofSeconds(5), 0);
        poller.start(fresh, Duration.ofSeconds(5), 1); // before the first poll of the old one ran
        while (scheduler.live() > 1) {
            scheduler.runNext();
        }
        scheduler.runNext();
        assertThat(heard).containsExactly("1 new SOL=2.0");
        assertThat(old.asked).isEmpty();
        assertThat(old.closed).isTrue();
        assertThat(poller.generation()).isEqualTo(1);
    }

    @Test
    void aPollThatFinishesAfterASwitchIsDropped() {
        ScriptedSource fresh = new ScriptedSource("new", 2.0);
        MarketSource slow = new MarketSource() {
            @Override
            public String name() {
                return "slow";
            }

            @Override
            public MarketSnapshot poll(Instant now) {
                poller.start(fresh, Duration.ofSeconds(5), 1); // the user pressed w while this poll ran
                return MarketSnapshot.empty(now, "slow");
            }
        };
        poller.start(slow, Duration.ofSeconds(5), 0);
        scheduler.runNext();
        assertThat(heard).isEmpty();
        while (scheduler.live() > 0) {
            scheduler.runNext();
            if (!heard.isEmpty()) {
                break;
            }
        }
        assertThat(heard).containsExactly("1 new SOL=2.0");
    }

    @Test
    void pauseStopsPollingAndResumePollsAtOnce() {
        ScriptedSource src = new ScriptedSource("sim", 1.0, 2.0, 3.0);
        poller.start(src, Duration.ofSeconds(5), 0);
        scheduler.runNext();
        poller.pause();
        assertThat(poller.isPaused()).isTrue();
        assertThat(scheduler.live()).isZero();
        poller.resume();
        assertThat(scheduler.runNext()).isEqualTo(Duration.ZERO);
        assertThat(heard).containsExactly("0 sim SOL=1.0", "0 sim SOL=2.0");
    }

    @Test
    void aSourceThatThrowsABugIsReportedAndPollingGoesOn() {
        MarketSource buggy = new MarketSource() {
            @Override
            public String name() {
                return "buggy";
            }

            @Override
            public MarketSnapshot poll(Instant now) {
                throw new IllegalStateException("oops");
            }
        };
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(Poller.class.getName());
        log.setLevel(java.util.logging.Level.OFF); // the stack trace is expected here
        poller.start(buggy, Duration.ofSeconds(5), 0);
        scheduler.runNext();
        log.setLevel(null);
        assertThat(heard).containsExactly("0 failed IllegalStateException: oops");
        assertThat(scheduler.live()).isEqualTo(1);
    }

    @Test
    void closeStopsEverythingAndClosesTheSource() {
        ScriptedSource src = new ScriptedSource("sim", 1.0);
        poller.start(src, Duration.ofSeconds(5), 0);
        poller.close();
        assertThat(src.closed).isTrue();
        assertThat(scheduler.closed).isTrue();
        assertThat(scheduler.live()).isZero();
    }

    @Test
    void theDaemonSchedulerReallyPolls() throws Exception {
        List<String> got = java.util.Collections.synchronizedList(new ArrayList<>());
        try (Poller real = new Poller(clock, Poller.daemonScheduler(), new Poller.Listener() {
            @Override
            public void snapshot(MarketSnapshot snapshot, long generation) {
                got.add(snapshot.source());
            }

            @Override
            public void failed(String message, long generation) {
                got.add(message);
            }
        }, Optional.empty())) {
            real.start(new ScriptedSource("sim", 1.0), Duration.ofSeconds(60), 0);
            Awaitility.await("the first poll").atMost(Duration.ofSeconds(10)).until(() -> !got.isEmpty());
        }
        assertThat(got).containsExactly("sim");
    }
}

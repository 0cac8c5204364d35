package org.hedgetop.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.hedgetop.risk.Alert.Kind;
import org.junit.jupiter.api.Test;

/** Raised once, cleared once: hysteresis, escalation, pacing, acknowledge and snooze on a hand-made clock. */
class AlertTrackerTest {
    private static final Instant T0 = Instant.parse("2026-11-30T12:00:00Z");
    private static final Observation.Thresholds TH = new Observation.Thresholds(5, 10);

    private final AlertTracker tracker = new AlertTracker(Duration.ZERO, true);
    private int tick;

    /** A hedge observation as the risk step would make it: drift and over-hedge flags by the raise rules. */
    private static Observation hedge(double coverage, double target) {
        Set<Kind> flags = EnumSet.noneOf(Kind.class);
        if (Math.abs(coverage - target) > 5) {
            flags.add(Kind.DRIFT);
        }
        if (coverage > 105) {
            flags.add(Kind.OVER_HEDGE);
        }
        return new Observation("sol-perp", flags, flags.isEmpty() ? "" : "coverage " + coverage,
                new Observation.Levels(OptionalDouble.of(coverage), target, OptionalDouble.empty()));
    }

    private static Observation liquidation(double distance) {
        Set<Kind> flags = distance <= 10 ? EnumSet.of(Kind.LIQUIDATION) : EnumSet.noneOf(Kind.class);
        return new Observation("ada-perp", flags, flags.isEmpty() ? "" : "distance " + distance,
                new Observation.Levels(OptionalDouble.of(100), 100, OptionalDouble.of(distance)));
    }

    private List<String> run(AlertTracker t, Observation... series) {
        List<String> out = new ArrayList<>();
        for (Observation o : series) {
            Instant now = T0.plusSeconds(10L * tick++);
            for (AlertEvent e : t.update(List.of(o), TH, now, "demo").events()) {
                out.add(e.event().label() + " " + e.kind().label() + " " + e.subject() + " @" + (10 * (tick - 1)));
            }
        }
        return out;
    }

    @Test
    void driftWobblingAroundTheToleranceRaisesOnceAndClearsOnce() {
        // target 80, tolerance 5: raised beyond 85, cleared only at 84 or below
        List<String> events = run(tracker, hedge(80, 80), hedge(86, 80), hedge(84.5, 80), hedge(85.5, 80),
                hedge(84.1, 80), hedge(86.2, 80), hedge(84.01, 80), hedge(84, 80), hedge(85.2, 80), hedge(86, 80));
        assertThat(events).containsExactly("raised drift sol-perp @10", "cleared drift sol-perp @70",
                "raised drift sol-perp @80");
    }

    @Test
    void overHedgeHoldsUntilBelowHundredPlusToleranceMinusOne() {
        // target 100: 106 is drift and over-hedge (kind over_hedge); 104.5 keeps both; 103.9 clears both
        List<String> events = run(tracker, hedge(106, 100), hedge(104.5, 100), hedge(105.5, 100), hedge(104, 100),
                hedge(103.9, 100));
        assertThat(events).containsExactly("raised over_hedge sol-perp @0", "cleared over_hedge sol-perp @40");
    }

    @Test
    void liquidationClearsBeyondAlertPlusOne() {
        List<String> events = run(tracker, liquidation(12), liquidation(9), liquidation(10.5), liquidation(11),
                liquidation(9.9), liquidation(11.01));
        assertThat(events).containsExactly("raised liquidation ada-perp @10", "cleared liquidation ada-perp @50");
    }

    @Test
    void anUnknownCoverageKeepsTheFlagAndAVanishedSubjectClears() {
        Observation unknown = new Observation("sol-perp", Set.of(), "",
                new Observation.Levels(OptionalDouble.empty(), 80, OptionalDouble.empty()));
        Observation stale = new Observation("SOL", Set.of(Kind.STALE), "SOL: no update for 20 s",
                Observation.Levels.NONE);
        List<String> events = new ArrayList<>();
        for (List<Observation> step : List.of(List.of(hedge(90, 80), stale), List.of(unknown, stale),
                List.of(unknown), List.of(hedge(82, 80)))) {
            tracker.update(step, TH, T0.plusSeconds(tick++), "demo").events()
                    .forEach(e -> events.add(e.event().label() + " " + e.subject()));
        }
        assertThat(events).containsExactly("raised sol-perp", "raised SOL", "cleared SOL", "cleared sol-perp");
    }

    @Test
    void escalationIsAnnouncedAgainAndTheKindIsTheMostSevereFlag() {
        Observation exit = new Observation("sol-perp", EnumSet.of(Kind.DRIFT, Kind.EXIT_RULE), "close 40",
                new Observation.Levels(OptionalDouble.of(90), 80, OptionalDouble.empty()));
        List<String> events = run(tracker, hedge(90, 80), exit, hedge(90, 80), hedge(80, 80));
        assertThat(events).containsExactly("raised drift sol-perp @0", "raised exit_rule sol-perp @10",
                "cleared drift sol-perp @30");
        assertThat(tracker.active()).isEmpty();
    }

    @Test
    void minIntervalHoldsAnEarlyRaiseAndSendsItLaterIfStillActive() {
        AlertTracker paced = new AlertTracker(Duration.ofSeconds(300), true);
        List<String> events = new ArrayList<>();
        int[] at = {0, 10, 20, 30, 40, 200, 290, 300, 310};
        double[] cov = {90, 80, 90, 80, 90, 90, 90, 90, 90};
        for (int i = 0; i < at.length; i++) {
            paced.update(List.of(hedge(cov[i], 80)), TH, T0.plusSeconds(at[i]), "demo").events()
                    .forEach(e -> events.add(e.event().label() + " @" + (e.time().getEpochSecond()
                            - T0.getEpochSecond())));
        }
        // raised at 0, cleared at 10; the raises at 20 and 40 wait for 300 s after the first; the one at 20
        // ended unannounced at 30 (no clear sent); the one from 40 goes out at 300
        assertThat(events).containsExactly("raised @0", "cleared @10", "raised @300");
        assertThat(paced.active()).singleElement().extracting(ActiveAlert::since).isEqualTo(T0.plusSeconds(40));
    }

    @Test
    void acknowledgedAlertsStaySilentUntilTheyClear() {
        run(tracker, hedge(90, 80));
        assertThat(tracker.acknowledge("sol-perp")).isTrue();
        assertThat(tracker.acknowledge("nope")).isFalse();
        Observation exit = new Observation("sol-perp", EnumSet.of(Kind.EXIT_RULE), "close 40",
                new Observation.Levels(OptionalDouble.of(90), 80, OptionalDouble.empty()));
        assertThat(run(tracker, exit, hedge(80, 80), hedge(90, 80)))
                .containsExactly("cleared exit_rule sol-perp @20", "raised drift sol-perp @30");
    }

    @Test
    void snoozeSilencesForAnHourThenAnnouncesAgain() {
        AlertTracker t = new AlertTracker(Duration.ZERO, true);
        assertThat(t.update(List.of(hedge(90, 80)), TH, T0, "demo").ring()).isTrue();
        t.snooze("sol-perp", T0.plusSeconds(60));
        AlertTracker.Step half = t.update(List.of(hedge(90, 80)), TH, T0.plusSeconds(1800), "demo");
        assertThat(half.events()).isEmpty();
        assertThat(half.ring()).isFalse();
        assertThat(t.active().get(0).snoozedUntil()).contains(T0.plusSeconds(3660));
        assertThat(t.update(List.of(hedge(90, 80)), TH, T0.plusSeconds(3659), "demo").events()).isEmpty();
        AlertTracker.Step after = t.update(List.of(hedge(90, 80)), TH, T0.plusSeconds(3660), "demo");
        assertThat(after.events()).extracting(e -> e.event().label() + " " + e.kind().label())
                .containsExactly("raised drift");
        assertThat(after.ring()).isTrue();
    }

    @Test
    void onClearFalseSendsNoClearAndActiveIsNewestFirst() {
        AlertTracker t = new AlertTracker(Duration.ZERO, false);
        t.update(List.of(hedge(90, 80)), TH, T0, "demo");
        Observation stale = new Observation("SOL", Set.of(Kind.STALE), "SOL: data is stale", Observation.Levels.NONE);
        t.update(List.of(hedge(90, 80), stale), TH, T0.plusSeconds(5), "demo");
        assertThat(t.active()).extracting(a -> a.subject() + " " + a.kind().label() + " " + a.since())
                .containsExactly("SOL stale 2026-11-30T12:00:05Z", "sol-perp drift 2026-11-30T12:00:00Z");
        assertThat(t.update(List.of(hedge(80, 80)), TH, T0.plusSeconds(9), "demo").events()).isEmpty();
    }

    @Test
    void eventJsonHasTheDocumentedShape() {
        AlertEvent e = new AlertEvent(AlertEvent.Type.RAISED, Kind.OVER_HEDGE, "doge-perp",
                "hedge \"x\" is larger", T0, "demo");
        assertThat(e.json()).isEqualTo("{\"event\":\"raised\",\"kind\":\"over_hedge\",\"subject\":\"doge-perp\","
                + "\"message\":\"hedge \\\"x\\\" is larger\",\"time\":\"2026-11-30T12:00:00Z\",\"book\":\"demo\"}");
        assertThat(e.title()).isEqualTo("hedgetop demo: OVER-HEDGE doge-perp");
        assertThat(new AlertEvent(AlertEvent.Type.CLEARED, Kind.DRIFT, "x", "m", T0.plusNanos(192_464_941), "b")
                .json()).contains("\"time\":\"2026-11-30T12:00:00Z\"");
    }

    @Test
    void smallTolerancesKeepABand() {
        assertThat(new Observation.Thresholds(5, 10).driftClearBand()).isEqualTo(4);
        assertThat(new Observation.Thresholds(1, 10).driftClearBand()).isEqualTo(0.5);
        assertThat(new Observation.Thresholds(5, 10).overHedgeClearBelow()).isEqualTo(104);
        assertThat(new Observation.Thresholds(5, 10).liquidationClearAbove()).isEqualTo(11);
    }
}

package org.hedgetop.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hedgetop.risk.Alert;

/**
 * The life of alerts across evaluations (DOMAIN.md section 9): an alert is raised once when it starts and
 * cleared once when it ends. A flag that was raised stays held until its clear condition holds, so a value
 * wobbling around a threshold does not raise again and again: drift until {@code |coverage - target| <=
 * tolerance - 1}, over-hedge until coverage is below {@code 100 + tolerance - 1}, liquidation until the distance
 * exceeds {@code liquidation_alert_pct + 1}; stale, exit rules and position mismatches as soon as they are no
 * longer raised. A raise escalates (and is announced again) when the alert's kind becomes more severe.
 *
 * <p>A subject is announced at most once per {@code minInterval}: a raise that comes too early waits, and
 * goes out when the interval has passed if the alert is still active; an alert that ends before it was ever
 * announced clears silently. Acknowledged alerts are not announced again until they clear; snoozed ones not
 * before the snooze ends, when they are announced again. Pure: time is whatever the caller passes.
 * Not thread-safe: one loop owns it.
 */
public final class AlertTracker {
    public static final Duration SNOOZE = Duration.ofHours(1);

    private Duration minInterval;
    private boolean onClear;
    private final Map<String, State> states = new LinkedHashMap<>();
    private final Map<String, Instant> lastAnnounced = new HashMap<>();

    /** What one evaluation changed: the events to send (oldest first) and whether any is a new raise. */
    public record Step(List<AlertEvent> events, boolean ring) {
        public Step {
            events = List.copyOf(events);
        }
    }

    private static final class State {
        Set<Alert.Kind> flags;
        Alert.Kind kind;
        String message;
        final Instant since;
        boolean pending = true; // a raise is owed to the channels
        boolean announced;      // a raise went out: its clear is due
        Alert.Kind announcedKind;
        boolean acknowledged;
        Instant snoozedUntil;

        State(Instant since) {
            this.since = since;
        }
    }

    public AlertTracker(Duration minInterval, boolean onClear) {
        this.minInterval = minInterval;
        this.onClear = onClear;
    }

    /** A reloaded book may change the pacing; active alerts and their history are kept. */
    public void configure(Duration minInterval, boolean onClear) {
        this.minInterval = minInterval;
        this.onClear = onClear;
    }

    public Step update(List<Observation> observations, Observation.Thresholds th, Instant now, String book) {
        List<AlertEvent> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Observation o : observations) {
            seen.add(o.subject());
            State s = states.get(o.subject());
            Set<Alert.Kind> held = EnumSet.noneOf(Alert.Kind.class);
            held.addAll(o.flags());
            if (s != null) {
                for (Alert.Kind f : s.flags) {
                    if (!o.flags().contains(f) && !clears(f, o.levels(), th)) {
                        held.add(f);
                    }
                }
            }
            if (held.isEmpty()) {
                if (s != null) {
                    end(o.subject(), s, now, book, events);
                }
                continue;
            }
            if (s == null) {
                s = new State(now);
                states.put(o.subject(), s);
            }
            Alert.Kind kind = held.iterator().next(); // EnumSet iterates in severity order
            if (s.announced && kind.moreSevereThan(s.announcedKind)) {
                s.pending = true;
            }
            s.flags = held;
            s.kind = kind;
            if (!o.message().isBlank() && !o.flags().isEmpty()) {
                s.message = o.message(); // a flag held only by hysteresis keeps the words it was raised with
            } else if (s.message == null) {
                s.message = o.message();
            }
        }
        for (String subject : List.copyOf(states.keySet())) {
            if (!seen.contains(subject)) {
                end(subject, states.get(subject), now, book, events);
            }
        }
        boolean ring = false;
        for (Map.Entry<String, State> e : states.entrySet()) {
            State s = e.getValue();
            if (s.snoozedUntil != null && !now.isBefore(s.snoozedUntil)) {
                s.snoozedUntil = null;
                s.pending = !s.acknowledged;
            }
            if (s.pending && !s.acknowledged && s.snoozedUntil == null && intervalPassed(e.getKey(), now)) {
                s.pending = false;
                s.announced = true;
                s.announcedKind = s.kind;
                lastAnnounced.put(e.getKey(), now);
                events.add(new AlertEvent(AlertEvent.Type.RAISED, s.kind, e.getKey(), s.message, now, book));
                ring = true;
            }
        }
        return new Step(events, ring);
    }

    /** The active alerts, newest first (by start; equal starts by severity, then subject). */
    public List<ActiveAlert> active() {
        List<ActiveAlert> out = new ArrayList<>();
        states.forEach((subject, s) -> out.add(new ActiveAlert(subject, s.kind, s.flags, s.message, s.since,
                s.acknowledged, Optional.ofNullable(s.snoozedUntil))));
        out.sort(Comparator.comparing(ActiveAlert::since).reversed()
                .thenComparing(a -> a.kind().ordinal()).thenComparing(ActiveAlert::subject));
        return out;
    }

    /** No bell and no notification for this alert until it clears. False when it is not active. */
    public boolean acknowledge(String subject) {
        State s = states.get(subject);
        if (s == null) {
            return false;
        }
        s.acknowledged = true;
        s.pending = false;
        return true;
    }

    /** No bell and no notification for an hour from {@code now}; then it is announced again if still active. */
    public boolean snooze(String subject, Instant now) {
        State s = states.get(subject);
        if (s == null) {
            return false;
        }
        s.snoozedUntil = now.plus(SNOOZE);
        return true;
    }

    private void end(String subject, State s, Instant now, String book, List<AlertEvent> events) {
        states.remove(subject);
        if (s.announced && onClear) {
            events.add(new AlertEvent(AlertEvent.Type.CLEARED, s.kind, subject, s.message, now, book));
        }
    }

    private boolean intervalPassed(String subject, Instant now) {
        Instant last = lastAnnounced.get(subject);
        return last == null || Duration.between(last, now).compareTo(minInterval) >= 0;
    }

    /** Whether a held flag's clear condition holds; an unknown value keeps the flag (it cannot be said to be over). */
    static boolean clears(Alert.Kind flag, Observation.Levels v, Observation.Thresholds th) {
        return switch (flag) {
            case DRIFT -> v.coveragePct().isPresent()
                    && Math.abs(v.coveragePct().getAsDouble() - v.targetPct()) <= th.driftClearBand();
            case OVER_HEDGE -> v.coveragePct().isPresent() && v.coveragePct().getAsDouble() < th.overHedgeClearBelow();
            case LIQUIDATION -> v.liquidationDistancePct().isPresent()
                    && v.liquidationDistancePct().getAsDouble() > th.liquidationClearAbove();
            case STALE, EXIT_RULE, POSITION_MISMATCH -> true;
        };
    }
}

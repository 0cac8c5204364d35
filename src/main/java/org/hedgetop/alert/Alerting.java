package org.hedgetop.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;
import org.hedgetop.book.Book;
import org.hedgetop.book.Notify;
import org.hedgetop.risk.Alert;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.RiskView;

/**
 * The alert loop shared by the monitor and {@code watch}: each evaluated view goes through the
 * {@link AlertTracker}; its events go to the {@link Notifier} and to {@code events} (watch prints them as JSON
 * lines). A reloaded book with a different {@code notify:} block restarts the channels. One thread drives it
 * (the monitor's or watch's loop); {@link #health()} may be read from any.
 */
public final class Alerting implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger("org.hedgetop.alert");

    private final Function<Notify, Notifier> channels;
    private final Consumer<AlertEvent> events;
    private final AlertTracker tracker;
    private volatile Notifier notifier;
    private Notify notify;

    /**
     * @param channels  starts the channels of a notify block ({@code n -> Notifier.start(n, env, client, ...)})
     * @param events    every event, after it was handed to the channels
     */
    public Alerting(Notify notify, Function<Notify, Notifier> channels, Consumer<AlertEvent> events) {
        this.channels = channels;
        this.events = events;
        this.notify = notify;
        this.notifier = channels.apply(notify);
        this.tracker = new AlertTracker(Duration.ofSeconds(notify.minIntervalSeconds()), notify.onClear());
    }

    /** Alerting for tests and tools that only want the tracker: no channel. */
    public static Alerting screenOnly(Notify notify) {
        return new Alerting(notify, n -> Notifier.none(), e -> { });
    }

    /** Feeds one evaluation through the tracker, sends its events; returns them and whether to ring. */
    public AlertTracker.Step evaluated(Book book, RiskView view, Instant now) {
        configure(book.notifications());
        AlertTracker.Step step = tracker.update(observations(view),
                new Observation.Thresholds(book.settings().driftTolerancePct(), book.settings().liquidationAlertPct()),
                now, book.name());
        for (AlertEvent e : step.events()) {
            notifier.send(e);
            events.accept(e);
        }
        return step;
    }

    /** After a successful poll: the heartbeat. */
    public void polled() {
        notifier.heartbeat();
    }

    public List<ActiveAlert> active() {
        return tracker.active();
    }

    public boolean acknowledge(String subject) {
        return tracker.acknowledge(subject);
    }

    public boolean snooze(String subject, Instant now) {
        return tracker.snooze(subject, now);
    }

    public List<ChannelHealth> health() {
        return notifier.health();
    }

    /** "notify: ntfy ok, webhook failing 3 m (HTTP 500)"; empty when no channel is configured. */
    public String healthLine(Instant now) {
        List<String> parts = new ArrayList<>();
        for (ChannelHealth h : notifier.health()) {
            parts.add(h.summary(now));
        }
        return parts.isEmpty() ? "" : "notify: " + String.join(", ", parts);
    }

    private void configure(Notify wanted) {
        if (Objects.equals(wanted, notify)) {
            return;
        }
        LOG.info("notify block changed: restarting the channels");
        notifier.close();
        notifier = channels.apply(wanted);
        notify = wanted;
        tracker.configure(Duration.ofSeconds(wanted.minIntervalSeconds()), wanted.onClear());
    }

    /** One observation per hedge (flags or not, so hysteresis sees its values) and one per other alert. */
    static List<Observation> observations(RiskView view) {
        Map<String, Alert> bySubject = new HashMap<>();
        for (Alert a : view.alerts()) {
            bySubject.put(a.subject(), a);
        }
        List<Observation> out = new ArrayList<>();
        for (HedgeRow h : view.hedges()) {
            Alert a = bySubject.remove(h.id());
            out.add(new Observation(h.id(), a == null ? Set.of() : Set.copyOf(a.flags()), a == null ? "" : a.message(),
                    new Observation.Levels(h.coveragePct(), h.targetPct(), h.liquidationDistancePct())));
        }
        for (Alert a : view.alerts()) {
            if (bySubject.containsKey(a.subject())) {
                out.add(new Observation(a.subject(), Set.copyOf(a.flags()), a.message(), Observation.Levels.NONE));
            }
        }
        return out;
    }

    /** Gives queued events up to {@code grace}, then stops the channels. */
    public void close(Duration grace) {
        notifier.close(grace);
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }

    /** The usual channels: the process environment, the shared HTTP client, the default pacing. */
    public static Function<Notify, Notifier> defaultChannels(Map<String, String> env, Clock clock) {
        return n -> n.any() ? Notifier.start(n, env, org.hedgetop.market.http.HttpClients.shared(),
                Notifier.Options.DEFAULT, clock) : Notifier.none();
    }
}

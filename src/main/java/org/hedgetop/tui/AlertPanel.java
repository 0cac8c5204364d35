package org.hedgetop.tui;

import java.time.Instant;
import java.util.List;
import org.hedgetop.alert.ActiveAlert;
import org.hedgetop.alert.Alerting;

/**
 * What the alert list and the title bar show of the alert lifecycle: the active alerts (newest first, with
 * since-when, acknowledged and snoozed ones marked) and the notification channels' health.
 *
 * @param active  from {@code AlertTracker.active()}
 * @param health  one line, "notify: ntfy ok, webhook failing 3 m (HTTP 500)"; empty without channels
 * @param failing true when a channel is failing (the title bar warns)
 */
public record AlertPanel(List<ActiveAlert> active, String health, boolean failing) {
    public static final AlertPanel EMPTY = new AlertPanel(List.of(), "", false);

    public AlertPanel {
        active = List.copyOf(active);
    }

    /** What {@code alerting} holds now. */
    public static AlertPanel of(Alerting alerting, Instant now) {
        return new AlertPanel(alerting.active(), alerting.healthLine(now),
                alerting.health().stream().anyMatch(h -> !h.ok()));
    }
}

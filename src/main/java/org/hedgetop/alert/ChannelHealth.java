package org.hedgetop.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How one notification channel is doing, for the title bar and the log.
 *
 * @param name          webhook, ntfy, telegram, command or heartbeat
 * @param failingSince  when the first of the current run of failures happened; empty when the last try worked
 * @param lastError     what the last failure was, with every secret removed; empty when none
 * @param delivered     events (or pings) delivered since start
 * @param dropped       events given up on: the queue was full, or every retry failed
 */
public record ChannelHealth(String name, Optional<Instant> failingSince, String lastError, long delivered,
                            long dropped) {
    public boolean ok() {
        return failingSince.isEmpty();
    }

    /** "ntfy ok", "webhook failing 3 m (HTTP 500), 2 dropped". */
    public String summary(Instant now) {
        StringBuilder s = new StringBuilder(name);
        if (failingSince.isEmpty()) {
            s.append(" ok");
        } else {
            s.append(" failing ").append(age(Duration.between(failingSince.get(), now)));
            if (!lastError.isBlank()) {
                s.append(" (").append(lastError).append(')');
            }
        }
        if (dropped > 0) {
            s.append(", ").append(dropped).append(" dropped");
        }
        return s.toString();
    }

    static String age(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s < 60 ? s + " s" : s < 3600 ? s / 60 + " m" : s < 86400 ? s / 3600 + " h" : s / 86400 + " d";
    }
}

package org.hedgetop.alert;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.hedgetop.risk.Alert;

/**
 * An alert that has started and not yet cleared, as the alert list shows it.
 *
 * @param since         when it started
 * @param acknowledged  the user said they know: no bell and no notification for it until it clears
 * @param snoozedUntil  no bell and no notification before this time; then it is announced again
 */
public record ActiveAlert(String subject, Alert.Kind kind, Set<Alert.Kind> flags, String message, Instant since,
                          boolean acknowledged, Optional<Instant> snoozedUntil) {
    public ActiveAlert {
        flags = Set.copyOf(flags);
    }
}

package org.hedgetop.backtest;

import java.util.Locale;
import java.util.Optional;

/** When a backtest trades a hedge back to {@code contracts_needed} after its opening trade (DOMAIN.md section 10). */
public enum Policy {
    /** Never again: the opening trade is the only one. */
    NEVER,
    /** When the hedge drifts past {@code drift_tolerance_pct}. */
    BAND,
    /** At every interval close. */
    EVERY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Policy> parse(String text) {
        for (Policy p : values()) {
            if (p.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

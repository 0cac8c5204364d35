package org.hedgetop.alert;

import java.util.EnumSet;
import java.util.OptionalDouble;
import java.util.Set;
import org.hedgetop.risk.Alert;

/**
 * What one evaluation says about one subject (a hedge id or a token): the flags raised by the thresholds of
 * DOMAIN.md sections 2 and 5, the alert's words, and the raw values the tracker needs to decide when a held
 * flag clears (the hysteresis of section 9). Pass one for every hedge on every evaluation, with empty flags
 * when nothing is raised: a subject that is not passed is gone, and its alert clears.
 */
public record Observation(String subject, Set<Alert.Kind> flags, String message, Levels levels) {
    public Observation {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /**
     * @param coveragePct             the hedge's coverage, empty when it cannot be known (no price)
     * @param targetPct               its target
     * @param liquidationDistancePct  distance of the mark to the estimated liquidation price, empty when unknown
     */
    public record Levels(OptionalDouble coveragePct, double targetPct, OptionalDouble liquidationDistancePct) {
        /** A subject without hedge values (a token): its flags clear as soon as they are no longer raised. */
        public static final Levels NONE = new Levels(OptionalDouble.empty(), 0, OptionalDouble.empty());
    }

    /**
     * The book's thresholds, in percentage points.
     *
     * @param driftTolerancePct    {@code settings.drift_tolerance_pct}
     * @param liquidationAlertPct  {@code settings.liquidation_alert_pct}
     */
    public record Thresholds(double driftTolerancePct, double liquidationAlertPct) {
        /**
         * Drift clears within {@code tolerance - 1} of the target; a tolerance under 2 points would leave no
         * band (or a negative one), so there the band is half the tolerance.
         */
        public double driftClearBand() {
            return Math.max(driftTolerancePct - 1, driftTolerancePct / 2);
        }

        /** Over-hedge clears below {@code 100 + tolerance - 1}. */
        public double overHedgeClearBelow() {
            return 100 + driftClearBand();
        }

        /** Liquidation clears when the distance exceeds {@code liquidation_alert_pct + 1}. */
        public double liquidationClearAbove() {
            return liquidationAlertPct + 1;
        }
    }
}

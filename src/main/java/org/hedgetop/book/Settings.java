package org.hedgetop.book;

import java.util.List;

/**
 * Book-wide settings; every field has a default.
 *
 * @param driftTolerancePct     coverage may differ from target by this much before the hedge "drifts"
 * @param shockPct              the scenario move in percent (negative = crash)
 * @param targetStepPct         one +/- key press in the monitor
 * @param maintenanceMarginPct  maintenance margin rate for the liquidation estimate
 * @param liquidationAlertPct   alert when a short is this close (in %) to liquidation
 * @param bell                  ring the terminal bell on a new alert
 */
public record Settings(double driftTolerancePct, double shockPct, double targetStepPct,
                       double maintenanceMarginPct, double liquidationAlertPct, boolean bell) {
    /** The keys of the book's {@code settings:} map, in the order the loader documents them. */
    public static final List<String> KEYS = List.of("drift_tolerance_pct", "shock_pct", "target_step_pct",
            "maintenance_margin_pct", "liquidation_alert_pct", "bell");

    public static final Settings DEFAULT = new Settings(5, -20, 5, 0.5, 10, true);

    public Settings withShockPct(double value) {
        return new Settings(driftTolerancePct, value, targetStepPct, maintenanceMarginPct, liquidationAlertPct, bell);
    }
}

package org.hedgetop.book;

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
    public static final Settings DEFAULT = new Settings(5, -20, 5, 0.5, 10, true);

    public Settings withShockPct(double value) {
        return new Settings(driftTolerancePct, value, targetStepPct, maintenanceMarginPct, liquidationAlertPct, bell);
    }
}

package org.hedgetop.risk;

/**
 * Something the user should look at now.
 *
 * @param kind     drift | over_hedge | exit_rule | liquidation | stale
 * @param subject  hedge id or token
 * @param message  one line in words
 */
public record Alert(Kind kind, String subject, String message) {
    /** In order of severity, most severe first (DOMAIN.md section 5): an alert's kind is its most severe flag. */
    public enum Kind {
        EXIT_RULE("exit_rule"), LIQUIDATION("liquidation"), POSITION_MISMATCH("position_mismatch"),
        OVER_HEDGE("over_hedge"), DRIFT("drift"), STALE("stale");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** True when this kind outranks {@code other}. */
        public boolean moreSevereThan(Kind other) {
            return ordinal() < other.ordinal();
        }
    }
}

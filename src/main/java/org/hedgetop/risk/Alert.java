package org.hedgetop.risk;

/**
 * Something the user should look at now.
 *
 * @param kind     drift | over_hedge | exit_rule | liquidation | stale | position_mismatch
 * @param subject  hedge id or token
 * @param message  one line in words
 */
public record Alert(Kind kind, String subject, String message) {
    public enum Kind {
        DRIFT("drift"), OVER_HEDGE("over_hedge"), EXIT_RULE("exit_rule"), LIQUIDATION("liquidation"),
        STALE("stale"), POSITION_MISMATCH("position_mismatch");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

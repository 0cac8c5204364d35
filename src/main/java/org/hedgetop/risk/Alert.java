package org.hedgetop.risk;

import java.util.EnumSet;
import java.util.List;

/**
 * Something the user should look at now: one per subject (DOMAIN.md section 5), whatever number of things
 * are wrong with it.
 *
 * @param kind     the most severe of its flags
 * @param flags    every flag that holds, most severe first (so {@code flags.get(0) == kind})
 * @param subject  hedge id or token
 * @param message  one line in words, the same on screen, in the report and in every notification
 */
public record Alert(Kind kind, List<Kind> flags, String subject, String message) {
    public Alert {
        EnumSet<Kind> set = EnumSet.of(kind);
        set.addAll(flags);
        flags = List.copyOf(set);
        kind = flags.get(0);
    }

    /** An alert with a single flag. */
    public Alert(Kind kind, String subject, String message) {
        this(kind, List.of(kind), subject, message);
    }

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

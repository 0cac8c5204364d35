package org.hedgetop.tui;

import java.math.BigDecimal;

/** Small number helpers for status messages (the panes format with the drawing helpers). */
final class Numbers {
    private Numbers() {
    }

    /** Rounds away binary noise (0.1 + 0.2) so that a key press lands on the number the user expects. */
    static double tidy(double x) {
        return Math.round(x * 1e6) / 1e6;
    }

    /** {@code 105}, {@code 2.5}: never {@code 105.0} or {@code 2.5E0}. */
    static String plain(double x) {
        return BigDecimal.valueOf(tidy(x)).stripTrailingZeros().toPlainString();
    }
}

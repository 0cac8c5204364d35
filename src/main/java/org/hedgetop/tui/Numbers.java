package org.hedgetop.tui;

import org.hedgetop.text.Fmt;

/** Key-press arithmetic for status messages; the text of a number is {@link Fmt#plain}, the screen's one formatter. */
final class Numbers {
    private Numbers() {
    }

    /** Rounds away binary noise (0.1 + 0.2) so that a key press lands on the number the user expects. */
    static double tidy(double x) {
        return Math.round(x * 1e6) / 1e6;
    }

    /** {@code 105}, {@code 2.5}: never {@code 105.0} or {@code 2.5E0} ({@link Fmt#plain} of the tidied value). */
    static String plain(double x) {
        return Fmt.plain(tidy(x));
    }
}

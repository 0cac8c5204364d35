package org.hedgetop.tui.draw;

import java.util.OptionalDouble;
import org.hedgetop.text.Fmt;

/**
 * Cells of a correlation heat-map. Colour buckets: rho <= -0.5, (-0.5, -0.2], (-0.2, 0.2), [0.2, 0.6),
 * >= 0.6 - strong negative red, weak negative yellow, none plain, moderate cyan, strong green. The value is
 * always written in the cell as well, so the map reads the same without colour.
 */
public final class Heatmap {
    private Heatmap() {
    }

    /** Bucket 0..4 of a correlation, see the class comment. */
    public static int bucket(double rho) {
        if (rho <= -0.5) {
            return 0;
        }
        if (rho <= -0.2) {
            return 1;
        }
        if (rho < 0.2) {
            return 2;
        }
        return rho < 0.6 ? 3 : 4;
    }

    /** The words of the legend, bucket by bucket. */
    public static final String[] LEGEND = {"<=-0.5", "-0.5..-0.2", "~0", "0.2..0.6", ">=0.6"};

    public static Style style(Theme t, OptionalDouble rho) {
        return rho.isPresent() ? t.heat[bucket(rho.getAsDouble())] : t.heatNa;
    }

    /**
     * The value in {@code w - 1} cells (one cell is the gap): "0.85" / "-0.12" / "1.00" from 5 cells, in
     * hundredths ("85", "-12", "100") below; "." for n/a.
     */
    public static String text(OptionalDouble rho, int w) {
        if (rho.isEmpty()) {
            return ".";
        }
        double v = rho.getAsDouble();
        if (w - 1 >= 5) {
            return Fmt.fixed(v, 2);
        }
        return Fmt.fixed(v * 100, 0);
    }
}

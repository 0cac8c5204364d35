package org.hedgetop.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/**
 * Number spelling shared by the JSON and text reports. Values are rounded to 12 significant digits so
 * floating-point noise (-3000000.0000000005) never reaches a script, and written plainly (no exponent).
 */
final class Num {
    private static final MathContext SIGNIFICANT = new MathContext(12);

    private Num() {
    }

    /** Plain decimal text of a finite value, 12 significant digits, no trailing zeros. */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros();
        String s = d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static BigDecimal decimal(double v) {
        return new BigDecimal(plain(v));
    }

    /** Fixed decimals with thousands separators, for the text report; "n/a" when empty. */
    static String fixed(OptionalDouble v, int decimals) {
        return v.isPresent() ? fixed(v.getAsDouble(), decimals) : "n/a";
    }

    static String fixed(double v, int decimals) {
        String s = String.format(java.util.Locale.ROOT, "%,." + decimals + "f", v);
        // "-0.00" says a sign that is not there
        return s.matches("-0[.,]?0*") ? s.substring(1) : s;
    }
}

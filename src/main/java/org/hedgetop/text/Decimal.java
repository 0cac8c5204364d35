package org.hedgetop.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The decimal core of {@link Fmt}: rounding half up on the value the user reads, and digit grouping. */
final class Decimal {
    private Decimal() {
    }

    static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L};
    static final double FAST_LIMIT = 1e15;

    static String format(double v, int decimals, boolean group, boolean plus) {
        if (!Double.isFinite(v)) {
            return Fmt.NA;
        }
        if (decimals < 0 || decimals >= POW10.length) {
            throw new IllegalArgumentException("decimals must be 0.." + (POW10.length - 1) + ", got " + decimals);
        }
        double a = Math.abs(v);
        String digits;
        if (a * POW10[decimals] < FAST_LIMIT) {
            digits = Long.toString(roundScaled(a, decimals));
        } else {
            digits = new BigDecimal(Double.toString(a)).setScale(decimals, RoundingMode.HALF_UP)
                    .unscaledValue().toString();
        }
        boolean zero = isZeros(digits);
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        if (!zero && v < 0) {
            sb.append('-');
        } else if (!zero && plus) {
            sb.append('+');
        }
        while (digits.length() <= decimals) {
            digits = "0" + digits;
        }
        int intLen = digits.length() - decimals;
        for (int i = 0; i < intLen; i++) {
            if (group && i > 0 && (intLen - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        if (decimals > 0) {
            sb.append('.').append(digits, intLen, digits.length());
        }
        return sb.toString();
    }

    private static boolean isZeros(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * round_half_up(a * 10^decimals) for a >= 0. The binary value of 1.005 is a hair below 1.005, so a
     * product that lands near .5 is settled on the shortest decimal form of {@code a} instead.
     */
    static long roundScaled(double a, int decimals) {
        double s = a * POW10[decimals];
        double f = Math.floor(s);
        double frac = s - f;
        if (Math.abs(frac - 0.5) > 1e-6) {
            return (long) f + (frac > 0.5 ? 1 : 0);
        }
        return new BigDecimal(Double.toString(a)).setScale(decimals, RoundingMode.HALF_UP).unscaledValue()
                .longValueExact();
    }
}

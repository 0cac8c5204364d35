package org.hedgetop.text;

import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Number formats of the screen: the one place a number becomes text for a person (panes, status lines, alert
 * and exit-rule sentences); machine output (JSON, YAML) has its own in {@code report.Num}. Rounding is half up (away from zero) on the decimal value the user would
 * read, so 1.005 shows as 1.01 and -2.5 as -3; a value that rounds to zero never shows as "-0". Values
 * that cannot be known print {@link #NA}; the {@code fit} family picks the longest form that fits a column:
 * full with thousands separators, then without decimals, then abbreviated (15.0K, 1.2M, 3.4B, 5.6T), and
 * '#' when nothing fits.
 */
public final class Fmt {
    private Fmt() {
    }

    public static final String NA = "n/a";

    private static final char[] UNITS = {0, 'K', 'M', 'B', 'T'};

    /** Fixed decimals, no separators: {@code fixed(-1234.5, 2)} is "-1234.50". */
    public static String fixed(double v, int decimals) {
        return format(v, decimals, false, false);
    }

    /** Fixed decimals with thousands separators: "1,234,567.89". */
    public static String grouped(double v, int decimals) {
        return format(v, decimals, true, false);
    }

    /** Like {@link #grouped} with a '+' on values that do not round to zero. */
    public static String signed(double v, int decimals) {
        return format(v, decimals, true, true);
    }

    /** Percent with a sign: "+1.25%". */
    public static String signedPct(double v, int decimals) {
        return Double.isFinite(v) ? format(v, decimals, false, true) + "%" : NA;
    }

    /** Percent: "12.5%". */
    public static String pct(double v, int decimals) {
        return Double.isFinite(v) ? format(v, decimals, false, false) + "%" : NA;
    }

    /** Percent with as many decimals as the value has, up to two: "100%", "12.5%", "33.33%". */
    public static String pctTrim(double v) {
        if (!Double.isFinite(v)) {
            return NA;
        }
        return trimZeros(format(v, 2, false, false)) + "%";
    }

    /**
     * Abbreviated with {@code decimals} decimals and a K/M/B/T suffix from a thousand on: "15.0K", "1.2M",
     * "-3.4B". The unit is chosen after rounding, so 999,950 is "1.0M" rather than "1000.0K".
     */
    public static String abbrev(double v, int decimals) {
        return abbrev(v, decimals, false);
    }

    public static String abbrev(double v, int decimals, boolean plus) {
        if (!Double.isFinite(v)) {
            return NA;
        }
        double a = Math.abs(v);
        int unit = 0;
        while (unit < UNITS.length - 1 && roundedAtLeast(a, decimals, 1000)) {
            a /= 1000;
            unit++;
        }
        String mantissa = format(v < 0 ? -a : a, decimals, false, plus);
        return unit == 0 ? mantissa : mantissa + UNITS[unit];
    }

    private static boolean roundedAtLeast(double a, int decimals, double limit) {
        if (a >= Decimal.FAST_LIMIT) {
            return true;
        }
        return Decimal.roundScaled(a, decimals) >= limit * Decimal.POW10[decimals];
    }

    /**
     * The longest form of {@code v} that fits in {@code width} cells: grouped with {@code decimals}, grouped
     * without decimals, abbreviated with one decimal, abbreviated without; '#' repeated when none fits.
     */
    public static String fit(double v, int decimals, int width) {
        return fit(v, decimals, width, false);
    }

    public static String fit(double v, int decimals, int width, boolean plus) {
        if (!Double.isFinite(v)) {
            return NA;
        }
        String s = format(v, decimals, true, plus);
        if (s.length() <= width) {
            return s;
        }
        if (decimals > 0) {
            s = format(v, 0, true, plus);
            if (s.length() <= width) {
                return s;
            }
        }
        s = abbrev(v, 1, plus);
        if (s.length() <= width) {
            return s;
        }
        s = abbrev(v, 0, plus);
        return s.length() <= width ? s : "#".repeat(Math.max(0, width));
    }

    /**
     * The abbreviated form only: "15.2M", "73.1K", "412.8"; for a column where some value would not fit in
     * full, so that the column reads in one form.
     */
    public static String abbreviated(double v, int width, boolean plus) {
        if (!Double.isFinite(v)) {
            return NA;
        }
        String s = abbrev(v, 1, plus);
        if (!Character.isLetter(s.charAt(s.length() - 1))) {
            s = trimZeros(s); // below a thousand: "40", "412.8"
        }
        if (s.length() <= width) {
            return s;
        }
        s = abbrev(v, 0, plus);
        return s.length() <= width ? s : "#".repeat(Math.max(0, width));
    }

    public static String fit(OptionalDouble v, int decimals, int width) {
        return v.isPresent() ? fit(v.getAsDouble(), decimals, width) : NA;
    }

    /** Money: whole units from 100 on, cents below, fitted to the width. */
    public static String money(double v, int width) {
        return fit(v, moneyDecimals(v), width, false);
    }

    public static String money(OptionalDouble v, int width) {
        return v.isPresent() ? money(v.getAsDouble(), width) : NA;
    }

    /** Money with a sign: "+1,234" received, "-56.20" paid. */
    public static String signedMoney(double v, int width) {
        return fit(v, moneyDecimals(v), width, true);
    }

    public static String signedMoney(OptionalDouble v, int width) {
        return v.isPresent() ? signedMoney(v.getAsDouble(), width) : NA;
    }

    private static int moneyDecimals(double v) {
        return Math.abs(v) < 99.995 ? 2 : 0;
    }

    /**
     * Decimals of a price: five significant digits, at least two decimals and at most eight
     * (67,012.34 / 150.23 / 25.123 / 2.0000 / 0.12345 / 0.00001234).
     */
    public static int priceDecimals(double v) {
        double a = Math.abs(v);
        if (!(a > 0) || !Double.isFinite(a)) {
            return 2;
        }
        int d = 4 - (int) Math.floor(Math.log10(a));
        return Math.max(2, Math.min(8, d));
    }

    /** A price with {@link #priceDecimals} decimals, dropping decimals and then abbreviating to fit. */
    public static String price(double v, int width) {
        if (!Double.isFinite(v)) {
            return NA;
        }
        for (int d = priceDecimals(v); d >= 0; d--) {
            String s = format(v, d, true, false);
            if (s.length() <= width) {
                return s;
            }
        }
        return fit(v, 0, width);
    }

    public static String price(OptionalDouble v, int width) {
        return v.isPresent() ? price(v.getAsDouble(), width) : NA;
    }

    /** Units held: whole numbers without decimals, fractions with up to four ("0.5", "1,234.5679"). */
    public static String units(double v, int width) {
        if (!Double.isFinite(v)) {
            return NA;
        }
        String s = trimZeros(format(v, 4, true, false));
        return s.length() <= width ? s : fit(v, 0, width);
    }

    /** Contracts: a grouped integer, abbreviated to fit. */
    public static String count(long n, int width) {
        return fit((double) n, 0, width);
    }

    /**
     * The order that brings a hedge to its target: "sell 12" (short more), "buy 3" (buy back), "-" when
     * nothing is to do, n/a when it cannot be known.
     */
    public static String order(OptionalLong order, int width) {
        if (order.isEmpty()) {
            return NA;
        }
        long n = order.getAsLong();
        if (n == 0) {
            return "-";
        }
        String verb = n > 0 ? "sell " : "buy ";
        return verb + fit(Math.abs((double) n), 0, Math.max(1, width - verb.length()));
    }

    /** Time left, coarse to fine: "3d04h", "7h59m", "12m05s", "45s"; "due" when it has passed. */
    public static String countdown(Duration left) {
        long s = left.getSeconds();
        if (s <= 0) {
            return "due";
        }
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + two(s % 60) + "s";
        }
        if (s < 86_400) {
            return (s / 3600) + "h" + two(s % 3600 / 60) + "m";
        }
        return (s / 86_400) + "d" + two(s % 86_400 / 3600) + "h";
    }

    private static String two(long v) {
        return v < 10 ? "0" + v : Long.toString(v);
    }

    private static String trimZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String format(double v, int decimals, boolean group, boolean plus) {
        return Decimal.format(v, decimals, group, plus);
    }

    /**
     * A number the user typed, as they would write it: 180, 0.5, 12.25, -20 (six significant digits, never
     * fewer than the whole part has), so binary noise (0.1 + 0.2) never shows.
     */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return NA;
        }
        int whole = v == 0 ? 1 : Math.max(1, (int) Math.floor(Math.log10(Math.abs(v))) + 1);
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(Math.max(6, whole)))
                .stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A market price inside a sentence (alerts, exit rules): two decimals from 1 up, four significant below 1. */
    public static String sentencePrice(double v) {
        if (!Double.isFinite(v)) {
            return NA;
        }
        if (Math.abs(v) >= 1 || v == 0) {
            return String.format(java.util.Locale.ROOT, "%.2f", v);
        }
        int decimals = Math.min(12, 3 - (int) Math.floor(Math.log10(Math.abs(v))));
        return String.format(java.util.Locale.ROOT, "%." + Math.max(2, decimals) + "f", v);
    }

    /** A percentage inside a sentence: one decimal and a space, "12.5 %". */
    public static String sentencePct(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f %%", v);
    }
}

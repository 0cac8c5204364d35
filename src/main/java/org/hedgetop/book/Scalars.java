package org.hedgetop.book;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import org.hedgetop.text.Safe;

/**
 * Strict conversion of scalar text. YAML 1.1 would read {@code yes} as true, {@code 012} as ten and
 * {@code .inf} as infinity; a risk book must not. A number here is an optional sign, digits (an
 * underscore may group them: {@code 100_000}), an optional fraction and an optional exponent
 * ({@code 1e3}); nothing else.
 */
final class Scalars {
    /** Longest text read as a number: longer is never a sensible quantity and bounds the work. */
    private static final int MAX_NUMBER_CHARS = 64;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Scalars() {
    }

    /** A parsed decimal, or why the text is not one (a hint for the user, possibly empty). */
    record Decimal(Optional<BigDecimal> value, String hint) {
        static Decimal of(BigDecimal value) {
            return new Decimal(Optional.of(value), "");
        }

        static Decimal no(String hint) {
            return new Decimal(Optional.empty(), hint);
        }
    }

    static Decimal decimal(String raw) {
        if (raw.length() > MAX_NUMBER_CHARS) {
            return Decimal.no("too long to be a number");
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (unsigned.equals(".inf") || unsigned.equals(".nan") || unsigned.equals("inf") || unsigned.equals("nan")
                || unsigned.equals("infinity")) {
            return Decimal.no("not a finite number");
        }
        if (unsigned.startsWith("0x") || unsigned.startsWith("0o") || unsigned.startsWith("0b")) {
            return Decimal.no("hex, octal and binary numbers are not accepted; write it in decimal");
        }
        StringBuilder clean = new StringBuilder(raw.length());
        int i = 0;
        if (i < raw.length() && (raw.charAt(i) == '-' || raw.charAt(i) == '+')) {
            clean.append(raw.charAt(i++));
        }
        int intStart = clean.length();
        i = digits(raw, i, clean);
        int intDigits = clean.length() - intStart;
        if (intDigits == 0) {
            return Decimal.no(raw.startsWith(".", intStart) ? "write a 0 before the point, e.g. 0.5" : "");
        }
        if (intDigits > 1 && clean.charAt(intStart) == '0') {
            return Decimal.no("a leading zero looks like an octal number; remove it");
        }
        if (i < raw.length() && raw.charAt(i) == '.') {
            clean.append('.');
            int before = clean.length();
            i = digits(raw, i + 1, clean);
            if (clean.length() == before) {
                return Decimal.no("write digits after the point, e.g. 5.0");
            }
        }
        if (i < raw.length() && (raw.charAt(i) == 'e' || raw.charAt(i) == 'E')) {
            clean.append('e');
            i++;
            if (i < raw.length() && (raw.charAt(i) == '-' || raw.charAt(i) == '+')) {
                clean.append(raw.charAt(i++));
            }
            int before = clean.length();
            i = digits(raw, i, clean);
            if (clean.length() == before) {
                return Decimal.no("");
            }
        }
        if (i != raw.length()) {
            return Decimal.no("");
        }
        try {
            return Decimal.of(new BigDecimal(clean.toString()));
        } catch (NumberFormatException | ArithmeticException e) {
            return Decimal.no("out of range");
        }
    }

    /** Reads digits where single underscores may separate groups; returns the index after them. */
    private static int digits(String raw, int from, StringBuilder out) {
        int i = from;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                i++;
            } else if (c == '_' && i > from && i + 1 < raw.length() && raw.charAt(i + 1) >= '0'
                    && raw.charAt(i + 1) <= '9') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    static Optional<LocalDate> date(String raw) {
        try {
            return Optional.of(LocalDate.parse(raw, DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<Instant> instant(String raw) {
        try {
            return Optional.of(Instant.parse(raw));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Why a text value is unfit for a name or symbol, or empty when it is fine. */
    static Optional<String> textProblem(String value, int maxCodePoints, boolean spacesAllowed) {
        if (value.codePointCount(0, value.length()) > maxCodePoints) {
            return Optional.of("is longer than " + maxCodePoints + " characters");
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (Safe.isUnsafe(cp)) {
                return Optional.of(String.format("contains the invisible or control character U+%04X", cp));
            }
            if (!spacesAllowed && (Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
                return Optional.of("contains a space");
            }
        }
        return Optional.empty();
    }

    /** A value as shown in a message: quoted, sanitised and shortened. */
    static String quote(String value) {
        return "\"" + Safe.text(value, 40) + "\"";
    }

    /** A number as a person writes it: 300, 0.5, -20 (never 3.0E2). */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

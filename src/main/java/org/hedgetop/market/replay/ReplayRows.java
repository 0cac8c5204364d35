package org.hedgetop.market.replay;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.hedgetop.book.BookError;
import org.hedgetop.market.Prices;
import org.hedgetop.text.Safe;

/** Parsing and checking of one replay row; every problem names its line and the column of the bad field. */
final class ReplayRows {
    private ReplayRows() {
    }

    static ReplayFile.Row row(String line, List<int[]> spans, int columns, int[] order, String file, int lineNo,
                              List<BookError> errors) {
        if (spans.size() != columns) {
            int col = spans.size() > columns ? spans.get(columns)[0] + 1 : line.length() + 1;
            errors.add(new BookError(file, lineNo, col, "expected " + columns + " fields (" + ReplayFile.HEADER
                    + "), got " + spans.size()));
            return null;
        }
        int before = errors.size();
        Field time = field(line, spans.get(order[0]));
        Field symbol = field(line, spans.get(order[1]));
        Field kind = field(line, spans.get(order[2]));
        Field value = field(line, spans.get(order[3]));

        long millis = 0;
        try {
            millis = parseTime(time.text);
        } catch (DateTimeException e) {
            errors.add(new BookError(file, lineNo, time.column, "bad time \"" + Safe.text(time.text, 40)
                    + "\": expected an ISO-8601 UTC time like 2022-05-01T00:00:00Z"));
        }
        if (!validSymbol(symbol.text)) {
            errors.add(new BookError(file, lineNo, symbol.column, "bad symbol \"" + Safe.text(symbol.text, 40)
                    + "\": expected letters, digits and . _ - / (a token like SOL or an instrument like SOLUSDT)"));
        }
        ReplayFile.Kind k = switch (kind.text.toLowerCase(Locale.ROOT)) {
            case "spot" -> ReplayFile.Kind.SPOT;
            case "mark" -> ReplayFile.Kind.MARK;
            case "funding" -> ReplayFile.Kind.FUNDING;
            default -> null;
        };
        if (k == null) {
            errors.add(new BookError(file, lineNo, kind.column, "unknown kind \"" + Safe.text(kind.text, 40)
                    + "\": expected spot, mark or funding"));
        }
        double v = Double.NaN;
        if (!isDecimal(value.text)) {
            errors.add(new BookError(file, lineNo, value.column, "bad value \"" + Safe.text(value.text, 40)
                    + "\": expected a decimal number like 98.10 or 0.0001"));
        } else {
            v = Double.parseDouble(value.text);
            if (k == ReplayFile.Kind.FUNDING && !(Math.abs(v) <= ReplayFile.MAX_ABS_FUNDING)) {
                errors.add(new BookError(file, lineNo, value.column, "funding rate must be a fraction from -0.1 to "
                        + "0.1 (0.0001 = 0.01 % per period), got " + Safe.text(value.text, 40)));
            } else if ((k == ReplayFile.Kind.SPOT || k == ReplayFile.Kind.MARK) && !Prices.isPrice(v)) {
                errors.add(new BookError(file, lineNo, value.column, kind.text.toLowerCase(Locale.ROOT)
                        + " price must be a positive number (1e-12 or more), got " + Safe.text(value.text, 40)));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new ReplayFile.Row(millis, symbol.text, k, v);
    }

    private record Field(String text, int column) {
    }

    /** The field stripped of surrounding blanks, with the 1-based column of its first character. */
    private static Field field(String line, int[] span) {
        int s = span[0];
        int e = span[1];
        while (s < e && Character.isWhitespace(line.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
            e--;
        }
        return new Field(line.substring(s, e), s + 1);
    }

    /**
     * Epoch millis of an ISO-8601 time with a zone: {@code 2022-05-01T00:00:00Z} (fast path, the form the
     * recorder writes), optionally with fractional seconds or an offset such as {@code +02:00}.
     */
    static long parseTime(String s) {
        if (s.length() == 20 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T'
                && s.charAt(13) == ':' && s.charAt(16) == ':' && s.charAt(19) == 'Z') {
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            int second = digits(s, 17, 19);
            if (hour > 23 || minute > 59 || second > 59) {
                throw new DateTimeException("time of day out of range");
            }
            long day = LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10)).toEpochDay();
            return (day * 86400 + hour * 3600L + minute * 60L + second) * 1000;
        }
        try {
            return OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new DateTimeException(e.getMessage());
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a digit");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static boolean validSymbol(String s) {
        if (s.isEmpty() || s.length() > 40) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-' || c == '/';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Plain decimal syntax only: no NaN, Infinity, hex or trailing letters that Java would accept. */
    static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int intDigits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                expDigits++;
            }
            if (expDigits == 0 || expDigits > 3) {
                return false;
            }
        }
        return i == n;
    }
}

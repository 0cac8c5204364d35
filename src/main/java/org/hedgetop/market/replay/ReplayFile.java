package org.hedgetop.market.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hedgetop.book.BookError;
import org.hedgetop.text.Safe;

/**
 * A parsed replay CSV (DOMAIN.md section 6): one time-sorted column per (kind, symbol). Reads line by
 * line into primitive arrays (a few hundred thousand rows take a few MB); rows may come in any order and
 * of two rows with the same kind, symbol and time the later one in the file wins. Blank lines and lines
 * starting with {@code #} are skipped. Errors are collected (up to {@link #MAX_ERRORS}) with their line
 * and column.
 */
final class ReplayFile {
    static final String HEADER = "time,symbol,kind,value";
    static final int MAX_ERRORS = 20;
    static final double MAX_ABS_FUNDING = 0.1;

    enum Kind { SPOT, MARK, FUNDING }

    final Map<String, ReplayColumn> spot;
    final Map<String, ReplayColumn> mark;
    final Map<String, ReplayColumn> funding;
    final long firstMillis;
    final long lastMillis;
    final int rows;

    private ReplayFile(Map<String, ReplayColumn> spot, Map<String, ReplayColumn> mark,
                       Map<String, ReplayColumn> funding, long firstMillis, long lastMillis, int rows) {
        this.spot = spot;
        this.mark = mark;
        this.funding = funding;
        this.firstMillis = firstMillis;
        this.lastMillis = lastMillis;
        this.rows = rows;
    }

    /** A file built in memory from columns (an exchange's fetched history); empty when there is no row. */
    static ReplayFile of(Map<String, ReplayColumn> spot, Map<String, ReplayColumn> mark,
                         Map<String, ReplayColumn> funding) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int rows = 0;
        for (Map<String, ReplayColumn> kind : List.of(spot, mark, funding)) {
            for (ReplayColumn c : kind.values()) {
                if (c.size() > 0) {
                    first = Math.min(first, c.times[0]);
                    last = Math.max(last, c.times[c.size() - 1]);
                    rows += c.size();
                }
            }
        }
        return new ReplayFile(spot, mark, funding, first, last, rows);
    }

    static ReplayFile read(Path csv) {
        String name = csv.toString();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return parse(in, name);
        } catch (NoSuchFileException e) {
            throw fileError(name, "replay file not found (feed.file or --source replay needs an existing CSV)");
        } catch (java.nio.charset.MalformedInputException e) {
            throw fileError(name, "not UTF-8 text: is this the replay CSV?");
        } catch (IOException e) {
            throw fileError(name, "cannot read the replay file: " + Safe.text(String.valueOf(e.getMessage()), 120));
        }
    }

    private static ReplayFormatException fileError(String name, String message) {
        return new ReplayFormatException(List.of(new BookError(name, 0, 0, message)));
    }

    static ReplayFile parse(Reader reader, String name) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<BookError> errors = new ArrayList<>();
        Map<Kind, Map<String, ReplayColumn.Builder>> builders = new HashMap<>();
        for (Kind k : Kind.values()) {
            builders.put(k, new HashMap<>());
        }
        int[] order = null; // column index of time, symbol, kind, value
        int columns = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int rows = 0;
        int lineNo = 0;
        String line;
        while ((line = in.readLine()) != null && errors.size() < MAX_ERRORS) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<int[]> spans = split(line);
            if (order == null) {
                order = header(line, spans, name, lineNo, errors);
                if (order == null) {
                    break; // nothing below can be read without a header
                }
                columns = spans.size();
                continue;
            }
            Row row = ReplayRows.row(line, spans, columns, order, name, lineNo, errors);
            if (row == null) {
                continue;
            }
            builders.get(row.kind()).computeIfAbsent(row.symbol(), s -> new ReplayColumn.Builder())
                    .add(row.millis(), row.value());
            first = Math.min(first, row.millis());
            last = Math.max(last, row.millis());
            rows++;
        }
        if (order == null && errors.isEmpty()) {
            errors.add(new BookError(name, Math.max(1, lineNo), 1, "empty file: expected the header " + HEADER));
        }
        if (errors.size() >= MAX_ERRORS && line != null) {
            errors.add(new BookError(name, lineNo, 0, "too many errors; stopped reading"));
        }
        if (!errors.isEmpty()) {
            throw new ReplayFormatException(errors);
        }
        return new ReplayFile(build(builders.get(Kind.SPOT)), build(builders.get(Kind.MARK)),
                build(builders.get(Kind.FUNDING)), first, last, rows);
    }

    private static Map<String, ReplayColumn> build(Map<String, ReplayColumn.Builder> builders) {
        Map<String, ReplayColumn> out = new HashMap<>();
        builders.forEach((symbol, b) -> out.put(symbol, b.build()));
        return out;
    }

    /** A parsed row. */
    record Row(long millis, String symbol, Kind kind, double value) {
    }

    /** [start, end) of each comma-separated field of the line. */
    static List<int[]> split(String line) {
        List<int[]> spans = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == ',') {
                spans.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return spans;
    }

    private static int[] header(String line, List<int[]> spans, String name, int lineNo, List<BookError> errors) {
        String[] wanted = HEADER.split(",");
        int[] order = {-1, -1, -1, -1};
        for (int c = 0; c < spans.size(); c++) {
            String field = line.substring(spans.get(c)[0], spans.get(c)[1]).strip().toLowerCase(Locale.ROOT);
            int w = List.of(wanted).indexOf(field);
            if (w < 0 || order[w] >= 0) {
                errors.add(new BookError(name, lineNo, spans.get(c)[0] + 1, (w < 0 ? "unknown" : "duplicate")
                        + " column \"" + Safe.text(field, 40) + "\": the header must be " + HEADER));
                return null;
            }
            order[w] = c;
        }
        List<String> missing = new ArrayList<>();
        for (int w = 0; w < wanted.length; w++) {
            if (order[w] < 0) {
                missing.add(wanted[w]);
            }
        }
        if (!missing.isEmpty()) {
            errors.add(new BookError(name, lineNo, 1, "missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + ": the header must be " + HEADER));
            return null;
        }
        return order;
    }
}
